import { NodeOperationError, type INodeProperties } from 'n8n-workflow';

import { GROUP_SETTING_TYPE } from '../../transport/endpoints';
import { SETTING_TYPES } from '../../transport/messageContent';
import { groupIdField, messageFields, settingTypeField, show, toMessageInput } from '../fields';
import { messageContent, requiredString } from '../parameters';
import type { DouyinOpenOperation } from '../types';

const description: INodeProperties[] = [
	groupIdField('setSetting'),
	settingTypeField('setSetting'),
	{
		displayName: 'Messages',
		name: 'messages',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		placeholder: 'Add Message',
		default: { message: [{ messageType: 'text', text: '' }] },
		description:
			'The messages of the welcome or notice, in order. Douyin accepts text, mini app cards and mini app coupons here.',
		displayOptions: show('setSetting'),
		options: [
			{ displayName: 'Message', name: 'message', values: messageFields(SETTING_TYPES, {}) },
		],
	},
];

export const setSetting: DouyinOpenOperation = {
	description,
	async execute(client, itemIndex) {
		const groupId = requiredString(this, 'groupId', 'Group ID', itemIndex);
		const settingType = this.getNodeParameter(
			'settingType',
			itemIndex,
			'welcome',
		) as keyof typeof GROUP_SETTING_TYPE;
		const entries =
			(this.getNodeParameter('messages.message', itemIndex, []) as Array<
				Record<string, unknown>
			>) ?? [];
		if (entries.length === 0) {
			throw new NodeOperationError(this.getNode(), 'No message to set', {
				itemIndex,
				description: 'Add at least one message under Messages.',
			});
		}
		const msgList = entries.map((entry, index) =>
			messageContent(this, toMessageInput(entry), itemIndex, `Message ${index + 1}`),
		);
		const { logId } = await client.setGroupSetting(
			groupId,
			GROUP_SETTING_TYPE[settingType],
			msgList,
		);
		return {
			groupId,
			settingType,
			messageCount: msgList.length,
			success: true,
			logId: logId ?? null,
		};
	},
};

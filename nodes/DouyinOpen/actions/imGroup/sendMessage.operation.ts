import type { INodeProperties } from 'n8n-workflow';

import { SEND_TYPES } from '../../transport/messageContent';
import { messageFields, readMessageValues, RESOURCE, show, toMessageInput } from '../fields';
import { messageContent, requiredString } from '../parameters';
import type { DouyinOpenOperation } from '../types';

const description: INodeProperties[] = [
	{
		displayName: 'Send To',
		name: 'target',
		type: 'options',
		options: [
			{
				name: 'Group ID',
				value: 'groupId',
				description: 'The group ID from Get Many or a trigger event',
			},
			{
				name: 'Group Token',
				value: 'groupToken',
				description: 'A group token, which Douyin accepts instead of the group ID',
			},
		],
		default: 'groupId',
		displayOptions: show('sendMessage'),
	},
	{
		displayName: 'Group ID',
		name: 'groupId',
		type: 'string',
		required: true,
		default: '',
		placeholder: '@9VwKzuuES8gsNHPSbbRTRs7/hsedtKdVbXEVbwzL1aY=',
		description: 'The fan group: "groupId" of Get Many, or of a Douyin Open Trigger event',
		displayOptions: show('sendMessage', { target: ['groupId'] }),
	},
	{
		displayName: 'Group Token',
		name: 'groupToken',
		type: 'string',
		typeOptions: { password: true },
		required: true,
		default: '',
		displayOptions: show('sendMessage', { target: ['groupToken'] }),
	},
	...messageFields(SEND_TYPES, { resource: [RESOURCE], operation: ['sendMessage'] }),
];

export const sendMessage: DouyinOpenOperation = {
	description,
	async execute(client, itemIndex) {
		const target = this.getNodeParameter('target', itemIndex, 'groupId') as
			'groupId' | 'groupToken';
		const groupId =
			target === 'groupId' ? requiredString(this, 'groupId', 'Group ID', itemIndex) : undefined;
		const groupToken =
			target === 'groupToken'
				? requiredString(this, 'groupToken', 'Group Token', itemIndex)
				: undefined;
		const values = readMessageValues((name) => this.getNodeParameter(name, itemIndex, ''));
		const content = messageContent(this, toMessageInput(values), itemIndex);
		const { msgId, logId } = await client.sendGroupMessage({ groupId, groupToken }, content);
		return {
			groupId: groupId ?? null,
			msgId,
			messageType: String(values.messageType || 'text'),
			logId: logId ?? null,
		};
	},
};

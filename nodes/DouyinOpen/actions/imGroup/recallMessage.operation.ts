import type { INodeProperties } from 'n8n-workflow';

import { groupIdField, show } from '../fields';
import { requiredString } from '../parameters';
import type { DouyinOpenOperation } from '../types';

const description: INodeProperties[] = [
	groupIdField('recallMessage', 'The group the message was sent to (the conversation ID)'),
	{
		displayName: 'Message ID',
		name: 'msgId',
		type: 'string',
		required: true,
		default: '',
		description:
			'The "msgId" returned by Send Message, or "serverMessageId" of a group message event',
		displayOptions: show('recallMessage'),
	},
];

export const recallMessage: DouyinOpenOperation = {
	description,
	async execute(client, itemIndex) {
		const groupId = requiredString(this, 'groupId', 'Group ID', itemIndex);
		const msgId = requiredString(this, 'msgId', 'Message ID', itemIndex);
		const { logId } = await client.recallGroupMessage(groupId, msgId);
		return { groupId, msgId, recalled: true, logId: logId ?? null };
	},
};

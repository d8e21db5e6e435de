import type { INodeProperties } from 'n8n-workflow';

import { idField, showFor } from '../fields';
import { requiredId, requiredText } from '../parameters';
import type { SimpleDouyinOperation } from '../types';

const description: INodeProperties[] = [
	idField({
		name: 'toUserId',
		displayName: 'To User ID',
		resource: 'message',
		operation: 'send',
		description: 'The user to send the message to',
	}),
	{
		displayName: 'Content',
		name: 'content',
		type: 'string',
		typeOptions: { rows: 2 },
		required: true,
		default: '',
		description: 'The message text, 1 to 255 characters',
		displayOptions: showFor('message', 'send'),
	},
];

export const sendMessage: SimpleDouyinOperation = {
	description,
	async execute(client, itemIndex) {
		const toUserId = requiredId(this, 'toUserId', 'To User ID', itemIndex);
		const content = requiredText(this, 'content', 'Content', itemIndex);
		await client.sendMessage(toUserId, content);
		return { to_user_id: toUserId, content, sent: true };
	},
};

import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../fields';
import { requiredText } from '../parameters';
import type { SimpleDouyinOperation } from '../types';

const show = showFor('user', 'register');

const description: INodeProperties[] = [
	{
		displayName: 'Username',
		name: 'username',
		type: 'string',
		required: true,
		default: '',
		description: 'The new account name, at most 32 characters (some servers want at least 5)',
		displayOptions: show,
	},
	{
		displayName: 'Password',
		name: 'password',
		type: 'string',
		typeOptions: { password: true },
		required: true,
		default: '',
		description: 'The new password, at most 32 characters (some servers want at least 5)',
		displayOptions: show,
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: show,
		options: [
			{
				displayName: 'Avatar URL',
				name: 'avatar',
				type: 'string',
				default: '',
				description: 'Profile picture (servers that support it, e.g. Ocyss/douyin)',
			},
			{
				displayName: 'Background Image URL',
				name: 'backgroundImage',
				type: 'string',
				default: '',
				description: 'Image at the top of the profile page',
			},
			{
				displayName: 'Signature',
				name: 'signature',
				type: 'string',
				default: '',
				description: 'The profile text',
			},
		],
	},
];

export const registerUser: SimpleDouyinOperation = {
	description,
	async execute(client, itemIndex) {
		const username = requiredText(this, 'username', 'Username', itemIndex).trim();
		const password = requiredText(this, 'password', 'Password', itemIndex);
		const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as {
			avatar?: string;
			backgroundImage?: string;
			signature?: string;
		};
		const session = await client.register(username, password, {
			avatar: fields.avatar || undefined,
			backgroundImage: fields.backgroundImage || undefined,
			signature: fields.signature || undefined,
		});
		// The token stays out of the item: items are stored in execution history and shown in the UI.
		return { user_id: session.userId ?? null, username, registered: true };
	},
};

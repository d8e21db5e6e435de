import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../fields';
import { requiredText } from '../parameters';
import type { SimpleDouyinOperation } from '../types';

const show = showFor('user', 'login');

const description: INodeProperties[] = [
	{
		displayName: 'Username',
		name: 'username',
		type: 'string',
		required: true,
		default: '',
		displayOptions: show,
	},
	{
		displayName: 'Password',
		name: 'password',
		type: 'string',
		typeOptions: { password: true },
		required: true,
		default: '',
		displayOptions: show,
	},
];

export const loginUser: SimpleDouyinOperation = {
	description,
	async execute(client, itemIndex) {
		const username = requiredText(this, 'username', 'Username', itemIndex).trim();
		const password = requiredText(this, 'password', 'Password', itemIndex);
		const session = await client.login(username, password);
		// Checks the login and returns the user id; the token never goes into an item.
		return { user_id: session.userId ?? null, username, loggedIn: true };
	},
};

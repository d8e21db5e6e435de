import type { INodeProperties } from 'n8n-workflow';

import { idField } from '../fields';
import { requiredId } from '../parameters';
import type { SimpleDouyinOperation } from '../types';

const description: INodeProperties[] = [
	idField({
		name: 'toUserId',
		displayName: 'User ID',
		resource: 'relation',
		operation: 'follow',
		description: 'The user to follow',
	}),
];

export const followUser: SimpleDouyinOperation = {
	description,
	async execute(client, itemIndex) {
		const toUserId = requiredId(this, 'toUserId', 'User ID', itemIndex);
		await client.follow(toUserId);
		return { to_user_id: toUserId, following: true };
	},
};

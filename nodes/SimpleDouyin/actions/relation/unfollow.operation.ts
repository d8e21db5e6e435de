import type { INodeProperties } from 'n8n-workflow';

import { idField } from '../fields';
import { requiredId } from '../parameters';
import type { SimpleDouyinOperation } from '../types';

const description: INodeProperties[] = [
	idField({
		name: 'toUserId',
		displayName: 'User ID',
		resource: 'relation',
		operation: 'unfollow',
		description: 'The user to unfollow',
	}),
];

export const unfollowUser: SimpleDouyinOperation = {
	description,
	async execute(client, itemIndex) {
		const toUserId = requiredId(this, 'toUserId', 'User ID', itemIndex);
		await client.unfollow(toUserId);
		return { to_user_id: toUserId, following: false };
	},
};

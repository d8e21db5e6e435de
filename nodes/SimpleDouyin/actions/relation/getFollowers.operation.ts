import type { INodeProperties } from 'n8n-workflow';

import { ownerIdField, returnAllFields } from '../fields';
import { limited, optionalId } from '../parameters';
import type { SimpleDouyinOperation } from '../types';

const description: INodeProperties[] = [
	ownerIdField('relation', 'getFollowers', 'followers'),
	...returnAllFields('relation', 'getFollowers'),
];

export const getFollowers: SimpleDouyinOperation = {
	readOnly: true,
	description,
	async execute(client, itemIndex) {
		const userId = optionalId(this, 'userId', 'User ID', itemIndex);
		return limited(this, itemIndex, await client.followers(userId));
	},
};

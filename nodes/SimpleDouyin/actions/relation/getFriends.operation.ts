import type { INodeProperties } from 'n8n-workflow';

import { ownerIdField, returnAllFields } from '../fields';
import { limited, optionalId } from '../parameters';
import type { SimpleDouyinOperation } from '../types';

const description: INodeProperties[] = [
	ownerIdField(
		'relation',
		'getFriends',
		'friends (users who follow each other), each with the latest chat message; most servers list only your own',
	),
	...returnAllFields('relation', 'getFriends'),
];

export const getFriends: SimpleDouyinOperation = {
	readOnly: true,
	description,
	async execute(client, itemIndex) {
		const userId = optionalId(this, 'userId', 'User ID', itemIndex);
		return limited(this, itemIndex, await client.friends(userId));
	},
};

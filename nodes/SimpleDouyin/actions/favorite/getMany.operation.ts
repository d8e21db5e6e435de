import type { INodeProperties } from 'n8n-workflow';

import { ownerIdField, returnAllFields } from '../fields';
import { limited, optionalId } from '../parameters';
import type { SimpleDouyinOperation } from '../types';

const description: INodeProperties[] = [
	ownerIdField('favorite', 'getMany', 'liked videos'),
	...returnAllFields('favorite', 'getMany'),
];

export const getManyFavorites: SimpleDouyinOperation = {
	readOnly: true,
	description,
	async execute(client, itemIndex) {
		const userId = optionalId(this, 'userId', 'User ID', itemIndex);
		return limited(this, itemIndex, await client.favoriteVideos(userId));
	},
};

import type { INodeProperties } from 'n8n-workflow';

import { idField, returnAllFields } from '../fields';
import { limited, requiredId } from '../parameters';
import type { SimpleDouyinOperation } from '../types';

const description: INodeProperties[] = [
	idField({
		name: 'videoId',
		displayName: 'Video ID',
		resource: 'comment',
		operation: 'getMany',
		description: 'The video whose comments to get, newest first',
	}),
	...returnAllFields('comment', 'getMany'),
];

export const getManyComments: SimpleDouyinOperation = {
	readOnly: true,
	description,
	async execute(client, itemIndex) {
		const videoId = requiredId(this, 'videoId', 'Video ID', itemIndex);
		const comments = (await client.comments(videoId)).map((comment) => ({
			...comment,
			video_id: videoId,
		}));
		return limited(this, itemIndex, comments);
	},
};

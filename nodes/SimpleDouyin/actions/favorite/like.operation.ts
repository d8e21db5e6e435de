import type { INodeProperties } from 'n8n-workflow';

import { idField } from '../fields';
import { requiredId } from '../parameters';
import type { SimpleDouyinOperation } from '../types';

const description: INodeProperties[] = [
	idField({
		name: 'videoId',
		displayName: 'Video ID',
		resource: 'favorite',
		operation: 'like',
		description: 'The video to like',
	}),
];

export const likeVideo: SimpleDouyinOperation = {
	description,
	async execute(client, itemIndex) {
		const videoId = requiredId(this, 'videoId', 'Video ID', itemIndex);
		await client.like(videoId);
		return { video_id: videoId, liked: true };
	},
};

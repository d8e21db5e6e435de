import type { INodeProperties } from 'n8n-workflow';

import { idField } from '../fields';
import { requiredId } from '../parameters';
import type { SimpleDouyinOperation } from '../types';

const description: INodeProperties[] = [
	idField({
		name: 'videoId',
		displayName: 'Video ID',
		resource: 'favorite',
		operation: 'unlike',
		description: 'The video to unlike',
	}),
];

export const unlikeVideo: SimpleDouyinOperation = {
	description,
	async execute(client, itemIndex) {
		const videoId = requiredId(this, 'videoId', 'Video ID', itemIndex);
		await client.unlike(videoId);
		return { video_id: videoId, liked: false };
	},
};

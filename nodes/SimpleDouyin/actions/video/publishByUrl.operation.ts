import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../fields';
import { requiredText } from '../parameters';
import type { SimpleDouyinOperation } from '../types';

const description: INodeProperties[] = [
	{
		displayName: 'Video URL',
		name: 'url',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'https://example.com/video.mp4',
		description: 'Where the server can find the video; nothing is uploaded',
		displayOptions: showFor('video', 'publishByUrl'),
	},
	{
		displayName: 'Title',
		name: 'title',
		type: 'string',
		required: true,
		default: '',
		description: 'The video title, 1 to 120 characters',
		displayOptions: showFor('video', 'publishByUrl'),
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		displayOptions: showFor('video', 'publishByUrl'),
		options: [
			{
				displayName: 'Cover URL',
				name: 'coverUrl',
				type: 'string',
				default: '',
				description: 'An image to show before the video plays',
			},
		],
	},
];

export const publishVideoByUrl: SimpleDouyinOperation = {
	description,
	async execute(client, itemIndex) {
		const url = requiredText(this, 'url', 'Video URL', itemIndex).trim();
		const title = requiredText(this, 'title', 'Title', itemIndex);
		const options = this.getNodeParameter('options', itemIndex, {}) as { coverUrl?: string };
		const { videoId } = await client.publishByUrl(
			url,
			title,
			options.coverUrl?.trim() || undefined,
		);
		return { published: true, title, url, video_id: videoId ?? null };
	},
};

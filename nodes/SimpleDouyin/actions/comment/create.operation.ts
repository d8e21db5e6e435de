import type { INodeProperties } from 'n8n-workflow';

import { idField, showFor } from '../fields';
import { requiredId, requiredText } from '../parameters';
import type { SimpleDouyinOperation } from '../types';

const description: INodeProperties[] = [
	idField({
		name: 'videoId',
		displayName: 'Video ID',
		resource: 'comment',
		operation: 'create',
		description: 'The video to comment on',
	}),
	{
		displayName: 'Text',
		name: 'text',
		type: 'string',
		typeOptions: { rows: 2 },
		required: true,
		default: '',
		description: 'The comment text',
		displayOptions: showFor('comment', 'create'),
	},
];

export const createComment: SimpleDouyinOperation = {
	description,
	async execute(client, itemIndex) {
		const videoId = requiredId(this, 'videoId', 'Video ID', itemIndex);
		const text = requiredText(this, 'text', 'Text', itemIndex);
		const comment = await client.createComment(videoId, text);
		// The video id is not part of the API's Comment; add it so the item can feed Comment › Delete.
		return { ...comment, video_id: videoId };
	},
};

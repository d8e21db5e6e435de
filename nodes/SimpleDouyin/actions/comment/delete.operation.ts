import type { INodeProperties } from 'n8n-workflow';

import { idField } from '../fields';
import { requiredId } from '../parameters';
import type { SimpleDouyinOperation } from '../types';

const description: INodeProperties[] = [
	idField({
		name: 'videoId',
		displayName: 'Video ID',
		resource: 'comment',
		operation: 'delete',
		description: 'The video the comment belongs to',
	}),
	idField({
		name: 'commentId',
		displayName: 'Comment ID',
		resource: 'comment',
		operation: 'delete',
		description: 'The comment to delete; only its author can delete it',
	}),
];

export const deleteComment: SimpleDouyinOperation = {
	description,
	async execute(client, itemIndex) {
		const videoId = requiredId(this, 'videoId', 'Video ID', itemIndex);
		const commentId = requiredId(this, 'commentId', 'Comment ID', itemIndex);
		await client.deleteComment(videoId, commentId);
		return { video_id: videoId, comment_id: commentId, deleted: true };
	},
};

import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../fields';
import { requiredText } from '../parameters';
import type { SimpleDouyinOperation } from '../types';

const description: INodeProperties[] = [
	{
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		required: true,
		default: 'data',
		hint: 'The name of the input binary field holding the video file',
		description: 'The binary field of the input item with the video to upload',
		displayOptions: showFor('video', 'publish'),
	},
	{
		displayName: 'Title',
		name: 'title',
		type: 'string',
		required: true,
		default: '',
		description: 'The video title, 1 to 120 characters',
		displayOptions: showFor('video', 'publish'),
	},
];

export const publishVideo: SimpleDouyinOperation = {
	description,
	async execute(client, itemIndex) {
		const propertyName = requiredText(
			this,
			'binaryPropertyName',
			'Input Binary Field',
			itemIndex,
		).trim();
		const title = requiredText(this, 'title', 'Title', itemIndex);
		const binary = this.helpers.assertBinaryData(itemIndex, propertyName);
		const data = await this.helpers.getBinaryDataBuffer(itemIndex, propertyName);
		const { videoId } = await client.publish(
			{ data, fileName: binary.fileName, mimeType: binary.mimeType },
			title,
		);
		return {
			published: true,
			title,
			video_id: videoId ?? null,
			fileName: binary.fileName ?? null,
			fileSize: data.length,
		};
	},
};

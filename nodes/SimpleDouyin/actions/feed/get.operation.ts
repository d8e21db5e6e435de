import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { returnAllFields, showFor } from '../fields';
import { limitOf } from '../parameters';
import type { SimpleDouyinOperation } from '../types';

const description: INodeProperties[] = [
	...returnAllFields('feed', 'get'),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		displayOptions: showFor('feed', 'get'),
		options: [
			{
				displayName: 'Latest Time',
				name: 'latestTime',
				type: 'string',
				default: '',
				placeholder: '1700000000',
				description:
					'Start from videos older than this: the next_time of an earlier page. The spec uses a timestamp in seconds; Ocyss/douyin uses the ID of the last video. Empty starts from the newest.',
			},
		],
	},
];

export const getFeed: SimpleDouyinOperation = {
	readOnly: true,
	description,
	async execute(client, itemIndex) {
		const options = this.getNodeParameter('options', itemIndex, {}) as {
			latestTime?: string | number;
		};
		const latestTime =
			options.latestTime === undefined || options.latestTime === ''
				? undefined
				: String(options.latestTime).trim();
		// The feed pages through next_time until the limit; one item per video.
		return (await client.feed({ latestTime, limit: limitOf(this, itemIndex) })) as IDataObject[];
	},
};

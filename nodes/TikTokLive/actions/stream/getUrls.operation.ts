import type { IDataObject } from 'n8n-workflow';

import { requiredString } from '../../../shared/n8n/parameters';
import { roomIdField } from '../fields';
import type { TikTokLiveOperation } from '../types';

export const getStreamUrls: TikTokLiveOperation = {
	readOnly: true,
	description: [roomIdField('stream', 'getUrls')],
	async execute(client, itemIndex) {
		return {
			...(await client.getStreamUrls(requiredString(this, 'roomId', 'Room ID', itemIndex))),
		} as unknown as IDataObject;
	},
};

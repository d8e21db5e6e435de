import type { IDataObject } from 'n8n-workflow';

import { roomIdField } from '../fields';
import type { TikTokLiveOperation } from '../types';

const roomId = {
	...roomIdField('gift', 'getList', false),
	description: 'Optional. Some gifts are only offered in certain rooms or regions.',
};

export const getGiftList: TikTokLiveOperation = {
	readOnly: true,
	description: [roomId],
	async execute(client, itemIndex) {
		const room = String(this.getNodeParameter('roomId', itemIndex, '') ?? '').trim();
		return (await client.getGiftList(room || undefined)) as IDataObject[];
	},
};

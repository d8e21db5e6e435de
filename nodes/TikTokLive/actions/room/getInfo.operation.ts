import type { IDataObject } from 'n8n-workflow';

import { requiredString } from '../../../shared/n8n/parameters';
import { roomIdField } from '../fields';
import type { TikTokLiveOperation } from '../types';

export const getRoomInfo: TikTokLiveOperation = {
	readOnly: true,
	description: [roomIdField('room', 'getInfo')],
	async execute(client, itemIndex) {
		const { raw, ...summary } = await client.getRoomInfo(
			requiredString(this, 'roomId', 'Room ID', itemIndex),
		);
		return { ...summary, room: raw } as IDataObject;
	},
};

import type { INodeProperties } from 'n8n-workflow';

import { roomIdField } from '../fields';
import { requiredString, stringList } from '../parameters';
import type { DouyinLiveOperation } from '../types';

const description: INodeProperties[] = [
	{
		displayName:
			'Douyin took the gift pinning API offline in April 2024; this operation is kept for apps that still have access. Configure gifts in the developer console instead.',
		name: 'legacyNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { resource: ['gift'], operation: ['pin'] } },
	},
	roomIdField('gift', ['pin']),
	{
		displayName: 'Gift IDs',
		name: 'secGiftIds',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'n1/Dg1905sj1FyoBlQBvmbaDZFBNaKuKZH6zxHkv8Lg5x2cRfrKUTb8gzMs=',
		description: 'The encrypted gift IDs (sec_gift_id) to pin, separated by commas',
		displayOptions: { show: { resource: ['gift'], operation: ['pin'] } },
	},
];

export const pinGifts: DouyinLiveOperation = {
	description,
	async execute(client, itemIndex) {
		const roomId = requiredString(this, 'roomId', 'Room ID', itemIndex);
		const ids = stringList(this, 'secGiftIds', itemIndex);
		const { successTopGiftIds } = await client.pinGifts(roomId, ids);
		return { roomId, requestedGiftIds: ids, pinnedGiftIds: successTopGiftIds };
	},
};

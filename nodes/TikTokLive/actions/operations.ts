import type { INodeProperties } from 'n8n-workflow';

import {
	operationFieldsOf,
	operationProperty,
	resourceSelector,
	type OperationTable,
} from '../../shared/n8n/operations';
import type { TikTokLiveClient } from '../transport/TikTokLiveClient';

import { getCoinPriceList } from './coin/getPriceList.operation';
import { getRecommendedLives } from './feed/getRecommended.operation';
import { getGiftList } from './gift/getList.operation';
import { getRoomInfo } from './room/getInfo.operation';
import { getStreamUrls } from './stream/getUrls.operation';
import { recordStream } from './stream/record.operation';
import { getUserInfo } from './user/getInfo.operation';

/** resource → operation → implementation: the single table the node routes by. */
export const OPERATIONS: OperationTable<TikTokLiveClient> = {
	user: { getInfo: getUserInfo },
	room: { getInfo: getRoomInfo },
	gift: { getList: getGiftList },
	coin: { getPriceList: getCoinPriceList },
	feed: { getRecommended: getRecommendedLives },
	stream: { getUrls: getStreamUrls, record: recordStream },
};

export const resourceProperty = resourceSelector(
	[
		{ name: 'Coin', value: 'coin' },
		{ name: 'Feed', value: 'feed' },
		{ name: 'Gift', value: 'gift' },
		{ name: 'Room', value: 'room' },
		{ name: 'Stream', value: 'stream' },
		{ name: 'User', value: 'user' },
	],
	'user',
);

/** A resource with one operation, which is its default. */
function singleOperation(
	resource: string,
	option: { name: string; value: string; action: string; description: string },
): INodeProperties {
	return operationProperty(resource, [option], option.value);
}

export const operationProperties: INodeProperties[] = [
	singleOperation('user', {
		name: 'Get Info',
		value: 'getInfo',
		action: 'Get user live info',
		description: 'Whether a user is live, and their room ID',
	}),
	singleOperation('room', {
		name: 'Get Info',
		value: 'getInfo',
		action: 'Get room info',
		description: 'Title, status, owner and viewer count of a live room',
	}),
	singleOperation('gift', {
		name: 'Get List',
		value: 'getList',
		action: 'Get the gift list',
		description: 'Every gift with its ID, name and diamond cost',
	}),
	singleOperation('coin', {
		name: 'Get Price List',
		value: 'getPriceList',
		action: 'Get the coin price list',
		description: 'Coin packages with prices in USD cents and the local currency',
	}),
	singleOperation('feed', {
		name: 'Get Recommended Lives',
		value: 'getRecommended',
		action: 'Get recommended lives',
		description: 'Live rooms TikTok recommends right now',
	}),
	operationProperty(
		'stream',
		[
			{
				name: 'Get URLs',
				value: 'getUrls',
				action: 'Get stream URLs',
				description: 'FLV and HLS pull URLs of a live room per quality',
			},
			{
				name: 'Record',
				value: 'record',
				action: 'Record a live stream',
				description:
					'Record a live room’s stream for a duration or size into a binary file (FLV, or HLS segments)',
			},
		],
		'getUrls',
	),
];

export const operationFields: INodeProperties[] = operationFieldsOf(OPERATIONS);

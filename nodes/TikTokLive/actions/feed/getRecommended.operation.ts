import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/n8n/operations';
import type { TikTokLiveClient } from '../../transport/TikTokLiveClient';
import type { TikTokLiveOperation } from '../types';

const show = { resource: ['feed'], operation: ['getRecommended'] };

const description: INodeProperties[] = returnAllAndLimit(show);

/** "Return All" still stops somewhere: the feed is endless in practice. */
const MAX_PAGES = 50;

/** Pages through the feed with `max_time` (gotiktoklive `Feed.Next`, reference §1.3). */
export async function readFeed(
	client: TikTokLiveClient,
	limit: number | undefined,
): Promise<IDataObject[]> {
	const rooms: IDataObject[] = [];
	let maxTime: string | undefined;
	for (let page = 0; page < MAX_PAGES; page++) {
		const result = await client.getFeedPage(maxTime);
		rooms.push(...(result.rooms as IDataObject[]));
		if (limit !== undefined && rooms.length >= limit) return rooms.slice(0, limit);
		if (!result.hasMore || !result.maxTime || result.maxTime === maxTime) break;
		maxTime = result.maxTime;
	}
	return rooms;
}

export const getRecommendedLives: TikTokLiveOperation = {
	readOnly: true,
	description,
	async execute(client, itemIndex) {
		const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
		const limit = returnAll ? undefined : (this.getNodeParameter('limit', itemIndex, 50) as number);
		return readFeed(client, limit);
	},
};

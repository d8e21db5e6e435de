import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { ItemResult } from '../../shared/n8n/runPerItem';
import type { TikTokLiveClient } from '../transport/TikTokLiveClient';

/** One operation: its fields, and what it does for one item. */
export interface TikTokLiveOperation {
	description: INodeProperties[];
	execute(this: IExecuteFunctions, client: TikTokLiveClient, itemIndex: number): Promise<ItemResult>;
}

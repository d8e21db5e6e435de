import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { ItemResult } from '../../shared/n8n/runPerItem';
import type { DouyinLiveClient } from '../transport/DouyinLiveClient';

/** One operation: its fields, and what it does for one item. */
export interface DouyinLiveOperation {
	description: INodeProperties[];
	execute(this: IExecuteFunctions, client: DouyinLiveClient, itemIndex: number): Promise<ItemResult>;
}

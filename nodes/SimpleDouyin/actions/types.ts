import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { ItemResult } from '../../shared/n8n/runPerItem';
import type { SimpleDouyinClient } from '../transport/SimpleDouyinClient';

/** One operation: its fields, and what it does for one item. */
export interface SimpleDouyinOperation {
	description: INodeProperties[];
	execute(this: IExecuteFunctions, client: SimpleDouyinClient, itemIndex: number): Promise<ItemResult>;
}

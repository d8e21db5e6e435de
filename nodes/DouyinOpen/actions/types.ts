import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { ItemResult } from '../../shared/n8n/runPerItem';
import type { DouyinOpenClient } from '../transport/DouyinOpenClient';

/** One operation: its fields, and what it does for one item. */
export interface DouyinOpenOperation {
	description: INodeProperties[];
	execute(this: IExecuteFunctions, client: DouyinOpenClient, itemIndex: number): Promise<ItemResult>;
}

import type { Operation } from '../../shared/n8n/operations';
import type { SimpleDouyinClient } from '../transport/SimpleDouyinClient';

/** One operation: its fields, and what it does for one item. */
export type SimpleDouyinOperation = Operation<SimpleDouyinClient>;

import type { Operation } from '../../shared/n8n/operations';
import type { DouyinLiveClient } from '../transport/DouyinLiveClient';

/** One operation: its fields, and what it does for one item. */
export type DouyinLiveOperation = Operation<DouyinLiveClient>;

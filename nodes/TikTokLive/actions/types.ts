import type { Operation } from '../../shared/n8n/operations';
import type { TikTokLiveClient } from '../transport/TikTokLiveClient';

/** One operation: its fields, and what it does for one item. */
export type TikTokLiveOperation = Operation<TikTokLiveClient>;

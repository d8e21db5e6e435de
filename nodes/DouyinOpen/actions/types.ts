import type { Operation } from '../../shared/n8n/operations';
import type { DouyinOpenClient } from '../transport/DouyinOpenClient';

/** One operation: its fields, and what it does for one item. */
export type DouyinOpenOperation = Operation<DouyinOpenClient>;

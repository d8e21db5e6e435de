import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { routeOperation } from '../../shared/n8n/operations';
import { loadTikTokLiveSettings } from '../credentials';
import { OPERATIONS } from './operations';

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return routeOperation(
		this,
		OPERATIONS,
		async (ctx) => (await loadTikTokLiveSettings(ctx)).client,
	);
}

import { NodeOperationError, type IExecuteFunctions, type INodeExecutionData } from 'n8n-workflow';

import { runPerItem } from '../../shared/n8n/runPerItem';
import { loadTikTokLiveSettings } from '../credentials';
import { OPERATIONS } from './operations';

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const resource = this.getNodeParameter('resource', 0) as string;
	const operationName = this.getNodeParameter('operation', 0) as string;
	const operation = OPERATIONS[resource]?.[operationName];
	if (!operation) throw new NodeOperationError(this.getNode(), `The operation "${operationName}" of "${resource}" is not known`);
	const { client } = await loadTikTokLiveSettings(this);
	return runPerItem(this, (itemIndex) => operation.execute.call(this, client, itemIndex));
}

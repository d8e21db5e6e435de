import { NodeOperationError, type IExecuteFunctions, type INodeExecutionData } from 'n8n-workflow';

import { runPerItem } from '../../shared/n8n/runPerItem';
import { toNodeError } from '../../shared/n8n/nodeErrors';
import { createSimpleDouyinClient } from '../credentials';
import { OPERATIONS } from './operations';

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const resource = this.getNodeParameter('resource', 0) as string;
	const operationName = this.getNodeParameter('operation', 0) as string;
	const operation = OPERATIONS[resource]?.[operationName];
	if (!operation) throw new NodeOperationError(this.getNode(), `The operation "${operationName}" of "${resource}" is not known`);
	let client;
	try {
		client = await createSimpleDouyinClient(this);
	} catch (error) {
		// A credential without username, password or token: say so, as n8n shows it.
		throw toNodeError(this.getNode(), error);
	}
	return runPerItem(this, (itemIndex) => operation.execute.call(this, client, itemIndex));
}

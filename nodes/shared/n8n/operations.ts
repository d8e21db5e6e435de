import {
	NodeOperationError,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { runPerItem, type ItemResult } from './runPerItem';
import { toNodeError } from './nodeErrors';

/** One operation of an action node: its fields, and what it does for one item with the family's client. */
export interface Operation<TClient> {
	description: INodeProperties[];
	execute(this: IExecuteFunctions, client: TClient, itemIndex: number): Promise<ItemResult>;
}

/** resource → operation → implementation: the single table an action node routes by. */
export type OperationTable<TClient> = Record<string, Record<string, Operation<TClient>>>;

/** The "Resource" selector of an action node. */
export function resourceSelector(
	options: Array<{ name: string; value: string }>,
	defaultValue: string,
): INodeProperties {
	return {
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options,
		default: defaultValue,
	};
}

/** The "Operation" selector shown for one resource. */
export function operationProperty(
	resource: string,
	options: INodeProperties['options'],
	defaultValue: string,
): INodeProperties {
	return {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		options,
		default: defaultValue,
	};
}

/** Every operation's fields, in table order, for the node's properties. */
export function operationFieldsOf<TClient>(table: OperationTable<TClient>): INodeProperties[] {
	return Object.values(table).flatMap((byOperation) =>
		Object.values(byOperation).flatMap((operation) => operation.description),
	);
}

/**
 * Looks up the chosen resource and operation, makes the family's client once for the run (a credential
 * problem becomes a clear node error), and runs the operation per item with continueOnFail and pairedItem.
 */
export async function routeOperation<TClient>(
	ctx: IExecuteFunctions,
	table: OperationTable<TClient>,
	createClient: (ctx: IExecuteFunctions) => Promise<TClient>,
): Promise<INodeExecutionData[][]> {
	const resource = ctx.getNodeParameter('resource', 0) as string;
	const operationName = ctx.getNodeParameter('operation', 0) as string;
	const operation = table[resource]?.[operationName];
	if (!operation)
		throw new NodeOperationError(
			ctx.getNode(),
			`The operation "${operationName}" of "${resource}" is not known`,
		);
	let client: TClient;
	try {
		client = await createClient(ctx);
	} catch (error) {
		throw toNodeError(ctx.getNode(), error);
	}
	return runPerItem(ctx, (itemIndex) => operation.execute.call(ctx, client, itemIndex));
}

/** The usual "Return All" switch and "Limit" field of a list operation. */
export function returnAllAndLimit(
	show: Record<string, string[]>,
	defaultLimit = 50,
): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
			displayOptions: { show },
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: defaultLimit,
			description: 'Max number of results to return',
			displayOptions: { show: { ...show, returnAll: [false] } },
		},
	];
}

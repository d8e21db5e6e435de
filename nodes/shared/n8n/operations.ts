import {
	NodeOperationError,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { withFieldReferenceShortcut } from './fieldReference';
import { runPerItem, type ItemResult } from './runPerItem';
import { toNodeError } from './nodeErrors';

/** One operation of an action node: its fields, and what it does for one item with the family's client. */
export interface Operation<TClient> {
	description: INodeProperties[];
	/**
	 * Reads nothing but changes nothing: items may run at the same time (up to "Items in Parallel"). Writes
	 * run one item after another, in input order, because two items may touch the same thing (like then
	 * unlike, send then recall) and the API applies them in the order they arrive.
	 */
	readOnly?: boolean;
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

export const ITEMS_IN_PARALLEL = 'itemsInParallel';
const MAX_ITEMS_IN_PARALLEL = 100;

/**
 * The "Items in Parallel" field of an action node: how many items of a read operation are in progress at
 * once. Each node picks its default from what its API tolerates (a rate-limited API still queues every
 * call behind its limiter, so parallel items only hide the latency up to that limit).
 */
export function itemsInParallelProperty(defaultValue: number): INodeProperties {
	return {
		displayName: 'Items in Parallel',
		name: ITEMS_IN_PARALLEL,
		type: 'number',
		typeOptions: { minValue: 1, maxValue: MAX_ITEMS_IN_PARALLEL },
		default: defaultValue,
		description:
			'How many input items a read operation works on at the same time. The output keeps the input order. Operations that change something always run one item after another. 1 turns parallel runs off.',
	};
}

/**
 * Looks up the chosen resource and operation, makes the family's client once for the run (a credential
 * problem becomes a clear node error), and runs the operation per item with continueOnFail and pairedItem:
 * read-only operations up to "Items in Parallel" items at a time, others one by one.
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
	const concurrency = operation.readOnly ? itemsInParallel(ctx) : 1;
	const itemContext = withFieldReferenceShortcut(ctx);
	return runPerItem(ctx, (itemIndex) => operation.execute.call(itemContext, client, itemIndex), {
		concurrency,
	});
}

function itemsInParallel(ctx: IExecuteFunctions): number {
	const value = Number(ctx.getNodeParameter(ITEMS_IN_PARALLEL, 0, 1));
	if (!Number.isFinite(value) || value < 1) return 1;
	return Math.min(Math.floor(value), MAX_ITEMS_IN_PARALLEL);
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

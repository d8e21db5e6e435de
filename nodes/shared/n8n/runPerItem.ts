import type {
	IBinaryKeyData,
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
} from 'n8n-workflow';

import { errorItemJson, toNodeError } from './nodeErrors';

/** One output item that carries binary data beside its JSON (a file an operation produced). */
export interface BinaryItem {
	json: IDataObject;
	binary: IBinaryKeyData;
}

const BINARY_ITEM = Symbol('binaryItem');

/** Marks a result as one item with binary data, so the JSON is not mistaken for the item itself. */
export function binaryItem(json: IDataObject, binary: IBinaryKeyData): BinaryItem {
	return Object.assign({ json, binary }, { [BINARY_ITEM]: true });
}

function isBinaryItem(result: unknown): result is BinaryItem {
	return typeof result === 'object' && result !== null && BINARY_ITEM in result;
}

export type ItemResult = IDataObject | IDataObject[] | BinaryItem;

/**
 * Runs one operation per input item. Each result object becomes an output item paired with its input;
 * a failure either stops the node with a NodeApiError naming the item, or, with "Continue On Fail",
 * becomes an error item while every other item still runs.
 */
export async function runPerItem(
	ctx: IExecuteFunctions,
	operation: (itemIndex: number) => Promise<ItemResult>,
): Promise<INodeExecutionData[][]> {
	const items = ctx.getInputData();
	const output: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			const result = await operation(itemIndex);
			if (isBinaryItem(result)) {
				output.push({ json: result.json, binary: result.binary, pairedItem: { item: itemIndex } });
				continue;
			}
			for (const json of Array.isArray(result) ? result : [result]) {
				output.push({ json, pairedItem: { item: itemIndex } });
			}
		} catch (error) {
			const nodeError = toNodeError(ctx.getNode(), error, itemIndex);
			if (!ctx.continueOnFail()) throw nodeError;
			output.push({ json: errorItemJson(nodeError), pairedItem: { item: itemIndex } });
		}
	}
	return [output];
}

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

export interface RunPerItemOptions {
	/** Items whose operation may be in progress at the same time; 1 (the default) runs them one by one. */
	concurrency?: number;
}

/**
 * Runs one operation per input item. Each result object becomes an output item paired with its input;
 * a failure either stops the node with a NodeApiError naming the item, or, with "Continue On Fail",
 * becomes an error item while every other item still runs.
 *
 * With a concurrency above 1, up to that many items are in progress at once (a REST call spends most of
 * its time waiting for the answer), started in input order. The output is still in input order whatever
 * order the answers come back in. Without Continue On Fail, no item starts once one has failed; the node
 * waits for the items already started and then fails with the error of the lowest failed item, which is
 * the error a one-by-one run would have stopped at.
 */
export async function runPerItem(
	ctx: IExecuteFunctions,
	operation: (itemIndex: number) => Promise<ItemResult>,
	options: RunPerItemOptions = {},
): Promise<INodeExecutionData[][]> {
	const itemCount = ctx.getInputData().length;
	const workers = Math.max(1, Math.min(Math.floor(options.concurrency ?? 1) || 1, itemCount));
	const outputs: INodeExecutionData[][] = new Array(itemCount);
	// Without Continue On Fail: the items that failed, in no particular order; no item starts after the first.
	const failures: Array<{ itemIndex: number; error: Error }> = [];
	let nextItem = 0;

	const work = async () => {
		while (failures.length === 0 && nextItem < itemCount) {
			const itemIndex = nextItem++;
			try {
				const result = await operation(itemIndex);
				outputs[itemIndex] = isBinaryItem(result)
					? [{ json: result.json, binary: result.binary, pairedItem: { item: itemIndex } }]
					: (Array.isArray(result) ? result : [result]).map((json) => ({
							json,
							pairedItem: { item: itemIndex },
						}));
			} catch (error) {
				const nodeError = toNodeError(ctx.getNode(), error, itemIndex);
				if (ctx.continueOnFail()) {
					outputs[itemIndex] = [
						{ json: errorItemJson(nodeError), pairedItem: { item: itemIndex } },
					];
				} else {
					failures.push({ itemIndex, error: nodeError });
				}
			}
		}
	};
	await Promise.all(Array.from({ length: workers }, work));
	if (failures.length > 0)
		throw failures.reduce((first, next) => (next.itemIndex < first.itemIndex ? next : first)).error;
	return [outputs.flat()];
}

import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { errorItemJson, toNodeError } from '../../shared/n8n/nodeErrors';

export interface PartReport<TPart> {
	/** What a part is called in an error, e.g. "live_gift" or "users u10–u19". */
	label(part: TPart): string;
	/** The fields of the output item that stands for a failed part (Continue On Fail), beside its error. */
	failedItem(part: TPart): IDataObject;
	/** One sentence on what the parts that succeeded did, for the error's description. */
	done(succeeded: Array<{ part: TPart; items: IDataObject[] }>): string;
}

/**
 * Runs the independent calls of one item (one per message type, one per chunk of users) to the end, so
 * that one failure never loses what the others did. With Continue On Fail the failed part becomes an
 * item carrying its error beside the others' results; without it the node stops with the failure, and
 * its description says what was done (a task that was started is reported as started).
 */
export async function runEachPart<TPart>(
	ctx: IExecuteFunctions,
	itemIndex: number,
	parts: TPart[],
	run: (part: TPart) => Promise<IDataObject[]>,
	report: PartReport<TPart>,
): Promise<IDataObject[]> {
	const outcomes: Array<{ part: TPart; items?: IDataObject[]; error?: unknown }> = [];
	for (const part of parts) {
		try {
			outcomes.push({ part, items: await run(part) });
		} catch (error) {
			outcomes.push({ part, error });
		}
	}
	const failed = outcomes.filter((outcome) => outcome.items === undefined);
	if (failed.length === 0) return outcomes.flatMap((outcome) => outcome.items ?? []);
	if (ctx.continueOnFail()) {
		return outcomes.flatMap(
			(outcome) =>
				outcome.items ?? [
					{
						...report.failedItem(outcome.part),
						...errorItemJson(toNodeError(ctx.getNode(), outcome.error, itemIndex)),
					},
				],
		);
	}
	const error = toNodeError(ctx.getNode(), failed[0].error, itemIndex);
	const others = failed.slice(1).map((outcome) => report.label(outcome.part));
	error.message = `${error.message} (${report.label(failed[0].part)}${others.length ? `; also failed: ${others.join(', ')}` : ''})`;
	const succeeded = outcomes.filter(
		(outcome): outcome is { part: TPart; items: IDataObject[] } => outcome.items !== undefined,
	);
	if (succeeded.length > 0) {
		error.description = [error.description, report.done(succeeded)].filter(Boolean).join(' ');
		error.context.succeeded = succeeded.flatMap((outcome) => outcome.items);
	}
	throw error;
}

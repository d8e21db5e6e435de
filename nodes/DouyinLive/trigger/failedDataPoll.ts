import {
	NodeOperationError,
	type IDataObject,
	type INodeExecutionData,
	type IPollFunctions,
} from 'n8n-workflow';

import { toNodeError } from '../../shared/n8n/nodeErrors';
import type { DouyinLiveClient } from '../transport/DouyinLiveClient';
import type { MsgType } from '../transport/endpoints';
import { pollNewFailedPushes, type BackfillProgress } from '../transport/backfillProgress';

/** What the Failed Data Trigger keeps in its node static data. */
interface FailedDataStaticData extends IDataObject {
	progress?: Record<string, BackfillProgress>;
}

export interface FailedDataPollOptions {
	roomIds: string[];
	msgTypes: MsgType[];
	pageSize: number;
}

/** The poll budget n8n grants (older n8n has none); pages are not started in its last fifth. */
function deadlineOf(ctx: IPollFunctions): number | undefined {
	const budget = typeof ctx.getPollBudgetMs === 'function' ? ctx.getPollBudgetMs() : undefined;
	return budget === undefined ? undefined : Date.now() + budget * 0.8;
}

interface RoomFailure {
	roomId: string;
	msgType: MsgType;
	error: unknown;
}

/** One error naming every room that failed in this poll, and what happened to the rest. */
function failureError(
	ctx: IPollFunctions,
	failures: RoomFailure[],
	emitted: number | undefined,
): NodeOperationError {
	const errors = failures.map((f) => toNodeError(ctx.getNode(), f.error));
	const rooms = failures
		.map((f, i) => `room ${f.roomId} (${f.msgType}): ${errors[i].message}`)
		.join('; ');
	const outcome =
		emitted === undefined
			? undefined
			: `${emitted} messages read from the other rooms and earlier pages were emitted and their position saved; the failed rooms are read again from where they stopped at the next poll.`;
	return new NodeOperationError(ctx.getNode(), `Reading failed pushes failed for ${rooms}`, {
		description: [errors[0].description, outcome].filter(Boolean).join(' ') || undefined,
	});
}

/**
 * One poll of the Failed Data Trigger. Nothing read is lost: every room and message type is read on
 * its own, what it returned before a failure is emitted, and the saved position is exactly what was
 * emitted. A poll that throws loses its items (n8n emits nothing and saves no static data), and a throw
 * in the poll n8n runs when it activates the workflow fails the activation, so one failing room would
 * stop every other room. So a room's failure is not thrown: it goes to n8n's poll error report
 * (`__emitError`, where n8n sends the error of a scheduled poll that threw: a failed execution in the
 * list and the error workflow), and the poll still returns what was read. Only when every room failed
 * and nothing was read does the poll throw.
 *
 * The position is saved by assigning `progress` on the node's static data object each time: n8n saves
 * static data only when that observed object reports a change, and a nested object created during the
 * run is not observed.
 *
 * A test run (manual mode) reads only the first page of each room and message type, moves nothing,
 * and shows a failure as the run's error.
 */
export async function pollFailedData(
	ctx: IPollFunctions,
	client: DouyinLiveClient,
	{ roomIds, msgTypes, pageSize }: FailedDataPollOptions,
): Promise<INodeExecutionData[][] | null> {
	const isManual = ctx.getMode() === 'manual';
	const staticData = ctx.getWorkflowStaticData('node') as FailedDataStaticData;
	const progress: Record<string, BackfillProgress> = isManual
		? {}
		: { ...(staticData.progress ?? {}) };
	const limits = isManual ? { maxPages: 1 } : { deadline: deadlineOf(ctx) };
	const items: INodeExecutionData[] = [];
	const failures: RoomFailure[] = [];
	for (const roomId of roomIds) {
		for (const msgType of msgTypes) {
			const key = `${roomId}|${msgType}`;
			const read = await pollNewFailedPushes(
				client,
				roomId,
				msgType,
				pageSize,
				progress[key],
				limits,
			);
			progress[key] = read.next;
			for (const message of read.messages) items.push({ json: message as IDataObject });
			if (read.error !== undefined) failures.push({ roomId, msgType, error: read.error });
		}
	}

	if (isManual) {
		if (failures.length > 0) throw failureError(ctx, failures, undefined);
		return items.length > 0 ? [items] : null;
	}
	// Every room failed and nothing was read: throwing loses nothing, and at activation it tells at once
	// (a wrong credential fails the activation with Douyin's code, as n8n does for any poll error).
	if (items.length === 0 && failures.length === roomIds.length * msgTypes.length)
		throw failureError(ctx, failures, undefined);
	staticData.progress = progress;
	if (failures.length > 0) {
		const error = failureError(ctx, failures, items.length);
		ctx.logger.warn(`Douyin Live Failed Data Trigger: ${error.message}`);
		if (typeof ctx.__emitError === 'function') ctx.__emitError(error);
	}
	return items.length > 0 ? [items] : null;
}

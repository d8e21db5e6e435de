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

/** A room that failed in a poll which still emitted what other rooms (or earlier pages) returned. */
interface PendingFailure {
	roomId: string;
	msgType: string;
	message: string;
	description?: string;
}

/** What the Failed Data Trigger keeps in its node static data. */
interface FailedDataStaticData extends IDataObject {
	progress?: Record<string, BackfillProgress>;
	pendingFailures?: PendingFailure[];
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

function failureError(ctx: IPollFunctions, failures: PendingFailure[]): NodeOperationError {
	const rooms = failures.map((f) => `room ${f.roomId} (${f.msgType}): ${f.message}`).join('; ');
	return new NodeOperationError(
		ctx.getNode(),
		`Reading failed pushes failed in the previous poll for ${rooms}`,
		{
			description: [
				'The pushes read from the other rooms were emitted and their position saved; the failed rooms are read again from where they stopped at every poll.',
				...failures.map((f) => f.description).filter(Boolean),
			].join(' '),
		},
	);
}

/**
 * One poll of the Failed Data Trigger. Nothing read is lost: every room and message type is read on
 * its own, what it returned before a failure is emitted, and the saved position is exactly what was
 * emitted. n8n lets a poll either return items or throw (a throw discards the items and saves no
 * static data), so a failure beside emitted items is kept in static data and thrown at the start of
 * the next poll, before anything is read: n8n then records it as a failed trigger execution, and the
 * poll after that reads every room again. A poll where nothing was read throws at once.
 *
 * The position is saved by assigning `progress` on the node's static data object each time: n8n saves
 * static data only when that observed object reports a change, and a nested object created during the
 * run is not observed.
 *
 * A test run (manual mode) reads only the first page of each room and message type and moves nothing.
 */
export async function pollFailedData(
	ctx: IPollFunctions,
	client: DouyinLiveClient,
	{ roomIds, msgTypes, pageSize }: FailedDataPollOptions,
): Promise<INodeExecutionData[][] | null> {
	const isManual = ctx.getMode() === 'manual';
	const staticData = ctx.getWorkflowStaticData('node') as FailedDataStaticData;
	if (!isManual && staticData.pendingFailures?.length) {
		const pending = staticData.pendingFailures;
		staticData.pendingFailures = [];
		throw failureError(ctx, pending);
	}

	const progress: Record<string, BackfillProgress> = isManual
		? {}
		: { ...(staticData.progress ?? {}) };
	const limits = isManual ? { maxPages: 1 } : { deadline: deadlineOf(ctx) };
	const items: INodeExecutionData[] = [];
	const failures: Array<{ roomId: string; msgType: MsgType; error: unknown }> = [];
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
		if (failures.length > 0) throw toNodeError(ctx.getNode(), failures[0].error);
		return items.length > 0 ? [items] : null;
	}
	if (items.length === 0 && failures.length > 0)
		throw toNodeError(ctx.getNode(), failures[0].error);

	staticData.progress = progress;
	if (failures.length > 0) {
		const pending = failures.map(({ roomId, msgType, error }) => {
			const nodeError = toNodeError(ctx.getNode(), error);
			return {
				roomId,
				msgType,
				message: nodeError.message,
				...(nodeError.description ? { description: nodeError.description } : {}),
			};
		});
		staticData.pendingFailures = pending;
		ctx.logger.warn(
			`Douyin Live Failed Data Trigger: emitted ${items.length} messages; reported next poll: ${pending
				.map((f) => `room ${f.roomId} (${f.msgType}): ${f.message}`)
				.join('; ')}`,
		);
	}
	return items.length > 0 ? [items] : null;
}

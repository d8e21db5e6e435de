import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { RecentIds, recordNewIds } from '../../shared/recentIds';
import { pushItemJson, type PushMessage } from '../transport/pushMessages';
import type { PushHeaders } from '../transport/pushSignature';

/** Reading a push request: its headers, the secrets to verify it with, its messages as n8n items. */

export interface TriggerOptions {
	ignoreTestData?: boolean;
	deduplicate?: boolean;
	reportAck?: boolean;
	commentSecret?: string;
	giftSecret?: string;
	likeSecret?: string;
	fansClubSecret?: string;
}

export function header(headers: IDataObject, name: string): string | undefined {
	const value = headers[name];
	if (Array.isArray(value)) return value[0] === undefined ? undefined : String(value[0]);
	return value === undefined ? undefined : String(value);
}

export function secretsFor(
	msgType: string,
	options: TriggerOptions,
	credentialSecret: string,
): string[] {
	const perType: Record<string, string | undefined> = {
		live_comment: options.commentSecret,
		live_gift: options.giftSecret,
		live_like: options.likeSecret,
		live_fansclub: options.fansClubSecret,
	};
	return [perType[msgType], credentialSecret].filter((s): s is string => Boolean(s));
}

export function toItem(push: PushMessage, headers: PushHeaders): INodeExecutionData {
	return { json: pushItemJson(push, headers['x-timestamp'] ?? null) as IDataObject };
}

/** msg_ids seen per workflow and node by this process: a fast first filter that concurrency cannot undo. */
const seenByTrigger = new Map<string, RecentIds>();

function seenIdsOf(workflowId: string, nodeName: string): RecentIds {
	const key = `${workflowId}\n${nodeName}`;
	let seen = seenByTrigger.get(key);
	if (!seen) seenByTrigger.set(key, (seen = new RecentIds()));
	return seen;
}

/** Where the msg_ids already emitted are kept in the node's static data (shared by every process). */
export const DELIVERED_IDS_FIELD = 'deliveredMsgIds';
/** msg_ids remembered across processes; Douyin's duplicates come seconds apart (reference §2.1). */
export const DELIVERED_IDS_KEPT = 2000;

/**
 * Drops messages whose msg_id was already emitted, by this process (memory) or by any n8n process
 * serving this workflow, before a restart too (the node's static data, see recordNewIds), and records
 * the rest in both.
 */
export function dropDelivered(
	messages: PushMessage[],
	nodeStaticData: IDataObject,
	workflowId: string,
	nodeName: string,
): PushMessage[] {
	const fresh = recordNewIds(
		nodeStaticData,
		DELIVERED_IDS_FIELD,
		messages.map((m) => m.msgId),
		DELIVERED_IDS_KEPT,
	);
	const seen = seenIdsOf(workflowId, nodeName);
	return messages.filter((m, i) => seen.add(m.msgId) && fresh[i]);
}

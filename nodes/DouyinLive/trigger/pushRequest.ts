import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { RecentIds } from '../../shared/recentIds';
import type { PushMessage } from '../transport/pushMessages';
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
	return {
		json: {
			...(push.message as IDataObject),
			msgId: push.msgId,
			msgType: push.msgType,
			roomId: push.roomId,
			isTest: push.isTest,
			pushTimestamp: headers['x-timestamp'] ?? null,
		},
	};
}

/** msg_ids seen per workflow and node, for the life of the n8n process: Douyin may push a message twice. */
const seenByTrigger = new Map<string, RecentIds>();

export function seenIdsOf(workflowId: string, nodeName: string): RecentIds {
	const key = `${workflowId}\n${nodeName}`;
	let seen = seenByTrigger.get(key);
	if (!seen) seenByTrigger.set(key, (seen = new RecentIds()));
	return seen;
}

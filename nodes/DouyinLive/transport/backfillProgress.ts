import type { DouyinLiveClient } from './DouyinLiveClient';
import type { MsgType } from './endpoints';
import { pushItemJson, toPushMessage } from './pushMessages';

/**
 * How far the backfill of one room and message type has been read. The backfill has no ack (reference
 * §1.5: "需要开发者自行维护补偿状态"): the list only grows while Douyin keeps it (a day), so the count
 * of pushes already emitted says where the next poll starts. Recent msg_ids guard against a list that
 * shifted under us.
 */
export interface BackfillProgress {
	pushesRead: number;
	recentMsgIds: string[];
}

export interface BackfillRead {
	/** Every message read, in order, as push items (pushItemJson). */
	messages: Array<Record<string, unknown>>;
	/** The position just after the last page read completely: exactly what `messages` covers. */
	next: BackfillProgress;
	/** Why reading stopped early; what was read before it is still in `messages` and `next`. */
	error?: unknown;
}

export interface BackfillLimits {
	/** Read at most this many pages (a test run reads one). */
	maxPages?: number;
	/** Start no new page after this time (ms since epoch): n8n abandons a poll that runs too long. */
	deadline?: number;
}

const RECENT_IDS_KEPT = 1000;

/**
 * Reads the failed pushes after `previous`, page by page. A failing page ends the read without losing
 * the pages before it: they are returned with the position after them and the error, so the caller
 * can emit them and save exactly that position.
 */
export async function pollNewFailedPushes(
	client: DouyinLiveClient,
	roomId: string,
	msgType: MsgType,
	pageSize: number,
	previous: BackfillProgress | undefined,
	limits: BackfillLimits = {},
): Promise<BackfillRead> {
	let pushesRead = previous?.pushesRead ?? 0;
	const recent = new Set(previous?.recentMsgIds ?? []);
	const messages: Array<Record<string, unknown>> = [];
	let pageNum = Math.floor(pushesRead / pageSize) + 1;
	let skip = pushesRead % pageSize;
	let error: unknown;
	for (let pagesRead = 0; ; pagesRead++) {
		if (limits.maxPages !== undefined && pagesRead >= limits.maxPages) break;
		if (pagesRead > 0 && limits.deadline !== undefined && Date.now() >= limits.deadline) break;
		let page;
		try {
			page = await client.getFailData(roomId, msgType, pageNum, pageSize);
		} catch (caught) {
			error = caught;
			break;
		}
		if (page.totalCount < pushesRead) {
			// Douyin dropped old data (one-day retention) or the list was reset: start over, ids prevent repeats.
			pushesRead = 0;
			pageNum = 1;
			skip = 0;
			continue;
		}
		for (const push of page.pushes.slice(skip)) {
			pushesRead++;
			for (const message of push.messages) {
				const item = pushItemJson(toPushMessage(message, push.msgType, push.roomId));
				const msgId = item.msgId as string;
				if (msgId && recent.has(msgId)) continue;
				if (msgId) recent.add(msgId);
				messages.push(item);
			}
		}
		if (page.pushes.length < pageSize || pushesRead >= page.totalCount) break;
		pageNum++;
		skip = 0;
	}
	return {
		messages,
		next: { pushesRead, recentMsgIds: [...recent].slice(-RECENT_IDS_KEPT) },
		...(error === undefined ? {} : { error }),
	};
}

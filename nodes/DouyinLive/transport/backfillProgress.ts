import type { DouyinLiveClient } from './DouyinLiveClient';
import type { MsgType } from './endpoints';

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

const RECENT_IDS_KEPT = 1000;

export async function pollNewFailedPushes(
	client: DouyinLiveClient,
	roomId: string,
	msgType: MsgType,
	pageSize: number,
	previous: BackfillProgress | undefined,
): Promise<{ messages: Array<Record<string, unknown>>; next: BackfillProgress }> {
	let pushesRead = previous?.pushesRead ?? 0;
	const recent = new Set(previous?.recentMsgIds ?? []);
	const messages: Array<Record<string, unknown>> = [];
	let pageNum = Math.floor(pushesRead / pageSize) + 1;
	let skip = pushesRead % pageSize;
	for (;;) {
		const page = await client.getFailData(roomId, msgType, pageNum, pageSize);
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
				const msgId = message.msg_id === undefined ? '' : String(message.msg_id);
				if (msgId && recent.has(msgId)) continue;
				if (msgId) recent.add(msgId);
				messages.push({ ...message, msgId, roomId: push.roomId, msgType: push.msgType });
			}
		}
		if (page.pushes.length < pageSize || pushesRead >= page.totalCount) break;
		pageNum++;
		skip = 0;
	}
	return { messages, next: { pushesRead, recentMsgIds: [...recent].slice(-RECENT_IDS_KEPT) } };
}

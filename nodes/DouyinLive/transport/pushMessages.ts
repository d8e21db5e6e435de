import { parseJsonLossless } from '../../shared/json';

/** One message of a push body, with the headers that describe the whole push. */
export interface PushMessage {
	msgId: string;
	msgType: string;
	roomId: string;
	/** True only for platform test data (gift field `test`). */
	isTest: boolean;
	message: Record<string, unknown>;
}

/** The msg_id of a message as an exact string ('' when Douyin sent none). */
export function msgIdOf(message: Record<string, unknown>): string {
	return message.msg_id === undefined || message.msg_id === null ? '' : String(message.msg_id);
}

/** A message read from anywhere (a live push or the failed-data backfill) with where it came from. */
export function toPushMessage(
	message: Record<string, unknown>,
	msgType: string,
	roomId: string,
): PushMessage {
	return { msgId: msgIdOf(message), msgType, roomId, isTest: message.test === true, message };
}

/**
 * The one item shape of a pushed message, wherever it appears (Douyin Live Trigger, Failed Data
 * Trigger, Failed Data › Get Many): Douyin's own fields as sent (msg_id, sec_openid, ...) plus
 * `msgId`, `msgType`, `roomId`, `isTest` and `pushTimestamp` (the push's x-timestamp; null for a
 * message recovered from the backfill, which has none). Ack Report's default `{{ $json.msgId }}`
 * reads every one of them.
 */
export function pushItemJson(
	push: PushMessage,
	pushTimestamp: string | null = null,
): Record<string, unknown> {
	return {
		...push.message,
		msgId: push.msgId,
		msgType: push.msgType,
		roomId: push.roomId,
		isTest: push.isTest,
		pushTimestamp,
	};
}

/**
 * Splits a push body (a JSON array of messages, reference §2.4) into messages. Numbers above 2^53 stay
 * exact strings. Anything that is not an array of objects is refused: a push we cannot read is an error
 * for the sender, not an empty success.
 */
export function parsePushBody(
	rawBody: Buffer | string,
	msgType: string,
	roomId: string,
): PushMessage[] {
	const text = typeof rawBody === 'string' ? rawBody : rawBody.toString('utf8');
	const parsed = parseJsonLossless<unknown>(text);
	const list = Array.isArray(parsed) ? parsed : [parsed];
	return list.map((entry) => {
		if (!entry || typeof entry !== 'object' || Array.isArray(entry))
			throw new SyntaxError('push message is not an object');
		return toPushMessage(entry as Record<string, unknown>, msgType, roomId);
	});
}

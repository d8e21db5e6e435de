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

/**
 * Splits a push body (a JSON array of messages, reference §2.4) into messages. Numbers above 2^53 stay
 * exact strings. Anything that is not an array of objects is refused: a push we cannot read is an error
 * for the sender, not an empty success.
 */
export function parsePushBody(rawBody: Buffer | string, msgType: string, roomId: string): PushMessage[] {
	const text = typeof rawBody === 'string' ? rawBody : rawBody.toString('utf8');
	const parsed = parseJsonLossless<unknown>(text);
	const list = Array.isArray(parsed) ? parsed : [parsed];
	return list.map((entry) => {
		if (!entry || typeof entry !== 'object' || Array.isArray(entry)) throw new SyntaxError('push message is not an object');
		const message = entry as Record<string, unknown>;
		return {
			msgId: message.msg_id === undefined ? '' : String(message.msg_id),
			msgType,
			roomId,
			isTest: message.test === true,
			message,
		};
	});
}

/** Remembers recently seen msg_ids, bounded, because Douyin may push the same message twice (reference §2.1). */
export class RecentIds {
	private readonly seen = new Set<string>();

	constructor(private readonly capacity = 20_000) {}

	/** Returns true the first time an id is offered, false for a repeat. Empty ids are never deduplicated. */
	add(id: string): boolean {
		if (!id) return true;
		if (this.seen.has(id)) return false;
		this.seen.add(id);
		if (this.seen.size > this.capacity) {
			const oldest = this.seen.values().next().value as string;
			this.seen.delete(oldest);
		}
		return true;
	}
}

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

/**
 * Pushes live room messages to a callback URL the way Douyin does (reference §2): POST, a JSON array
 * body, x-nonce-str / x-timestamp (ms) / x-roomid / x-msg-type headers and the x-signature over them.
 */
import { randomBytes } from 'node:crypto';

import { signPush } from '../../../nodes/DouyinLive/transport/pushSignature';

export interface PushOptions {
	url: string;
	roomId: string;
	msgType: string;
	messages: unknown[];
	secret: string;
	/** Replace the computed signature (forgeries), or omit it with null. */
	signature?: string | null;
	/** Send this exact body instead of JSON of `messages`. */
	rawBody?: string;
}

export async function pushToCallback(
	options: PushOptions,
): Promise<{ status: number; text: string }> {
	const body = options.rawBody ?? JSON.stringify(options.messages);
	const headers: Record<string, string> = {
		'content-type': 'application/json',
		'x-nonce-str': randomBytes(8).toString('hex'),
		'x-timestamp': String(Date.now()),
		'x-roomid': options.roomId,
		'x-msg-type': options.msgType,
	};
	const signature =
		options.signature === undefined ? signPush(headers, body, options.secret) : options.signature;
	if (signature !== null) headers['x-signature'] = signature;
	const response = await fetch(options.url, { method: 'POST', headers, body });
	return { status: response.status, text: await response.text() };
}

let counter = 0;

/** A comment as Douyin pushes it. */
export function comment(content: string, overrides: Record<string, unknown> = {}) {
	return {
		msg_id: `c${Date.now()}${++counter}`,
		sec_openid: `viewer-${counter}`,
		content,
		avatar_url: 'https://example.invalid/v.png',
		nickname: `观众${counter}`,
		timestamp: Date.now(),
		...overrides,
	};
}

/** A gift as Douyin pushes it. */
export function gift(giftNum: number, overrides: Record<string, unknown> = {}) {
	return {
		msg_id: `g${Date.now()}${++counter}`,
		sec_openid: `viewer-${counter}`,
		sec_gift_id: 'n1/Dg1905sj1FyoBlQBvmbaDZFBNaKuKZH6zxHkv8Lg5x2cRfrKUTb8gzMs=',
		gift_num: giftNum,
		gift_value: giftNum * 100,
		avatar_url: 'https://example.invalid/v.png',
		nickname: `观众${counter}`,
		timestamp: Date.now(),
		...overrides,
	};
}

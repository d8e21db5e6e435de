import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Douyin's push signature (reference §2.3): the x-* headers other than x-signature, sorted by name and
 * joined as k=v&k=v, then the raw body and the data secret appended with no separator; MD5 of that, and
 * Base64 of the 16 raw digest bytes (Base64 of the hex string is a common, wrong variant).
 */

export const SIGNED_HEADERS = ['x-msg-type', 'x-nonce-str', 'x-roomid', 'x-timestamp'] as const;

export type PushHeaders = Partial<Record<(typeof SIGNED_HEADERS)[number], string>>;

export function signPush(headers: PushHeaders, rawBody: Buffer | string, secret: string): string {
	const prefix = [...SIGNED_HEADERS]
		.sort()
		.map((name) => `${name}=${headers[name] ?? ''}`)
		.join('&');
	const hash = createHash('md5');
	hash.update(prefix, 'utf8');
	hash.update(typeof rawBody === 'string' ? Buffer.from(rawBody, 'utf8') : rawBody);
	hash.update(secret, 'utf8');
	return hash.digest('base64');
}

/** Constant-time comparison against any of the given secrets (one per message type, or one for all). */
export function verifyPush(
	headers: PushHeaders,
	rawBody: Buffer | string,
	signature: string | undefined,
	secrets: string[],
): boolean {
	if (!signature) return false;
	const given = Buffer.from(signature, 'utf8');
	for (const secret of secrets) {
		if (!secret) continue;
		const expected = Buffer.from(signPush(headers, rawBody, secret), 'utf8');
		if (expected.length === given.length && timingSafeEqual(expected, given)) return true;
	}
	return false;
}

import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Douyin Open Platform webhook signature (reference §5.1): X-Douyin-Signature is the lowercase hex SHA-1
 * of client_secret followed by the raw request body, no separator. It must be computed over the bytes as
 * received: re-serialised JSON differs in spacing, key order and escapes, and would never match.
 */
export const SIGNATURE_HEADER = 'x-douyin-signature';
export const MSG_ID_HEADER = 'msg-id';

export function signWebhook(clientSecret: string, rawBody: Buffer | string): string {
	const hash = createHash('sha1');
	hash.update(clientSecret, 'utf8');
	hash.update(typeof rawBody === 'string' ? Buffer.from(rawBody, 'utf8') : rawBody);
	return hash.digest('hex');
}

/** Constant-time check; the header is compared case-insensitively (SKIT does the same). */
export function verifyWebhookSignature(
	clientSecret: string,
	rawBody: Buffer | string,
	signature: string | undefined,
): boolean {
	if (!clientSecret || !signature) return false;
	const given = Buffer.from(signature.trim().toLowerCase(), 'utf8');
	const expected = Buffer.from(signWebhook(clientSecret, rawBody), 'utf8');
	return given.length === expected.length && timingSafeEqual(given, expected);
}

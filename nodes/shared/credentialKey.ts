import { createHash } from 'node:crypto';

/**
 * The key of a process-wide cache entry (a token, a session) that only the holder of the right may use:
 * a SHA-256 over everything that proves the right (base URL, app id, secret, password, refresh token...),
 * so a second credential with the same id but another secret never meets the first one's entry, and the
 * key itself reveals no secret. Each part is length-prefixed, so ("ab", "c") and ("a", "bc") differ.
 */
export function credentialKey(scope: string, ...parts: Array<string | undefined>): string {
	const hash = createHash('sha256');
	for (const part of [scope, ...parts]) {
		const text = part ?? '';
		hash.update(`${Buffer.byteLength(text)}:${text}\n`);
	}
	return `${scope}:${hash.digest('hex')}`;
}

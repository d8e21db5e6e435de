import { createHash } from 'node:crypto';

import { SingleFlightCache } from '../../shared/singleFlightCache';

export interface CachedAccessToken {
	accessToken: string;
	/** When Douyin says the token expires (ms since epoch); another fetch of the app can cut it to 5 minutes. */
	expiresAt: number;
	/** When this process fetches a new one on its own (ms since epoch): an hour, as Douyin advises. */
	refreshAfter: number;
}

/**
 * One token cache for the whole n8n process: every workflow, item and node of one app shares a token,
 * because each fresh token cuts the previous one's life to 5 minutes (reference §1.1).
 */
export const douyinLiveTokenCache = new SingleFlightCache<CachedAccessToken>();

/**
 * A cached token belongs to whoever proves the right to it: the key is a hash of token URL, App ID and
 * App Secret, so a credential with the same App ID and another secret fetches (and fails) on its own.
 * The secret itself is never kept as a key.
 */
export function tokenCacheKey(tokenBaseUrl: string, appId: string, appSecret: string): string {
	return createHash('sha256')
		.update(JSON.stringify([tokenBaseUrl, appId, appSecret]))
		.digest('base64url');
}

import { credentialKey } from '../../shared/credentialKey';
import { SingleFlightCache } from '../../shared/singleFlightCache';

/**
 * The user token of each credential, for the whole n8n process.
 *
 * Community nodes cannot write to their credential, so a refreshed access token lives here instead: every
 * workflow, item and node using the same credential shares it, and concurrent "token expired" answers
 * trigger a single refresh. After a restart the node starts again from the tokens stored in the credential
 * and refreshes with the stored refresh token, which stays valid for its 30 days because Douyin's refresh
 * does not extend it.
 */
export interface UserToken {
	accessToken: string;
	refreshToken: string;
	openId: string;
}

export const douyinOpenTokenCache = new SingleFlightCache<UserToken>();

/** The newest token known per key, kept after the cache entry is dropped so the next refresh can use its refresh token. */
export const latestTokens = new Map<string, UserToken>();

/**
 * The key is a hash of everything that proves the right to the token (reference: issue 9.1): base URL,
 * Client Key, Client Secret and the stored tokens. A credential with the same Client Key but another
 * secret never gets this credential's refreshed token; editing the credential (a new authorization)
 * starts from the new tokens instead of an older refreshed one. No secret is readable from the key.
 */
export function tokenCacheKey(
	baseUrl: string,
	clientKey: string,
	clientSecret: string,
	stored: { accessToken?: string; refreshToken?: string; openId?: string },
): string {
	return credentialKey(
		'douyinOpen.userToken',
		baseUrl,
		clientKey,
		clientSecret,
		stored.accessToken,
		stored.refreshToken,
		stored.openId,
	);
}

/** Forgets every token (tests, and a credential test that must see the stored tokens). */
export function clearDouyinOpenTokens(): void {
	douyinOpenTokenCache.clear();
	latestTokens.clear();
}

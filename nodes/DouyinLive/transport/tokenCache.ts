import { SingleFlightCache } from '../../shared/singleFlightCache';

/**
 * One token cache for the whole n8n process, keyed by token host and App ID: every workflow, item and
 * node of one app shares a token, because each fresh token cuts the previous one's life to 5 minutes.
 */
export const douyinLiveTokenCache = new SingleFlightCache<string>();

export function tokenCacheKey(tokenBaseUrl: string, appId: string): string {
	return `${tokenBaseUrl}\n${appId}`;
}

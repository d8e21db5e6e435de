import { credentialKey } from '../../shared/credentialKey';
import { SingleFlightCache } from '../../shared/singleFlightCache';

/** A logged-in user: the token the server issued and the user id it answered with. */
export interface Session {
	token: string;
	userId?: string;
}

/**
 * One login per server, user and password for the whole n8n process: every item, execution and node that
 * uses the same credential shares the token until the server refuses it (tokens of this API are long-lived).
 * Concurrent first calls share one login.
 */
export const simpleDouyinSessions = new SingleFlightCache<Session>();

/** The user id behind each fixed token, learned once from GET /douyin/user/ (which answers with the token's owner). */
export const fixedTokenOwners = new SingleFlightCache<string>();

/**
 * Keyed by a hash of server, user and password together: a credential with the same username and another
 * password never gets this session (it logs in itself, and fails if the password is wrong).
 */
export function sessionKey(baseUrl: string, username: string, password: string): string {
	return credentialKey('simpleDouyin.session', baseUrl, username, password);
}

/** Keyed by a hash of server and token: only the holder of the token learns whose it is. */
export function fixedTokenKey(baseUrl: string, token: string): string {
	return credentialKey('simpleDouyin.token', baseUrl, token);
}

/** Forgets every session and learned token owner (tests). */
export function clearSimpleDouyinSessions(): void {
	simpleDouyinSessions.clear();
	fixedTokenOwners.clear();
}

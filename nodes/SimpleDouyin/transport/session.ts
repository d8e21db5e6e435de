import { createHash } from 'node:crypto';

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

/** The password is part of the key (hashed), so a corrected password never reuses a token of the old one. */
export function sessionKey(baseUrl: string, username: string, password: string): string {
	const passwordHash = createHash('sha256').update(password).digest('hex').slice(0, 16);
	return `${baseUrl}\n${username}\n${passwordHash}`;
}

import { randomBytes } from 'node:crypto';

/** Production hosts (reference §0); both can be overridden in the credential for Douyin Cloud or tests. */
export const DEFAULT_TOKEN_BASE_URL = 'https://developer.toutiao.com';
export const DEFAULT_WEBCAST_BASE_URL = 'https://webcast.bytedance.com';

export const PATHS = {
	// eslint-disable-next-line @n8n/community-nodes/no-hardcoded-secrets -- a URL path, not a secret
	token: '/api/apps/v2/token',
	taskStart: '/api/live_data/task/start',
	taskStop: '/api/live_data/task/stop',
	taskStatus: '/api/live_data/task/get',
	failData: '/api/live_data/task/fail_data/get',
	roomInfo: '/api/webcastmate/info',
	topGift: '/api/gift/top_gift',
	fansClub: '/api/live_data/fans_club/get_info',
	ack: '/api/live_data/ack',
} as const;

export const MSG_TYPES = ['live_comment', 'live_gift', 'live_like', 'live_fansclub'] as const;
export type MsgType = (typeof MSG_TYPES)[number];

/** Only gift and fans-club pushes can be recovered from the backfill (reference §1.5). */
export const BACKFILL_MSG_TYPES = ['live_gift', 'live_fansclub'] as const;

/** Douyin allows 10 calls per second per app on every live_data endpoint. */
export const CALLS_PER_SECOND_PER_APP = 10;

/** Backfill pages hold at most 100 items. */
export const MAX_FAIL_DATA_PAGE_SIZE = 100;

/** fans_club/get_info takes at most 10 user open ids per call. */
export const MAX_FANS_CLUB_USERS = 10;

/** A token is valid 2 h; Douyin advises refreshing hourly, and a new one cuts the old one to 5 min. */
export const TOKEN_REUSE_MS = 60 * 60 * 1000;

/**
 * Sent with every request. The process id and a per-load tag let a server's log tell n8n processes apart
 * (in queue mode each process fetches its own token, and each fetch cuts the others' to 5 minutes).
 */
export const USER_AGENT = `n8n-nodes-bytedance (pid ${process.pid}; ${randomBytes(3).toString('hex')})`;

/**
 * Hosts, paths and the fixed query parameters the public clients send (reference §1.2–§1.5). Every base URL
 * can be overridden (credential "advanced" fields), so tests and self-hosted relays can stand in for TikTok.
 */

export const DEFAULT_WEB_BASE_URL = 'https://www.tiktok.com';
export const DEFAULT_WEBCAST_BASE_URL = 'https://webcast.tiktok.com';
/** Euler Stream, the sign server the public clients use (reference §1.4). */
export const DEFAULT_SIGN_SERVER_URL = 'https://tiktok.eulerstream.com';

export const WEB_SERVICE = 'TikTok';
export const WEBCAST_SERVICE = 'TikTok WebCast';
export const SIGN_SERVICE = 'TikTok sign server';

export const PATHS = {
	liveHtml: (uniqueId: string) => `/@${encodeURIComponent(uniqueId)}/live`,
	userRoomApi: '/api-live/user/room/',
	roomInfo: '/webcast/room/info/',
	checkAlive: '/webcast/room/check_alive/',
	giftList: '/webcast/gift/list/',
	priceList: '/webcast/diamond/',
	feed: '/webcast/feed/',
	imFetch: '/webcast/im/fetch/',
	signFetch: '/webcast/fetch',
	signConnect: (roomId: string) => `/webcast/rooms/${encodeURIComponent(roomId)}/connect`,
	signRateLimits: '/webcast/rate_limits',
} as const;

/** A desktop Chrome: the sign server signs for this user agent and the WebSocket must present the same one (§1.5). */
export const DEFAULT_USER_AGENT =
	'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

/** `user.status == 4` / `liveRoom.status == 4` / room `data.status == 4` mean offline or ended (§1.1, §1.3). */
export const STATUS_OFFLINE = 4;

/** ControlMessage.action 3 = stream ended, 4 = suspended by a moderator (§1.7). */
export const STREAM_END_ACTIONS = new Set([3, 4]);

/** TikTok's IDC cookie; the public clients always send it (§1.2). */
export const IDC_COOKIE = 'tt-target-idc=useast1a';

/** Feed channel the web client lists recommended lives from (gotiktoklive, §1.3). */
export const FEED_CHANNEL_ID = '86';

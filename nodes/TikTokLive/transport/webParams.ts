/**
 * The query parameters and headers TikTok's web client sends, as tiktok-live-connector 2.x and TikTokLive 7
 * send them (reference §1.2 and §1.5). TikTok answers `params_error` when they are missing.
 */
import { DEFAULT_USER_AGENT } from './endpoints';

export type Params = Record<string, string>;

function browserVersion(userAgent: string): string {
	return userAgent.replace(/^Mozilla\//, '');
}

/** A random device id in [10^19, 10^20), fresh per client (TL7 `web_base.py`). */
export function randomDeviceId(random: () => number = Math.random): string {
	let digits = String(1 + Math.floor(random() * 9));
	for (let i = 0; i < 19; i++) digits += String(Math.floor(random() * 10));
	return digits;
}

/** Base query of every www.tiktok.com / webcast.tiktok.com request (§1.2, TLC2 `web/defaults.ts`). */
export function baseWebParams(
	userAgent: string = DEFAULT_USER_AGENT,
	deviceId: string = randomDeviceId(),
): Params {
	return {
		aid: '1988',
		app_language: 'en-US',
		app_name: 'tiktok_web',
		browser_language: 'en-US',
		browser_name: 'Mozilla',
		browser_online: 'true',
		browser_platform: 'Win32',
		browser_version: browserVersion(userAgent),
		cookie_enabled: 'true',
		device_platform: 'web_pc',
		focus_state: 'true',
		from_page: 'user',
		history_len: '10',
		is_fullscreen: 'false',
		is_page_visible: 'true',
		screen_height: '1080',
		screen_width: '1920',
		tz_name: 'Etc/UTC',
		referer: 'https://www.tiktok.com/',
		root_referer: 'https://www.tiktok.com/',
		channel: 'tiktok_web',
		data_collection_enabled: 'true',
		os: 'windows',
		priority_region: '',
		region: 'US',
		user_is_login: 'false',
		webcast_language: 'en',
		device_id: deviceId,
	};
}

/** Headers of the web requests (§1.2). The Cookie header is added by the caller. */
export function baseWebHeaders(userAgent: string = DEFAULT_USER_AGENT): Record<string, string> {
	return {
		'user-agent': userAgent,
		accept: 'text/html,application/json,application/protobuf',
		referer: 'https://www.tiktok.com/',
		origin: 'https://www.tiktok.com',
		'accept-language': 'en-US,en;q=0.9',
		'cache-control': 'max-age=0',
		'sec-fetch-site': 'same-site',
		'sec-fetch-mode': 'cors',
		'sec-fetch-dest': 'empty',
		'sec-fetch-ua-mobile': '?0',
	};
}

/** DEFAULT_WS_CLIENT_PARAMS of TLC2 `ws/defaults.ts` (§1.5). */
export function baseWsParams(
	userAgent: string = DEFAULT_USER_AGENT,
	random: () => number = Math.random,
): Params {
	return {
		version_code: '180800',
		aid: '1988',
		app_language: 'en-US',
		app_name: 'tiktok_web',
		browser_platform: 'Win32',
		browser_language: 'en-US',
		browser_name: 'Mozilla',
		browser_version: browserVersion(userAgent),
		browser_online: 'true',
		cookie_enabled: 'true',
		tz_name: 'Etc/UTC',
		device_platform: 'web',
		identity: 'audience',
		live_id: '12',
		webcast_language: 'en',
		ws_direct: '0',
		sup_ws_ds_opt: '1',
		update_version_code: '2.0.0',
		did_rule: '3',
		screen_height: '1080',
		screen_width: '1920',
		heartbeat_duration: '0',
		resp_content_type: 'protobuf',
		history_comment_count: '6',
		client_enter: '1',
		last_rtt: String(100 + Math.floor(random() * 100)),
	};
}

export interface WsUrlParts {
	pushServer: string;
	roomId: string;
	cursor?: string;
	internalExt?: string;
	routeParams?: Record<string, string>;
	userAgent?: string;
}

/**
 * pushServer + "?" + client params, compress=gzip, room_id, cursor and internal_ext (so a reconnect resumes
 * where the last socket stopped), the non-empty route params from the fetch, then the literal extra
 * `&version_code=270000` ("the URL has an EXTRA version_code on prod", TL7; §1.5).
 */
export function buildWebSocketUrl(parts: WsUrlParts): string {
	const query = new URLSearchParams(baseWsParams(parts.userAgent));
	query.set('compress', 'gzip');
	query.set('room_id', parts.roomId);
	if (parts.cursor) query.set('cursor', parts.cursor);
	if (parts.internalExt) query.set('internal_ext', parts.internalExt);
	for (const [key, value] of Object.entries(parts.routeParams ?? {}))
		if (value) query.set(key, value);
	const separator = parts.pushServer.includes('?') ? '&' : '?';
	return `${parts.pushServer}${separator}${query.toString()}&version_code=270000`;
}

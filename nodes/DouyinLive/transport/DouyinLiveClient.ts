import { ApiError, redactingCall, redactingErrors } from '../../shared/errors';
import { backoffDelayMs, sleep } from '../../shared/backoff';
import {
	httpRequest,
	isRetryableNetworkCode,
	joinUrl,
	parseJsonResponse,
	retryAfterMsOf,
	type HttpContext,
	type HttpResponse,
} from '../../shared/http';
import { idToString, parseJsonLossless } from '../../shared/json';
import { RateLimiter } from '../../shared/rateLimiter';
import {
	CALLS_PER_SECOND_PER_APP,
	DEFAULT_TOKEN_BASE_URL,
	DEFAULT_WEBCAST_BASE_URL,
	MAX_FANS_CLUB_USERS,
	MAX_FAIL_DATA_PAGE_SIZE,
	PATHS,
	TOKEN_REUSE_MS,
	USER_AGENT,
	type MsgType,
} from './endpoints';
import {
	RATE_LIMITED_CODES,
	SERVICE,
	TOKEN_REJECTED_CODES,
	unwrapErrcodeEnvelope,
	unwrapLiveDataEnvelope,
	unwrapTokenEnvelope,
} from './envelopes';
import { douyinLiveTokenCache, tokenCacheKey, type CachedAccessToken } from './tokenCache';

export interface DouyinLiveCredentials {
	appId: string;
	appSecret: string;
	tokenBaseUrl?: string;
	webcastBaseUrl?: string;
}

export interface DouyinLiveClientOptions {
	timeoutMs?: number;
}

export const TASK_STATUS_NAMES: Record<number, string> = {
	1: 'notFound',
	2: 'notStarted',
	3: 'running',
};

export interface TaskStatus {
	status: number;
	/** notFound, notStarted, running, or unknown for values Douyin has not documented. */
	statusName: string;
	/** Only status 3 is a healthy task; every other value, known or not, is "not running". */
	running: boolean;
}

export interface FailedPush {
	roomId: string;
	msgType: string;
	/** The messages of the push that failed, parsed from Douyin's `payload` string. */
	messages: Array<Record<string, unknown>>;
}

export interface FailDataPage {
	pageNum: number;
	totalCount: number;
	pushes: FailedPush[];
}

/** Room info in the node's one naming style (camelCase), whatever Douyin adds to it. */
export interface RoomInfo {
	roomId: string;
	anchorOpenId?: string;
	nickName?: string;
	avatarUrl?: string;
	[key: string]: unknown;
}

export interface AckMessage {
	msgId: string;
	msgType: string;
	/** Milliseconds since epoch when the message was received or processed. */
	clientTime: number;
}

/** Each app gets 10 calls per second; this limiter holds this process to it (other processes: see 40007). */
const appRateLimiter = new RateLimiter(CALLS_PER_SECOND_PER_APP);

/** Retries of an idempotent call after a 5xx or a network failure. */
const TRANSIENT_RETRIES = 2;
/**
 * Retries after 40007/40018/429. Several n8n processes (queue mode) share one app's 10 calls/s and none
 * sees the others' limiter, so a refused call waits and tries again: enough attempts for a busy minute.
 */
const RATE_LIMIT_RETRIES = 10;
const MAX_RETRY_AFTER_MS = 60_000;

/**
 * How long to wait after Douyin refused a call for the rate: what the server asked (Retry-After), else a
 * jittered, growing multiple of the 1 s window (1–2 s, 2–4 s, then 4–8 s), so that processes which
 * cannot see each other's limiter spread out instead of retrying in step.
 */
export function rateLimitDelayMs(
	attempt: number,
	retryAfterMs?: number,
	random: () => number = Math.random,
): number {
	// A hostile or broken Retry-After must not park the execution for hours.
	if (retryAfterMs !== undefined)
		return Math.min(retryAfterMs, MAX_RETRY_AFTER_MS) + Math.round(random() * 500);
	return backoffDelayMs(attempt, 2000, 8000, random);
}

interface WebcastCall {
	method: 'GET' | 'POST';
	path: string;
	query?: Record<string, string | number>;
	json?: unknown;
	/**
	 * Whether a call that may have reached Douyin can be sent again: the reference (§1.2) calls task
	 * start/stop/status and the backfill idempotent; an ack or a gift pin would be recorded twice.
	 * A call Douyin refused (40007, 429, a rejected token) had no effect and is always retried.
	 */
	idempotent: boolean;
	/** Send the query parameters as request headers too: SKIT's server reads them there (reference §1.4). */
	paramsAsHeaders?: boolean;
}

export interface DouyinLiveClientOptions {
	timeoutMs?: number;
}

/**
 * The Douyin live interactive game server API (reference §1). Free of n8n types: usable from any Node
 * script. Every webcast call takes the cached app token, queues behind the per-app rate limit (every
 * attempt, retries included), and on a rejected token refreshes it once and retries. Whatever it throws
 * has passed the shared redaction with the App Secret and every token of that call.
 */
export class DouyinLiveClient {
	private readonly tokenBaseUrl: string;
	private readonly webcastBaseUrl: string;
	private readonly timeoutMs?: number;
	private readonly tokenKey: string;

	constructor(
		private readonly credentials: DouyinLiveCredentials,
		options: DouyinLiveClientOptions = {},
	) {
		if (!credentials.appId)
			throw new ApiError({
				service: SERVICE,
				code: 'NO_APP_ID',
				message: 'The credential has no App ID',
				hint: 'Enter the App ID of the game in the credential.',
			});
		this.tokenBaseUrl = credentials.tokenBaseUrl?.trim() || DEFAULT_TOKEN_BASE_URL;
		this.webcastBaseUrl = credentials.webcastBaseUrl?.trim() || DEFAULT_WEBCAST_BASE_URL;
		this.timeoutMs = options.timeoutMs;
		this.tokenKey = tokenCacheKey(this.tokenBaseUrl, credentials.appId, credentials.appSecret);
	}

	get appId(): string {
		return this.credentials.appId;
	}

	/** Fetches a brand-new token, bypassing the cache (the credential test and "Get" with force refresh use it). */
	async fetchAccessToken(): Promise<{ accessToken: string; expiresIn: number }> {
		const secrets: Array<string | undefined> = [this.credentials.appSecret];
		return redactingErrors(secrets, async () => {
			const ctx: HttpContext = { service: SERVICE, secrets };
			const response = await httpRequest(
				{
					method: 'POST',
					url: joinUrl(this.tokenBaseUrl, PATHS.token),
					json: {
						appid: this.credentials.appId,
						secret: this.credentials.appSecret,
						grant_type: 'client_credential',
					},
					headers: { 'user-agent': USER_AGENT },
					timeoutMs: this.timeoutMs,
				},
				ctx,
			);
			const data = unwrapTokenEnvelope(parseJsonResponse(response, ctx), response.status);
			const accessToken = typeof data.access_token === 'string' ? data.access_token : '';
			if (!accessToken) {
				throw new ApiError({
					service: SERVICE,
					code: 'NO_TOKEN',
					httpStatus: response.status,
					message: 'The token endpoint answered without an access_token',
					hint: 'Check the token base URL in the credential.',
				});
			}
			return { accessToken, expiresIn: Number(data.expires_in ?? 7200) };
		});
	}

	/** The process-wide cached token of this credential, fetched at most once at a time and reused for up to an hour. */
	async getAccessToken(): Promise<string> {
		return (await this.cachedToken()).accessToken;
	}

	/** The cached token with its expiry (Access Token › Get, the credential test); `reused` when no fetch was needed. */
	async getAccessTokenInfo(
		options: { forceRefresh?: boolean } = {},
	): Promise<CachedAccessToken & { reused: boolean }> {
		if (options.forceRefresh) douyinLiveTokenCache.invalidate(this.tokenKey);
		let fetched = false;
		const token = await this.cachedToken(() => (fetched = true));
		return { ...token, reused: !fetched };
	}

	/** Drops the cached token and fetches a new one. */
	async refreshAccessToken(): Promise<string> {
		douyinLiveTokenCache.invalidate(this.tokenKey);
		return this.getAccessToken();
	}

	private async cachedToken(onFetch?: () => void): Promise<CachedAccessToken> {
		return douyinLiveTokenCache.get(this.tokenKey, async () => {
			onFetch?.();
			const fetchedAt = Date.now();
			const { accessToken, expiresIn } = await this.fetchAccessToken();
			// Refresh a few minutes before Douyin's own expiry when it is shorter than an hour.
			const lifetimeMs = Math.min(TOKEN_REUSE_MS, Math.max(0, expiresIn * 1000 - 5 * 60 * 1000));
			const refreshAfter = fetchedAt + lifetimeMs;
			const value = { accessToken, expiresAt: fetchedAt + expiresIn * 1000, refreshAfter };
			return { value, freshUntil: refreshAfter };
		});
	}
	async startTask(roomId: string, msgType: MsgType): Promise<{ taskId: string; logId?: string }> {
		const { data, logId } = await this.liveData({
			method: 'POST',
			path: PATHS.taskStart,
			json: { roomid: roomId, appid: this.appId, msg_type: msgType },
			idempotent: true,
		});
		return { taskId: idToString(data.task_id) ?? '', logId };
	}

	async stopTask(roomId: string, msgType: MsgType): Promise<{ logId?: string }> {
		const { logId } = await this.liveData({
			method: 'POST',
			path: PATHS.taskStop,
			json: { roomid: roomId, appid: this.appId, msg_type: msgType },
			idempotent: true,
		});
		return { logId };
	}

	async getTaskStatus(roomId: string, msgType: MsgType): Promise<TaskStatus & { logId?: string }> {
		const { data, logId } = await this.liveData({
			method: 'GET',
			path: PATHS.taskStatus,
			query: { roomid: roomId, appid: this.appId, msg_type: msgType },
			idempotent: true,
			paramsAsHeaders: true,
		});
		const status = Number(data.status);
		return {
			status,
			statusName: TASK_STATUS_NAMES[status] ?? 'unknown',
			running: status === 3,
			logId,
		};
	}

	async getFailData(
		roomId: string,
		msgType: MsgType,
		pageNum: number,
		pageSize: number,
	): Promise<FailDataPage> {
		if (!Number.isInteger(pageNum) || pageNum < 1)
			throw new ApiError({
				service: SERVICE,
				code: 'INVALID_PAGE',
				message: `Page must be a whole number from 1, got ${pageNum}`,
				hint: 'Douyin numbers backfill pages from 1.',
			});
		if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_FAIL_DATA_PAGE_SIZE) {
			throw new ApiError({
				service: SERVICE,
				code: 'INVALID_PAGE_SIZE',
				message: `Page Size must be 1 to ${MAX_FAIL_DATA_PAGE_SIZE}, got ${pageSize}`,
				hint: 'Douyin returns at most 100 items a page.',
			});
		}
		const { data } = await this.liveData({
			method: 'GET',
			path: PATHS.failData,
			query: {
				roomid: roomId,
				appid: this.appId,
				msg_type: msgType,
				page_num: pageNum,
				page_size: pageSize,
			},
			idempotent: true,
			paramsAsHeaders: true,
		});
		const list = Array.isArray(data.data_list)
			? (data.data_list as Array<Record<string, unknown>>)
			: [];
		return {
			pageNum: Number(data.page_num ?? pageNum),
			totalCount: Number(data.total_count ?? 0),
			pushes: list.map((entry) => ({
				roomId: idToString(entry.roomid) ?? roomId,
				msgType: String(entry.msg_type ?? msgType),
				messages: parsePayload(entry.payload),
			})),
		};
	}

	/** Room info for the companion (直播伴侣) token the game client received; valid 30 minutes. */
	async getRoomInfo(companionToken: string): Promise<RoomInfo> {
		// A read with no effect, but the reference does not call it idempotent: no blind resend.
		const data = await this.errcode(
			{ path: PATHS.roomInfo, json: { token: companionToken }, idempotent: false },
			[companionToken],
		);
		// Documented under data.info; one documented example has the fields directly under data.
		const info = (
			data.info && typeof data.info === 'object'
				? data.info
				: data.room_id !== undefined
					? data
					: {}
		) as Record<string, unknown>;
		const roomId = idToString(info.room_id);
		if (!roomId || roomId === '0') {
			throw new ApiError({
				service: SERVICE,
				code: 'NO_ROOM',
				message: 'Douyin returned no room for this companion token',
				hint: 'The token is valid for 30 minutes after the anchor launches the game; get a fresh one.',
			});
		}
		// ack_cfg and linker_info are reserved for Douyin's SDK; they sit beside info in the documented shape.
		const { room_id: _roomId, ack_cfg: _ackCfg, linker_info: _linkerInfo, ...fields } = info;
		const result: RoomInfo = { roomId };
		for (const [key, value] of Object.entries(fields)) result[camelCase(key)] = value;
		return result;
	}

	/** Legacy: Douyin took top_gift offline in 2024 (reference §1.7); kept for apps that still have it. */
	async pinGifts(roomId: string, secGiftIds: string[]): Promise<{ successTopGiftIds: string[] }> {
		const data = await this.errcode({
			path: PATHS.topGift,
			json: { room_id: roomId, app_id: this.appId, sec_gift_id_list: secGiftIds },
			idempotent: false,
		});
		const list = Array.isArray(data.success_top_gift_id_list)
			? data.success_top_gift_id_list.map(String)
			: [];
		return { successTopGiftIds: list };
	}

	async getFansClubInfo(
		roomId: string,
		anchorOpenId: string,
		userOpenIds: string[],
	): Promise<Record<string, { levelLayer?: number; participateTime?: number; isMember: boolean }>> {
		if (userOpenIds.length === 0 || userOpenIds.length > MAX_FANS_CLUB_USERS) {
			throw new ApiError({
				service: SERVICE,
				code: 'INVALID_USERS',
				message: `Give 1 to ${MAX_FANS_CLUB_USERS} user open IDs, got ${userOpenIds.length}`,
				hint: 'Douyin answers for at most 10 users per call; split the list.',
			});
		}
		const { data } = await this.liveData({
			method: 'GET',
			path: PATHS.fansClub,
			query: { roomid: roomId, anchor_openid: anchorOpenId, user_openids: userOpenIds.join(',') },
			// A GET that only reads.
			idempotent: true,
		});
		// The field really is spelled fans_club_Info (reference §1.8).
		const info = (data.fans_club_Info ?? data.fans_club_info ?? {}) as Record<
			string,
			Record<string, unknown>
		>;
		const result: Record<
			string,
			{ levelLayer?: number; participateTime?: number; isMember: boolean }
		> = {};
		for (const openId of userOpenIds) {
			const entry = info[openId] ?? {};
			const isMember = entry.level_layer !== undefined;
			result[openId] = isMember
				? {
						isMember,
						levelLayer: Number(entry.level_layer),
						participateTime: Number(entry.participate_time),
					}
				: { isMember };
		}
		return result;
	}

	/** Delivery ack: ack_type 1 = received, 2 = processed; `data` is a JSON string, not an array (reference §1.9). */
	async reportAck(
		roomId: string,
		ackType: 1 | 2,
		messages: AckMessage[],
	): Promise<{ logId?: string }> {
		const data = JSON.stringify(
			messages.map((m) => ({ msg_id: m.msgId, msg_type: m.msgType, client_time: m.clientTime })),
		);
		const { logId } = await this.liveData({
			method: 'POST',
			path: PATHS.ack,
			json: { room_id: roomId, app_id: this.appId, ack_type: ackType, data },
			// Not idempotent (reference §1.9 says nothing of it): an ack that may have arrived is not resent.
			idempotent: false,
		});
		return { logId };
	}

	private async liveData(
		call: WebcastCall,
	): Promise<{ data: Record<string, unknown>; logId?: string }> {
		return this.withToken('access-token', call, (raw, status) =>
			unwrapLiveDataEnvelope(raw, status),
		);
	}

	private async errcode(
		call: Omit<WebcastCall, 'method'>,
		extraSecrets: string[] = [],
	): Promise<Record<string, unknown>> {
		return this.withToken(
			'x-token',
			{ method: 'POST', ...call },
			(raw, status) => unwrapErrcodeEnvelope(raw, status),
			extraSecrets,
		);
	}

	/**
	 * One webcast call: every attempt takes a rate-limit slot of its own, a rejected token is refreshed
	 * once, a refusal for the rate waits and retries, a 5xx or network failure is retried only for an
	 * idempotent call. Whatever is thrown, and the answer itself, is redacted with the App Secret and every
	 * token used: the answer becomes output items.
	 */
	private async withToken<T>(
		authHeader: 'access-token' | 'x-token',
		call: WebcastCall,
		unwrap: (raw: unknown, status: number) => T,
		extraSecrets: string[] = [],
	): Promise<T> {
		const secrets: Array<string | undefined> = [this.credentials.appSecret, ...extraSecrets];
		return redactingCall(secrets, async () => {
			let refreshed = false;
			let transientRetries = 0;
			let rateLimitRetries = 0;
			for (;;) {
				const token = await this.cachedToken();
				if (!secrets.includes(token.accessToken)) secrets.push(token.accessToken);
				const ctx: HttpContext = { service: SERVICE, secrets };
				const { response, networkError } = await this.send(
					authHeader,
					call,
					token.accessToken,
					ctx,
				);
				const transientRetryAllowed = call.idempotent && transientRetries < TRANSIENT_RETRIES;
				if (!response) {
					const code = networkError instanceof ApiError ? String(networkError.code) : '';
					if (transientRetryAllowed && isRetryableNetworkCode(code)) {
						await sleep(backoffDelayMs(transientRetries++, 250, 4000));
						continue;
					}
					throw networkError;
				}
				const retryAfterMs = retryAfterMsOf(response);
				if (response.status >= 500 && transientRetryAllowed) {
					const backoff = backoffDelayMs(transientRetries++, 250, 4000);
					await sleep(Math.min(retryAfterMs ?? backoff, 30_000));
					continue;
				}
				if (response.status === 429 && rateLimitRetries < RATE_LIMIT_RETRIES) {
					await sleep(rateLimitDelayMs(rateLimitRetries++, retryAfterMs));
					continue;
				}
				try {
					return unwrap(parseJsonResponse(response, ctx), response.status);
				} catch (error) {
					const code = error instanceof ApiError ? Number(error.code) : NaN;
					if (TOKEN_REJECTED_CODES.has(code) && !refreshed) {
						refreshed = true;
						// Only if nobody refreshed it meanwhile: concurrent rejections share one new token.
						douyinLiveTokenCache.invalidate(this.tokenKey, token);
						continue;
					}
					if (RATE_LIMITED_CODES.has(code) && rateLimitRetries < RATE_LIMIT_RETRIES) {
						await sleep(rateLimitDelayMs(rateLimitRetries++, retryAfterMs));
						continue;
					}
					throw error;
				}
			}
		});
	}

	/** One attempt, holding one rate-limit slot from before it is sent until it has finished. */
	private async send(
		authHeader: 'access-token' | 'x-token',
		call: WebcastCall,
		accessToken: string,
		ctx: HttpContext,
	): Promise<{ response?: HttpResponse; networkError?: unknown }> {
		const headers: Record<string, string> = {
			[authHeader]: accessToken,
			'content-type': 'application/json',
			'user-agent': USER_AGENT,
		};
		if (call.paramsAsHeaders && call.query) {
			for (const [name, value] of Object.entries(call.query)) headers[name] = String(value);
		}
		const release = await appRateLimiter.acquire(`${this.webcastBaseUrl}\n${this.appId}`);
		try {
			const response = await httpRequest(
				{
					method: call.method,
					url: joinUrl(this.webcastBaseUrl, call.path),
					query: call.query,
					json: call.json,
					headers,
					// Retries happen in withToken, each with its own slot: the transport's would share one.
					retries: 0,
					timeoutMs: this.timeoutMs,
				},
				ctx,
			);
			return { response };
		} catch (networkError) {
			return { networkError };
		} finally {
			release();
		}
	}
}

/** room_id → roomId, join_game_user_open_id → joinGameUserOpenId: the node's one output style. */
function camelCase(key: string): string {
	return key.replace(/_([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());
}

/** Backfill payloads are the pushed JSON array, as a string, to be parsed again (reference §1.5). */
export function parsePayload(payload: unknown): Array<Record<string, unknown>> {
	if (Array.isArray(payload)) return payload as Array<Record<string, unknown>>;
	if (typeof payload !== 'string' || payload.trim() === '') return [];
	try {
		const parsed = parseJsonLossless<unknown>(payload);
		if (Array.isArray(parsed)) return parsed as Array<Record<string, unknown>>;
		return parsed && typeof parsed === 'object' ? [parsed as Record<string, unknown>] : [];
	} catch {
		// Never lose a failed push over a payload we cannot read: hand it on as text.
		return [{ rawPayload: payload }];
	}
}

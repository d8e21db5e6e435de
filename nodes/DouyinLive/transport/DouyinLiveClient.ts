import { ApiError } from '../../shared/errors';
import { backoffDelayMs, sleep } from '../../shared/backoff';
import {
	httpRequest,
	joinUrl,
	parseJsonResponse,
	type HttpContext,
	type HttpRequest,
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
import { douyinLiveTokenCache, tokenCacheKey } from './tokenCache';

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

/** Each app gets 10 calls per second across the whole process. */
const appRateLimiter = new RateLimiter(CALLS_PER_SECOND_PER_APP);
const RATE_LIMIT_RETRIES = 2;

/**
 * The Douyin live interactive game server API (reference §1). Free of n8n types: usable from any Node
 * script. Every webcast call takes the cached app token, queues behind the per-app rate limit, and on a
 * rejected token refreshes it once and retries.
 */
export class DouyinLiveClient {
	private readonly tokenBaseUrl: string;
	private readonly webcastBaseUrl: string;
	private readonly tokenRequestContext: HttpContext;
	private readonly timeoutMs?: number;

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
		this.tokenRequestContext = { service: SERVICE, secrets: [credentials.appSecret] };
		this.timeoutMs = options.timeoutMs;
	}

	get appId(): string {
		return this.credentials.appId;
	}

	/** Fetches a brand-new token, bypassing the cache (the credential test and "Get" with force refresh use it). */
	async fetchAccessToken(): Promise<{ accessToken: string; expiresIn: number }> {
		const response = await httpRequest(
			{
				method: 'POST',
				url: joinUrl(this.tokenBaseUrl, PATHS.token),
				json: {
					appid: this.credentials.appId,
					secret: this.credentials.appSecret,
					grant_type: 'client_credential',
				},
				timeoutMs: this.timeoutMs,
			},
			this.tokenRequestContext,
		);
		const data = unwrapTokenEnvelope(
			parseJsonResponse(response, this.tokenRequestContext),
			response.status,
		);
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
	}

	/** The process-wide cached token, fetched at most once at a time and reused for up to an hour. */
	async getAccessToken(): Promise<string> {
		return douyinLiveTokenCache.get(
			tokenCacheKey(this.tokenBaseUrl, this.credentials.appId),
			async () => {
				const fetchedAt = Date.now();
				const { accessToken, expiresIn } = await this.fetchAccessToken();
				// Refresh a few minutes before Douyin's own expiry when it is shorter than an hour.
				const lifetimeMs = Math.min(TOKEN_REUSE_MS, Math.max(0, expiresIn * 1000 - 5 * 60 * 1000));
				return { value: accessToken, freshUntil: fetchedAt + lifetimeMs };
			},
		);
	}

	/** Drops the cached token and fetches a new one. */
	async refreshAccessToken(): Promise<string> {
		douyinLiveTokenCache.invalidate(tokenCacheKey(this.tokenBaseUrl, this.credentials.appId));
		return this.getAccessToken();
	}

	async startTask(roomId: string, msgType: MsgType): Promise<{ taskId: string; logId?: string }> {
		const { data, logId } = await this.liveData({
			method: 'POST',
			path: PATHS.taskStart,
			json: { roomid: roomId, appid: this.appId, msg_type: msgType },
		});
		return { taskId: idToString(data.task_id) ?? '', logId };
	}

	async stopTask(roomId: string, msgType: MsgType): Promise<{ logId?: string }> {
		const { logId } = await this.liveData({
			method: 'POST',
			path: PATHS.taskStop,
			json: { roomid: roomId, appid: this.appId, msg_type: msgType },
		});
		return { logId };
	}

	async getTaskStatus(roomId: string, msgType: MsgType): Promise<TaskStatus & { logId?: string }> {
		const { data, logId } = await this.liveData({
			method: 'GET',
			path: PATHS.taskStatus,
			query: { roomid: roomId, appid: this.appId, msg_type: msgType },
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
		const data = await this.errcode({ path: PATHS.roomInfo, json: { token: companionToken } }, [
			companionToken,
		]);
		const info = (data.info ?? {}) as Record<string, unknown>;
		const roomId = idToString(info.room_id);
		if (!roomId || roomId === '0') {
			throw new ApiError({
				service: SERVICE,
				code: 'NO_ROOM',
				message: 'Douyin returned no room for this companion token',
				hint: 'The token is valid for 30 minutes after the anchor launches the game; get a fresh one.',
			});
		}
		const { room_id: _roomId, anchor_open_id, nick_name, avatar_url, ...rest } = info;
		return {
			roomId,
			anchorOpenId: anchor_open_id as string,
			nickName: nick_name as string,
			avatarUrl: avatar_url as string,
			...rest,
		};
	}

	/** Legacy: Douyin took top_gift offline in 2024 (reference §1.7); kept for apps that still have it. */
	async pinGifts(roomId: string, secGiftIds: string[]): Promise<{ successTopGiftIds: string[] }> {
		const data = await this.errcode({
			path: PATHS.topGift,
			json: { room_id: roomId, app_id: this.appId, sec_gift_id_list: secGiftIds },
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
		});
		return { logId };
	}

	private async liveData(call: {
		method: 'GET' | 'POST';
		path: string;
		query?: HttpRequest['query'];
		json?: unknown;
	}): Promise<{ data: Record<string, unknown>; logId?: string }> {
		return this.withToken('access-token', call, (raw, status) =>
			unwrapLiveDataEnvelope(raw, status),
		);
	}

	private async errcode(
		call: { path: string; json: unknown },
		extraSecrets: string[] = [],
	): Promise<Record<string, unknown>> {
		return this.withToken(
			'x-token',
			{ method: 'POST', ...call },
			(raw, status) => unwrapErrcodeEnvelope(raw, status),
			extraSecrets,
		);
	}

	private async withToken<T>(
		authHeader: 'access-token' | 'x-token',
		call: { method: 'GET' | 'POST'; path: string; query?: HttpRequest['query']; json?: unknown },
		unwrap: (raw: unknown, status: number) => T,
		extraSecrets: string[] = [],
	): Promise<T> {
		let refreshed = false;
		for (let rateLimitAttempt = 0; ;) {
			const token = await this.getAccessToken();
			const release = await appRateLimiter.acquire(`${this.webcastBaseUrl}\n${this.appId}`);
			const ctx: HttpContext = {
				service: SERVICE,
				secrets: [this.credentials.appSecret, token, ...extraSecrets],
			};
			try {
				const response = await httpRequest(
					{
						method: call.method,
						url: joinUrl(this.webcastBaseUrl, call.path),
						query: call.query,
						json: call.json,
						headers: { [authHeader]: token, 'content-type': 'application/json' },
						// Every live_data call is idempotent per (roomid, appid, msg_type) (reference §1.2).
						idempotent: true,
						timeoutMs: this.timeoutMs,
					},
					ctx,
				).finally(release);
				return unwrap(parseJsonResponse(response, ctx), response.status);
			} catch (error) {
				const code = error instanceof ApiError ? Number(error.code) : NaN;
				if (TOKEN_REJECTED_CODES.has(code) && !refreshed) {
					refreshed = true;
					douyinLiveTokenCache.invalidate(tokenCacheKey(this.tokenBaseUrl, this.appId), token);
					continue;
				}
				if (RATE_LIMITED_CODES.has(code) && rateLimitAttempt < RATE_LIMIT_RETRIES) {
					await sleep(backoffDelayMs(rateLimitAttempt++, 500, 4000));
					continue;
				}
				throw error;
			}
		}
	}
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

/**
 * TikTok's HTTP side (reference §1.1–§1.3): room id and live status of a user, room info, gifts, coin prices,
 * the recommended feed, stream URLs, and the unsigned `im/fetch` of the v1 flow. Free of n8n types.
 */
import { ApiError, redactError } from '../../shared/errors';
import {
	httpRequest,
	httpStream,
	joinUrl,
	parseJsonResponse,
	type HttpContext,
	type HttpRequest,
	type HttpResponse,
	type HttpStreamResponse,
} from '../../shared/http';
import { idToString } from '../../shared/json';
import { cookieHeader, sessionCookies } from './cookies';
import {
	DEFAULT_USER_AGENT,
	DEFAULT_WEB_BASE_URL,
	DEFAULT_WEBCAST_BASE_URL,
	FEED_CHANNEL_ID,
	PATHS,
	STATUS_OFFLINE,
	WEB_SERVICE,
	WEBCAST_SERVICE,
} from './endpoints';
import { STREAM_SERVICE, type MediaOpener } from './mediaFetch';
import { streamUrlsOf, type StreamUrls } from './streamUrls';
import { normalizeUniqueId, parseLivePage, parseUserRoomApi, type UserLiveInfo } from './userRoom';
import { baseWebHeaders, baseWebParams, randomDeviceId, type Params } from './webParams';
import { asObject, asString, unwrapWebcast, type Json } from './webcastEnvelope';

export interface TikTokLiveClientOptions {
	webBaseUrl?: string;
	webcastBaseUrl?: string;
	/** The `sessionid` cookie of a logged-in account (age-restricted rooms); never leaves for a third party. */
	sessionId?: string;
	proxyUrl?: string;
	userAgent?: string;
	timeoutMs?: number;
}

export interface RoomInfo {
	roomId: string;
	isLive: boolean;
	/** data.status: 2 live, 4 ended. */
	status?: number;
	title?: string;
	ownerUserId?: string;
	ownerUniqueId?: string;
	ownerNickname?: string;
	viewerCount?: number;
	likeCount?: number;
	totalUser?: number;
	createTime?: number;
	/** The whole `data` object, ids kept exact. */
	raw: Json;
}

export interface FeedPage {
	rooms: Json[];
	hasMore: boolean;
	/** Pass back as `maxTime` for the next page (gotiktoklive `extra.max_time`). */
	maxTime?: string;
}

function numberOrUndefined(value: unknown): number | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const n = Number(value);
	return Number.isFinite(n) ? n : undefined;
}

export class TikTokLiveClient {
	readonly webBaseUrl: string;
	readonly webcastBaseUrl: string;
	readonly userAgent: string;
	private readonly deviceId = randomDeviceId();

	constructor(private readonly options: TikTokLiveClientOptions = {}) {
		this.webBaseUrl = options.webBaseUrl || DEFAULT_WEB_BASE_URL;
		this.webcastBaseUrl = options.webcastBaseUrl || DEFAULT_WEBCAST_BASE_URL;
		this.userAgent = options.userAgent || DEFAULT_USER_AGENT;
	}

	private context(service: string): HttpContext {
		return { service, secrets: [this.options.sessionId] };
	}

	private async get(
		service: string,
		url: string,
		query: Params | undefined,
		signal?: AbortSignal,
		accept?: string,
	): Promise<HttpResponse> {
		const headers: Record<string, string> = {
			...baseWebHeaders(this.userAgent),
			cookie: cookieHeader(sessionCookies(this.options.sessionId)),
		};
		if (accept) headers.accept = accept;
		const request: HttpRequest = {
			method: 'GET',
			url,
			query,
			headers,
			proxyUrl: this.options.proxyUrl || undefined,
			timeoutMs: this.options.timeoutMs,
			signal,
		};
		return httpRequest(request, this.context(service));
	}

	private async webcastJson(
		path: string,
		query: Params,
		signal?: AbortSignal,
	): Promise<{ data: unknown; body: Json }> {
		const response = await this.get(
			WEBCAST_SERVICE,
			joinUrl(this.webcastBaseUrl, path),
			{ ...baseWebParams(this.userAgent, this.deviceId), ...query },
			signal,
		);
		try {
			return unwrapWebcast(response, this.context(WEBCAST_SERVICE));
		} catch (error) {
			// TikTok's own error text may repeat the session cookie it was sent: the shared redaction.
			throw redactError(error, [this.options.sessionId]);
		}
	}

	/** Room id and live status of a user: live page first, then the api-live route (TL7's order, §1.1). */
	async getUserLiveInfo(user: string, signal?: AbortSignal): Promise<UserLiveInfo> {
		const uniqueId = normalizeUniqueId(user);
		if (!uniqueId)
			throw new ApiError({
				service: WEB_SERVICE,
				code: 'USER_EMPTY',
				message: 'The TikTok username is empty',
			});
		try {
			// TL7 fetches the page without the base query parameters (§1.1 A).
			const page = await this.get(
				WEB_SERVICE,
				joinUrl(this.webBaseUrl, PATHS.liveHtml(uniqueId)),
				undefined,
				signal,
				'text/html',
			);
			if (page.status === 200) {
				const info = parseLivePage(uniqueId, page.body.toString('utf8'));
				if (info?.roomId) return info;
			}
		} catch (error) {
			if (signal?.aborted) throw error;
			// A blocked or failed page is common (TLC #188, #213); the API route below is the fallback.
		}
		const response = await this.get(
			WEB_SERVICE,
			joinUrl(this.webBaseUrl, PATHS.userRoomApi),
			{ ...baseWebParams(this.userAgent, this.deviceId), uniqueId, sourceType: '54' },
			signal,
		);
		if (response.status === 429) {
			throw new ApiError({
				service: WEB_SERVICE,
				code: 'RATE_LIMITED',
				httpStatus: 429,
				message: 'TikTok rate limit reached while looking up the user',
				hint: 'Wait a few minutes, or enter the room ID instead.',
			});
		}
		try {
			return parseUserRoomApi(
				uniqueId,
				asObject(parseJsonResponse(response, this.context(WEB_SERVICE))),
				WEB_SERVICE,
			);
		} catch (error) {
			throw redactError(error, [this.options.sessionId]);
		}
	}

	async getRoomInfo(roomId: string, signal?: AbortSignal): Promise<RoomInfo> {
		const { data } = await this.webcastJson(PATHS.roomInfo, { room_id: roomId }, signal);
		const room = asObject(data);
		const owner = asObject(room.owner);
		const stats = asObject(room.stats);
		const status = numberOrUndefined(room.status);
		return {
			roomId: asString(room.id_str) ?? idToString(room.id) ?? roomId,
			isLive: status !== undefined && status !== STATUS_OFFLINE,
			status,
			title: asString(room.title),
			ownerUserId: asString(owner.id_str) ?? idToString(owner.id),
			ownerUniqueId: asString(owner.display_id),
			ownerNickname: asString(owner.nickname),
			viewerCount: numberOrUndefined(room.user_count),
			likeCount: numberOrUndefined(room.like_count ?? stats.like_count),
			totalUser: numberOrUndefined(stats.total_user),
			createTime: numberOrUndefined(room.create_time),
			raw: room,
		};
	}

	/** `check_alive` answers for several rooms without signing (TL7 `fetch_is_live.py`, §1.1). */
	async checkAlive(
		roomIds: string[],
		signal?: AbortSignal,
	): Promise<Array<{ roomId: string; alive: boolean }>> {
		const { data } = await this.webcastJson(
			PATHS.checkAlive,
			{ room_ids: roomIds.join(',') },
			signal,
		);
		return (Array.isArray(data) ? data : []).map((entry) => {
			const item = asObject(entry);
			return {
				roomId: asString(item.room_id_str) ?? idToString(item.room_id) ?? '',
				alive: item.alive === true,
			};
		});
	}

	/** `gift/list` → data.gifts (TLC2 notes it may need signing on real TikTok, §1.3). */
	async getGiftList(roomId?: string, signal?: AbortSignal): Promise<Json[]> {
		const { data } = await this.webcastJson(
			PATHS.giftList,
			roomId ? { room_id: roomId } : {},
			signal,
		);
		const gifts = asObject(data).gifts;
		return Array.isArray(gifts) ? (gifts as Json[]) : [];
	}

	/** `diamond/` price list; prices are in the currency of the requesting IP's country (§1.3). */
	async getPriceList(signal?: AbortSignal): Promise<{ prices: Json[]; extra: Json }> {
		const { data, body } = await this.webcastJson(PATHS.priceList, {}, signal);
		return { prices: Array.isArray(data) ? (data as Json[]) : [], extra: asObject(body.extra) };
	}

	/** One page of recommended lives; the next page is asked with `extra.max_time` (§1.3). */
	async getFeedPage(maxTime?: string, signal?: AbortSignal): Promise<FeedPage> {
		const query: Params = { channel: 'tiktok_web', channel_id: FEED_CHANNEL_ID };
		if (maxTime) query.max_time = maxTime;
		const { data, body } = await this.webcastJson(PATHS.feed, query, signal);
		const extra = asObject(body.extra);
		const rooms = (Array.isArray(data) ? data : []).map((entry) => {
			const item = asObject(entry);
			return { ...asObject(item.data), rid: asString(item.rid), feedType: item.type } as Json;
		});
		return { rooms, hasMore: extra.has_more === true, maxTime: asString(extra.max_time) };
	}

	async getStreamUrls(
		roomId: string,
		signal?: AbortSignal,
	): Promise<StreamUrls & { roomId: string; isLive: boolean }> {
		const info = await this.getRoomInfo(roomId, signal);
		return { roomId: info.roomId, isLive: info.isLive, ...streamUrlsOf(info.raw) };
	}

	/**
	 * Opens a pull URL from room info (FLV stream, HLS playlist or segment) through the client's proxy with the
	 * browser's user agent and referer. No cookie: pull URLs are signed in their query and served by CDN
	 * hosts, which never get the session.
	 */
	readonly openMedia: MediaOpener = (url, { signal, idleTimeoutMs, accept }) =>
		this.openMediaStream(url, signal, idleTimeoutMs, accept);

	private async openMediaStream(
		url: string,
		signal: AbortSignal,
		idleTimeoutMs: number,
		accept = '*/*',
	): Promise<HttpStreamResponse> {
		const { referer, origin } = baseWebHeaders(this.userAgent);
		return httpStream(
			{
				url,
				headers: { 'user-agent': this.userAgent, referer, origin, accept },
				proxyUrl: this.options.proxyUrl || undefined,
				timeoutMs: this.options.timeoutMs,
				idleTimeoutMs,
				signal,
			},
			{ service: STREAM_SERVICE, secrets: [this.options.sessionId] },
		);
	}

	/**
	 * The v1 initial fetch, asked of TikTok (or a relay at the webcast base URL) without a sign server (§1.4 a).
	 * Real TikTok wants it signed; a local or self-hosted relay may not.
	 */
	async fetchIm(
		roomId: string,
		cursor: string,
		internalExt: string,
		signal?: AbortSignal,
	): Promise<Buffer> {
		const query: Params = {
			...baseWebParams(this.userAgent, this.deviceId),
			room_id: roomId,
			cursor,
			internal_ext: internalExt,
			resp_content_type: 'protobuf',
			did_rule: '3',
			fetch_rule: '1',
			last_rtt: '0',
			live_id: '12',
		};
		const response = await this.get(
			WEBCAST_SERVICE,
			joinUrl(this.webcastBaseUrl, PATHS.imFetch),
			query,
			signal,
			'application/protobuf',
		);
		if (response.status === 429)
			throw new ApiError({
				service: WEBCAST_SERVICE,
				code: 'RATE_LIMITED',
				httpStatus: 429,
				message: 'TikTok rate limit reached on im/fetch',
				hint: 'Wait, or configure a sign server.',
			});
		if (response.status !== 200 || response.body.length === 0) {
			throw new ApiError({
				service: WEBCAST_SERVICE,
				code: `HTTP_${response.status}`,
				httpStatus: response.status,
				message: `im/fetch answered HTTP ${response.status}${response.body.length ? '' : ' with an empty body'}`,
				hint: 'Real TikTok needs a signed fetch: configure a sign server in the credential.',
			});
		}
		return response.body;
	}
}

/**
 * A local Douyin live interactive game server, written to the reference (shared/reference/douyin-live-game.md):
 * the token endpoint with Douyin's rotation rule, every live_data endpoint with its own envelope and error
 * codes (always HTTP 200, as Douyin does), webcastmate/info with a bare 19-digit room_id, the legacy
 * top_gift, and a 10 calls/s per app limit. Faults can be queued per path to test bad answers.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

import { applyFault, LocalApiServer } from '../testHttpServer';

export interface DouyinLiveApp {
	appId: string;
	appSecret: string;
}

export type { Fault } from '../testHttpServer';

export interface FailedPushRecord {
	msgType: string;
	payload: string;
}

export interface RecordedRequest {
	method: string;
	path: string;
	headers: IncomingMessage['headers'];
	query: Record<string, string>;
	body: string;
	/** Arrival time (ms), for counting calls per second as Douyin does. */
	at: number;
}

/**
 * Where task/get and fail_data/get read roomid, appid, msg_type (and paging): the official page and most
 * clients use the query string; SKIT sends them as request headers (reference §1.4), so a server built for
 * it may read headers only.
 */
export type ParamSource = 'query' | 'headers';

/** webcastmate/info: fields under data.info (the documented shape) or directly under data (a documented example). */
export type RoomInfoShape = 'nested' | 'flat';

interface IssuedToken {
	appId: string;
	expiresAt: number;
}

const TOKEN_LIFETIME_MS = 2 * 60 * 60 * 1000;
const ROTATED_TOKEN_LIFETIME_MS = 5 * 60 * 1000;
const MSG_TYPES = new Set(['live_comment', 'live_gift', 'live_like', 'live_fansclub']);

export class DouyinLiveServer extends LocalApiServer<RecordedRequest> {
	readonly apps = new Map<string, DouyinLiveApp>();
	readonly tokens = new Map<string, IssuedToken>();
	/** roomid → msg_type → status (2 not started, 3 running). Rooms not here are "not found / off air". */
	readonly rooms = new Map<string, Map<string, number>>();
	/** companion token → room info (room_id kept as a decimal string, sent as a bare JSON number). */
	readonly companionTokens = new Map<
		string,
		{ roomId: string; anchorOpenId: string; nickName: string; avatarUrl: string }
	>();
	/** `${roomid}|${msg_type}` → failed pushes, in order. */
	readonly failedPushes = new Map<string, FailedPushRecord[]>();
	/** Room id → the error its backfill answers (e.g. 10001 internal), for every page from `fromPage` on. */
	readonly failDataErrors = new Map<
		string,
		{ err_no: number; err_msg: string; fromPage?: number }
	>();
	/** roomid → anchor → user open id → membership. */
	readonly fansClub = new Map<
		string,
		Record<string, { level_layer: number; participate_time: number }>
	>();
	readonly acks: Array<{ room_id: string; app_id: string; ack_type: number; data: unknown }> = [];
	tokenFetches = 0;
	/** Calls per second allowed per app on webcast endpoints; Douyin's limit is 10. */
	rateLimitPerSecond = 10;
	rateLimitedAnswers = 0;
	now: () => number = Date.now;
	paramSource: ParamSource = 'query';
	roomInfoShape: RoomInfoShape = 'nested';
	/** A careless server: its error answers repeat the token and secret it was sent, in the text and the body. */
	echoCredentialsInErrors = false;
	/** Message types the game lacks the capability for: task calls for them answer 5003019. */
	readonly refusedMsgTypes = new Set<string>();
	/** Fans club lookups that include one of these users fail with 10001 (internal error). */
	readonly fansClubFailingUsers = new Set<string>();

	private tokenCounter = 0;
	private taskCounter = 0;
	private readonly callTimes = new Map<string, number[]>();

	addApp(app: DouyinLiveApp): this {
		this.apps.set(app.appId, app);
		return this;
	}

	/** A live room with the game mounted: its tasks exist but are not started. */
	addRoom(roomId: string): this {
		this.rooms.set(roomId, new Map([...MSG_TYPES].map((t) => [t, 2])));
		return this;
	}

	addFailedPush(roomId: string, msgType: string, messages: unknown[]): this {
		const key = `${roomId}|${msgType}`;
		const list = this.failedPushes.get(key) ?? [];
		list.push({ msgType, payload: JSON.stringify(messages) });
		this.failedPushes.set(key, list);
		return this;
	}

	/** Token fetches per caller, by user-agent (the client names its process there), from the request log. */
	tokenFetchesByCaller(): Record<string, number> {
		const counts: Record<string, number> = {};
		for (const r of this.requestsTo('/api/apps/v2/token')) {
			const caller = String(r.headers['user-agent'] ?? 'unknown');
			counts[caller] = (counts[caller] ?? 0) + 1;
		}
		return counts;
	}

	/** Most requests to webcast endpoints that arrived within any one window (1 s), answered or not. */
	maxWebcastCallsPerWindow(windowMs = 1000): number {
		const times = this.requests
			.filter((r) => r.path !== '/api/apps/v2/token')
			.map((r) => r.at)
			.sort((a, b) => a - b);
		let max = 0;
		for (let i = 0, j = 0; i < times.length; i++) {
			while (times[i] - times[j] >= windowMs) j++;
			max = Math.max(max, i - j + 1);
		}
		return max;
	}

	/** Expires every token now, as if two hours had passed. */
	expireAllTokens(): void {
		for (const token of this.tokens.values()) token.expiresAt = 0;
	}

	protected async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		const chunks: Buffer[] = [];
		for await (const chunk of req) chunks.push(chunk as Buffer);
		const body = Buffer.concat(chunks).toString('utf8');
		const query = Object.fromEntries(url.searchParams);
		this.requests.push({
			method: req.method ?? 'GET',
			path: url.pathname,
			headers: req.headers,
			query,
			body,
			at: Date.now(),
		});

		const fault = this.faults.next(url.pathname);
		if (fault && (await applyFault(fault, res, '{"err_no":0,"err_msg":"ok","data":{"status":')))
			return;

		const json = (payload: unknown) => {
			res.setHeader('content-type', 'application/json; charset=utf-8');
			res.end(typeof payload === 'string' ? payload : JSON.stringify(payload));
		};
		let parsed: Record<string, unknown> = {};
		if (body) {
			try {
				parsed = JSON.parse(body);
			} catch {
				parsed = {};
			}
		}

		switch (`${req.method} ${url.pathname}`) {
			case 'POST /api/apps/v2/token':
				return json(this.token(parsed));
			case 'POST /api/live_data/task/start':
				return json(this.liveData(req, String(parsed.appid ?? ''), () => this.taskStart(parsed)));
			case 'POST /api/live_data/task/stop':
				return json(this.liveData(req, String(parsed.appid ?? ''), () => this.taskStop(parsed)));
			case 'GET /api/live_data/task/get': {
				const params = this.getParams(req, query);
				return json(this.liveData(req, params.appid ?? '', () => this.taskGet(params)));
			}
			case 'GET /api/live_data/task/fail_data/get': {
				const params = this.getParams(req, query);
				return json(this.liveData(req, params.appid ?? '', () => this.failData(params)));
			}
			case 'GET /api/live_data/fans_club/get_info':
				return json(
					this.liveData(req, this.appOfToken(req.headers['access-token']) ?? '', () =>
						this.fansClubInfo(query),
					),
				);
			case 'POST /api/live_data/ack':
				return json(this.liveData(req, String(parsed.app_id ?? ''), () => this.ack(parsed)));
			case 'POST /api/webcastmate/info':
				return json(this.webcastmateInfo(req, parsed));
			case 'POST /api/gift/top_gift':
				return json(this.topGift(req, parsed));
			default:
				res.statusCode = 404;
				res.setHeader('content-type', 'text/html');
				res.end('<html><body><h1>404 Not Found</h1></body></html>');
		}
	}

	/** The GET parameters from where this server reads them (query or headers, never both). */
	private getParams(req: IncomingMessage, query: Record<string, string>): Record<string, string> {
		if (this.paramSource === 'query') return query;
		const params: Record<string, string> = {};
		for (const name of ['roomid', 'appid', 'msg_type', 'page_num', 'page_size']) {
			const value = req.headers[name];
			if (typeof value === 'string') params[name] = value;
		}
		return params;
	}

	private token(body: Record<string, unknown>) {
		this.tokenFetches++;
		const empty = { access_token: '', expires_in: 0 };
		if (body.grant_type !== 'client_credential')
			return { err_no: 40020, err_tips: 'bad grant_type', data: empty };
		const app = this.apps.get(String(body.appid ?? ''));
		if (!app) return { err_no: 40015, err_tips: 'bad appid', data: empty };
		if (body.secret !== app.appSecret)
			return this.echoCredentialsInErrors
				? {
						err_no: 40017,
						err_tips: `bad secret ${String(body.secret)} for ${app.appId}`,
						data: empty,
						request: body,
					}
				: { err_no: 40017, err_tips: 'bad secret', data: empty };
		const now = this.now();
		// A new token cuts every earlier token of the app to at most 5 minutes (reference §1.1).
		for (const token of this.tokens.values()) {
			if (token.appId === app.appId)
				token.expiresAt = Math.min(token.expiresAt, now + ROTATED_TOKEN_LIFETIME_MS);
		}
		const accessToken = `0801121${app.appId}.${++this.tokenCounter}.${Math.random().toString(36).slice(2)}`;
		this.tokens.set(accessToken, { appId: app.appId, expiresAt: now + TOKEN_LIFETIME_MS });
		return {
			err_no: 0,
			err_tips: 'success',
			data: { access_token: accessToken, expires_in: TOKEN_LIFETIME_MS / 1000 },
		};
	}

	private appOfToken(header: string | string[] | undefined): string | undefined {
		const token = this.tokens.get(String(header ?? ''));
		return token && token.expiresAt > this.now() ? token.appId : undefined;
	}

	private rateLimited(appId: string): boolean {
		const now = this.now();
		const times = (this.callTimes.get(appId) ?? []).filter((t) => t > now - 1000);
		if (times.length >= this.rateLimitPerSecond) {
			this.callTimes.set(appId, times);
			this.rateLimitedAnswers++;
			return true;
		}
		times.push(now);
		this.callTimes.set(appId, times);
		return false;
	}

	private logid(): string {
		return `2026112520${String(this.requests.length).padStart(6, '0')}`;
	}

	private liveData(
		req: IncomingMessage,
		appId: string,
		handler: () => { err_no: number; err_msg: string; data?: unknown },
	) {
		const tokenApp = this.appOfToken(req.headers['access-token']);
		if (!tokenApp) return { err_no: 40022, err_msg: 'invalid access token', logid: this.logid() };
		if (appId && appId !== tokenApp)
			return {
				err_no: 40022,
				err_msg: 'access token does not belong to appid',
				logid: this.logid(),
			};
		if (this.rateLimited(tokenApp))
			return { err_no: 40007, err_msg: 'rate limited', logid: this.logid() };
		const answer = { ...handler(), logid: this.logid() };
		if (answer.err_no === 0 || !this.echoCredentialsInErrors) return answer;
		const token = String(req.headers['access-token']);
		const secret = this.apps.get(tokenApp)?.appSecret;
		return {
			...answer,
			err_msg: `${answer.err_msg}; token=${token}; secret=${secret}`,
			debug: { headers: { 'access-token': token }, app: { appid: tokenApp, secret } },
		};
	}

	private taskParams(p: Record<string, unknown>) {
		const roomid = p.roomid === undefined ? '' : String(p.roomid);
		const msgType = p.msg_type === undefined ? '' : String(p.msg_type);
		if (!roomid || !p.appid || !msgType)
			return { error: { err_no: 40023, err_msg: 'missing required parameter' } };
		if (!MSG_TYPES.has(msgType))
			return { error: { err_no: 40023, err_msg: `invalid msg_type ${msgType}` } };
		if (this.refusedMsgTypes.has(msgType))
			return {
				error: { err_no: 5003019, err_msg: `the game lacks the capability for ${msgType}` },
			};
		const room = this.rooms.get(roomid);
		return { roomid, msgType, room };
	}

	private taskStart(p: Record<string, unknown>) {
		const { error, room, msgType } = this.taskParams(p);
		if (error) return error;
		if (!room)
			return {
				err_no: 5003019,
				err_msg: 'task does not meet start conditions: room not found or anchor off air',
			};
		room.set(msgType!, 3);
		return { err_no: 0, err_msg: 'ok', data: { task_id: String(763535353 + ++this.taskCounter) } };
	}

	private taskStop(p: Record<string, unknown>) {
		const { error, room, msgType } = this.taskParams(p);
		if (error) return error;
		if (room) room.set(msgType!, 2);
		return { err_no: 0, err_msg: 'ok', data: {} };
	}

	private taskGet(q: Record<string, string>) {
		const { error, room, msgType } = this.taskParams(q);
		if (error) return error;
		return { err_no: 0, err_msg: 'ok', data: { status: room ? room.get(msgType!) : 1 } };
	}

	private failData(q: Record<string, string>) {
		const { error, roomid, msgType } = this.taskParams(q);
		if (error) return error;
		const pageNum = Number(q.page_num);
		const pageSize = Number(q.page_size);
		if (
			!Number.isInteger(pageNum) ||
			pageNum < 1 ||
			!Number.isInteger(pageSize) ||
			pageSize < 1 ||
			pageSize > 100
		) {
			return { err_no: 10001, err_msg: '请求的分页查询参数不合法' };
		}
		if (msgType !== 'live_gift' && msgType !== 'live_fansclub')
			return { err_no: 40023, err_msg: 'msg_type not supported for backfill' };
		const refusal = this.failDataErrors.get(roomid!);
		if (refusal && pageNum >= (refusal.fromPage ?? 1))
			return { err_no: refusal.err_no, err_msg: refusal.err_msg };
		const all = this.failedPushes.get(`${roomid}|${msgType}`) ?? [];
		const page = all.slice((pageNum - 1) * pageSize, pageNum * pageSize);
		return {
			err_no: 0,
			err_msg: 'ok',
			data: {
				page_num: pageNum,
				total_count: all.length,
				data_list: page.map((p) => ({ roomid, msg_type: p.msgType, payload: p.payload })),
			},
		};
	}

	private fansClubInfo(q: Record<string, string>) {
		if (!q.roomid || !q.anchor_openid || !q.user_openids)
			return { err_no: 40023, err_msg: 'missing required parameter' };
		const room = this.rooms.get(q.roomid);
		if (!room) return { err_no: 10004, err_msg: 'game not mounted in room' };
		if (room.get('live_fansclub') !== 3)
			return { err_no: 5003019, err_msg: '当前直播间未启动粉丝团推送任务' };
		const users = q.user_openids.split(',');
		if (users.length > 10) return { err_no: 40023, err_msg: 'at most 10 user_openids' };
		if (users.some((user) => this.fansClubFailingUsers.has(user)))
			return { err_no: 10001, err_msg: 'internal error, downstream call failed' };
		const members = this.fansClub.get(q.roomid) ?? {};
		const info: Record<string, unknown> = {};
		for (const user of users) info[user] = members[user] ?? {};
		return { err_no: 0, err_msg: '', data: { fans_club_Info: info } };
	}

	private ack(p: Record<string, unknown>) {
		if (!p.room_id || !p.app_id || !p.ack_type || typeof p.data !== 'string')
			return { err_no: 40023, err_msg: 'missing required parameter (data must be a JSON string)' };
		let data: unknown;
		try {
			data = JSON.parse(p.data);
		} catch {
			return { err_no: 40001, err_msg: 'data is not a JSON array' };
		}
		this.acks.push({
			room_id: String(p.room_id),
			app_id: String(p.app_id),
			ack_type: Number(p.ack_type),
			data,
		});
		return { err_no: 0, err_msg: 'ok' };
	}

	private errcodeAuth(req: IncomingMessage): { errcode: number; errmsg: string } | undefined {
		const app = this.appOfToken(req.headers['x-token']);
		if (!app) return { errcode: 40004, errmsg: 'access_token invalid' };
		if (this.rateLimited(app)) return { errcode: 40007, errmsg: 'rate limited' };
		return undefined;
	}

	private webcastmateInfo(
		req: IncomingMessage,
		p: Record<string, unknown>,
	): string | Record<string, unknown> {
		const authError = this.errcodeAuth(req);
		if (authError) return authError;
		if (!p.token) return { errcode: 40001, errmsg: 'bad params' };
		const info = this.companionTokens.get(String(p.token));
		if (!info)
			return this.echoCredentialsInErrors
				? {
						errcode: 40001,
						errmsg: `token ${String(p.token)} invalid or expired (x-token ${String(req.headers['x-token'])})`,
						data: { token: p.token },
					}
				: { errcode: 40001, errmsg: 'token invalid or expired' };
		// room_id is an int64 JSON number, larger than 2^53: written by hand so it stays exact.
		const fields = `"room_id":${info.roomId},"anchor_open_id":${JSON.stringify(info.anchorOpenId)},"avatar_url":${JSON.stringify(info.avatarUrl)},"nick_name":${JSON.stringify(info.nickName)},"join_game_user_open_id":${JSON.stringify(info.anchorOpenId)},"join_game_user_role":1,"available_game_scenes":[1,2]`;
		const reserved = `"ack_cfg":[],"linker_info":{"linker_id":0,"linker_status":0,"master_status":0}`;
		return this.roomInfoShape === 'flat'
			? `{"errcode":0,"errmsg":"","data":{${fields},${reserved}}}`
			: `{"errcode":0,"errmsg":"","data":{"info":{${fields}},${reserved}}}`;
	}

	private topGift(req: IncomingMessage, p: Record<string, unknown>) {
		const authError = this.errcodeAuth(req);
		if (authError) return authError;
		if (!p.room_id || !p.app_id || !Array.isArray(p.sec_gift_id_list))
			return { errcode: 40001, errmsg: 'bad params' };
		if (!this.rooms.has(String(p.room_id))) return { errcode: 40001, errmsg: 'room not found' };
		return {
			errcode: 0,
			errmsg: 'ok',
			data: { success_top_gift_id_list: p.sec_gift_id_list.slice(0, 8) },
		};
	}
}

/**
 * A local Douyin Open Platform, written to the reference (shared/reference/douyin-open-im-group.md): the
 * OAuth authorize redirect (simulated), code → token and refresh on form bodies with tokens nested under
 * `data`, the stable app token, and every IM fan-group call with its own response style (A: extra/data
 * envelope, B: err_no), `access-token` header, `open_id` query, scope and token checks. Join-request
 * cursors are int64 numbers above 2^53 written as bare JSON digits. Faults can be queued per path.
 * The group-count route lives at one path only, as on a real server: the official `/im/group/count/` by
 * default, or `/im/group/fans/count/` (what two SDKs call, reference §2.1); the other path answers 404.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

import { applyFault, LocalApiServer, type Fault } from '../testHttpServer';

import { parseJsonLossless } from '../../../nodes/shared/json';

export interface OpenApp {
	clientKey: string;
	clientSecret: string;
}

export type { Fault } from '../testHttpServer';

export interface RecordedRequest {
	method: string;
	path: string;
	headers: IncomingMessage['headers'];
	query: Record<string, string>;
	body: string;
}

interface TokenRecord {
	clientKey: string;
	openId: string;
	scopes: string[];
	expiresAt: number;
}

export interface ServerGroup {
	group_id: string;
	owner: string;
	group_name: string;
	description: string;
	avatar_uri: string;
	group_type: number;
	status: string;
	exist_num: number;
	max_num: number;
	settings: Partial<Record<1 | 2, unknown[]>>;
	body: Record<string, unknown>;
}

export interface JoinRequest {
	apply_id: string;
	apply_status: number;
	create_time: number;
	group_id: string;
	user_id: string;
}

export interface SentMessage {
	msgId: string;
	groupId: string;
	content: unknown;
	recalled: boolean;
}

const ACCESS_LIFETIME_S = 15 * 24 * 3600;
const REFRESH_LIFETIME_S = 30 * 24 * 3600;
/** Cursor values start above 2^53, so any number conversion on the way changes them. */
const CURSOR_BASE = 7300000000000000000n;
const ALL_SCOPES = ['im.group_fans.create_list', 'im.group_message', 'im.recall_message'];

type StyleA = {
	fields?: Record<string, unknown>;
	raw?: string;
	code?: number;
	description?: string;
};

export const GROUP_COUNT_PATHS = ['/im/group/count/', '/im/group/fans/count/'] as const;
export type GroupCountPath = (typeof GROUP_COUNT_PATHS)[number];

export interface DouyinOpenServerOptions {
	/** Where Get Quota answers; the other spelling is a 404 (reference §2.1 lists both). */
	groupCountPath?: GroupCountPath;
}

export class DouyinOpenServer extends LocalApiServer<RecordedRequest> {
	readonly groupCountPath: GroupCountPath;
	readonly apps = new Map<string, OpenApp>();
	readonly codes = new Map<
		string,
		{ clientKey: string; openId: string; scopes: string[]; redirectUri: string; used: boolean }
	>();
	readonly accessTokens = new Map<string, TokenRecord>();
	readonly refreshTokens = new Map<string, TokenRecord>();
	readonly groups = new Map<string, ServerGroup>();
	readonly quota = new Map<string, number>();
	readonly joinRequests: JoinRequest[] = [];
	readonly messages = new Map<string, SentMessage>();
	readonly groupTokens = new Map<string, string>();
	/** The account that "scans the QR code" when the authorize page is opened. */
	authorizingOpenId = 'open-id-owner-1';
	stableTokenCalls = 0;
	refreshCalls = 0;
	now: () => number = Date.now;

	private counter = 0;

	constructor(options: DouyinOpenServerOptions = {}) {
		super();
		this.groupCountPath = options.groupCountPath ?? '/im/group/count/';
	}

	addApp(app: OpenApp): this {
		this.apps.set(app.clientKey, app);
		return this;
	}

	/** Issues a token pair directly, as if the user had authorized; returns it for the test credential. */
	issueTokens(
		clientKey: string,
		openId: string,
		scopes: string[] = ALL_SCOPES,
	): { accessToken: string; refreshToken: string; openId: string } {
		const accessToken = `act.${this.id()}${'a'.repeat(8)}`;
		const refreshToken = `rft.${this.id()}${'r'.repeat(8)}`;
		const now = this.now();
		this.accessTokens.set(accessToken, {
			clientKey,
			openId,
			scopes,
			expiresAt: now + ACCESS_LIFETIME_S * 1000,
		});
		this.refreshTokens.set(refreshToken, {
			clientKey,
			openId,
			scopes,
			expiresAt: now + REFRESH_LIFETIME_S * 1000,
		});
		return { accessToken, refreshToken, openId };
	}

	addGroup(
		owner: string,
		groupId: string,
		name = 'Fans',
		extra: Partial<ServerGroup> = {},
	): ServerGroup {
		const group: ServerGroup = {
			group_id: groupId,
			owner,
			group_name: name,
			description: 'desc',
			avatar_uri: 'https://example.invalid/a.png',
			group_type: 2,
			status: 'Normal',
			exist_num: 3,
			max_num: 500,
			settings: {},
			body: {},
			...extra,
		};
		this.groups.set(groupId, group);
		return group;
	}

	addJoinRequest(groupId: string, userId: string, applyStatus = 1): JoinRequest {
		const request: JoinRequest = {
			apply_id: `7${String(100000000000000000n + BigInt(this.joinRequests.length + 1))}`,
			apply_status: applyStatus,
			create_time: 1607399832 + this.joinRequests.length,
			group_id: groupId,
			user_id: userId,
		};
		this.joinRequests.push(request);
		return request;
	}

	injectFault(path: string, fault: Fault, times = 1): this {
		this.faults.inject(path, fault, times);
		return this;
	}

	expireAccessTokens(): void {
		for (const token of this.accessTokens.values()) token.expiresAt = 0;
	}

	expireRefreshTokens(): void {
		for (const token of this.refreshTokens.values()) token.expiresAt = 0;
	}

	private id(): string {
		return `${Date.now().toString(36)}${(++this.counter).toString(36)}${Math.random().toString(36).slice(2, 8)}`;
	}

	private logid(): string {
		return `20261125${String(this.requests.length).padStart(10, '0')}`;
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
		});

		const fault = this.faults.next(url.pathname);
		if (
			fault &&
			(await applyFault(
				fault,
				res,
				'{"extra":{"error_code":0},"data":{"error_code":0},"left_count":',
			))
		)
			return;

		const send = (payload: unknown, status = 200) => {
			res.statusCode = status;
			res.setHeader('content-type', 'application/json; charset=utf-8');
			res.end(typeof payload === 'string' ? payload : JSON.stringify(payload));
		};
		const route = `${req.method} ${url.pathname}`;
		switch (route) {
			case 'GET /platform/oauth/connect/':
				return this.authorize(query, res);
			case 'POST /oauth/access_token/':
				return send(this.accessToken(this.form(req, body)));
			case 'POST /oauth/refresh_token/':
				return send(this.refresh(this.form(req, body)));
			case 'POST /oauth/stable_client_token/':
				return send(this.stableClientToken(this.json(body)));
		}
		const im = this.imRoute(route);
		if (!im) {
			res.statusCode = 404;
			res.setHeader('content-type', 'text/html');
			res.end('<html><body><h1>404 Not Found</h1></body></html>');
			return;
		}
		const auth = this.authorizeCall(req, query, im.scope);
		if (auth.error)
			return send(
				im.style === 'A'
					? this.styleA({ code: auth.error.code, description: auth.error.description })
					: this.styleB(auth.error.code, auth.error.description),
			);
		if (
			req.method === 'POST' &&
			!String(req.headers['content-type'] ?? '').includes('application/json')
		) {
			return send(
				im.style === 'A'
					? this.styleA({ code: 28001007, description: 'content-type must be application/json' })
					: this.styleB(28001007, 'content-type must be application/json'),
			);
		}
		let parsed: Record<string, unknown> = {};
		if (req.method === 'POST') {
			try {
				parsed = this.json(body);
			} catch {
				return send(
					im.style === 'A'
						? this.styleA({ code: 28001007, description: 'body is not JSON' })
						: this.styleB(28001007, 'body is not JSON'),
				);
			}
		}
		const openId = auth.openId!;
		if (im.style === 'A')
			return send(this.styleA(im.handle.call(this, openId, parsed, query) as StyleA));
		const result = im.handle.call(this, openId, parsed, query) as { code: number; message: string };
		return send(this.styleB(result.code, result.message));
	}

	private imRoute(route: string):
		| {
				style: 'A' | 'B';
				scope: string;
				handle: (
					this: DouyinOpenServer,
					openId: string,
					body: Record<string, unknown>,
					query: Record<string, string>,
				) => StyleA | { code: number; message: string };
		  }
		| undefined {
		switch (route) {
			case 'GET /im/group/count/':
			case 'GET /im/group/fans/count/':
				if (route !== `GET ${this.groupCountPath}`) return undefined;
				return {
					style: 'A',
					scope: 'im.group_fans.create_list',
					handle: (openId) => ({ fields: { left_count: this.quota.get(openId) ?? 0 } }),
				};
			case 'POST /im/group/fans/create/':
				return { style: 'A', scope: 'im.group_fans.create_list', handle: this.create };
			case 'GET /im/group/fans/list/':
				return { style: 'A', scope: 'im.group_fans.create_list', handle: this.list };
			case 'GET /im/group/enter/audit/get/':
				return { style: 'A', scope: 'im.group_fans.create_list', handle: this.auditGet };
			case 'POST /im/group/enter/audit/set/':
				return { style: 'A', scope: 'im.group_fans.create_list', handle: this.auditSet };
			case 'POST /im/group/setting/set/':
				return { style: 'B', scope: 'im.group_fans.create_list', handle: this.settingSet };
			case 'POST /im/group/setting/disable/':
				return { style: 'B', scope: 'im.group_fans.create_list', handle: this.settingDisable };
			case 'POST /im/send/msg/group/':
				return { style: 'A', scope: 'im.group_message', handle: this.sendMessage };
			case 'POST /im/recall/msg/':
				return { style: 'B', scope: 'im.recall_message', handle: this.recall };
			default:
				return undefined;
		}
	}

	private form(req: IncomingMessage, body: string): Record<string, string> {
		// The token endpoints only take forms; a JSON body reads as "missing parameters" (code 10005).
		if (!String(req.headers['content-type'] ?? '').includes('application/x-www-form-urlencoded'))
			return {};
		return Object.fromEntries(new URLSearchParams(body));
	}

	private json(body: string): Record<string, unknown> {
		const value = parseJsonLossless<unknown>(body || '{}');
		if (!value || typeof value !== 'object' || Array.isArray(value))
			throw new SyntaxError('not an object');
		return value as Record<string, unknown>;
	}

	private oauthError(code: number, description: string) {
		return {
			data: { error_code: code, description, captcha: '', desc_url: '', log_id: this.logid() },
			message: 'error',
		};
	}

	private authorize(query: Record<string, string>, res: ServerResponse): void {
		const app = this.apps.get(query.client_key ?? '');
		if (!app || query.response_type !== 'code' || !query.redirect_uri) {
			res.statusCode = 400;
			res.setHeader('content-type', 'text/html');
			res.end('<html><body>invalid authorize request</body></html>');
			return;
		}
		const code = `code-${this.id()}`;
		this.codes.set(code, {
			clientKey: app.clientKey,
			openId: this.authorizingOpenId,
			scopes: (query.scope ?? '').split(',').filter(Boolean),
			redirectUri: query.redirect_uri,
			used: false,
		});
		const target = new URL(query.redirect_uri);
		target.searchParams.set('code', code);
		if (query.state) target.searchParams.set('state', query.state);
		res.statusCode = 302;
		res.setHeader('location', target.toString());
		res.end();
	}

	private tokenAnswer(
		record: TokenRecord,
		accessToken: string,
		refreshToken: string,
		refreshExpiresAt: number,
	) {
		return {
			data: {
				access_token: accessToken,
				open_id: record.openId,
				scope: record.scopes.join(','),
				expires_in: ACCESS_LIFETIME_S,
				refresh_token: refreshToken,
				refresh_expires_in: Math.max(0, Math.round((refreshExpiresAt - this.now()) / 1000)),
				error_code: 0,
				description: '',
				log_id: this.logid(),
			},
			message: 'success',
		};
	}

	private accessToken(form: Record<string, string>) {
		if (!form.client_key || !form.client_secret || !form.code || !form.grant_type)
			return this.oauthError(10005, '缺少参数');
		const app = this.apps.get(form.client_key);
		if (!app) return this.oauthError(10003, 'client_key 错误');
		if (app.clientSecret !== form.client_secret)
			return this.oauthError(10013, 'client_key 或 client_secret 错误');
		if (form.grant_type !== 'authorization_code') return this.oauthError(10002, 'grant_type 错误');
		const code = this.codes.get(form.code);
		if (!code || code.used || code.clientKey !== app.clientKey)
			return this.oauthError(10007, 'code 过期或已使用');
		code.used = true;
		const { accessToken, refreshToken } = this.issueTokens(app.clientKey, code.openId, code.scopes);
		const record = this.accessTokens.get(accessToken)!;
		return this.tokenAnswer(
			record,
			accessToken,
			refreshToken,
			this.refreshTokens.get(refreshToken)!.expiresAt,
		);
	}

	private refresh(form: Record<string, string>) {
		this.refreshCalls++;
		if (!form.client_key || !form.refresh_token || form.grant_type !== 'refresh_token')
			return this.oauthError(10005, '缺少参数');
		if (!this.apps.has(form.client_key)) return this.oauthError(10003, 'client_key 错误');
		const record = this.refreshTokens.get(form.refresh_token);
		if (!record || record.clientKey !== form.client_key)
			return this.oauthError(10010, 'refresh_token 无效');
		if (record.expiresAt <= this.now()) return this.oauthError(10010, 'refresh_token 已过期');
		// A new access token; the refresh token itself keeps its expiry (reference §6).
		const accessToken = `act.${this.id()}${'b'.repeat(8)}`;
		const fresh = { ...record, expiresAt: this.now() + ACCESS_LIFETIME_S * 1000 };
		this.accessTokens.set(accessToken, fresh);
		return this.tokenAnswer(fresh, accessToken, form.refresh_token, record.expiresAt);
	}

	private stableClientToken(body: Record<string, unknown>) {
		this.stableTokenCalls++;
		if (!body.client_key || !body.client_secret || body.grant_type !== 'client_credential')
			return this.oauthError(10002, '参数错误');
		const app = this.apps.get(String(body.client_key));
		if (!app) return this.oauthError(10003, 'client_key 错误');
		if (app.clientSecret !== body.client_secret)
			return this.oauthError(10013, 'client_key 或 client_secret 错误');
		return {
			data: {
				access_token: `clt.${app.clientKey}.stable`,
				expires_in: 7200,
				error_code: 0,
				description: '',
			},
			message: 'success',
		};
	}

	private authorizeCall(
		req: IncomingMessage,
		query: Record<string, string>,
		scope: string,
	): { openId?: string; error?: { code: number; description: string } } {
		const token = this.accessTokens.get(String(req.headers['access-token'] ?? ''));
		if (!token) return { error: { code: 28001003, description: 'access_token 无效' } };
		if (token.expiresAt <= this.now())
			return { error: { code: 28001008, description: 'access_token 过期' } };
		if (!query.open_id) return { error: { code: 28001007, description: 'open_id 缺失' } };
		if (query.open_id !== token.openId)
			return { error: { code: 28001015, description: 'access_token 与 open_id 不匹配' } };
		if (!token.scopes.includes(scope))
			return { error: { code: 28001012, description: `用户未授权 ${scope}` } };
		return { openId: token.openId };
	}

	/** Style A: business fields at the top level beside extra and data. `raw` is pre-serialised JSON fields. */
	private styleA(answer: StyleA): string {
		const code = answer.code ?? 0;
		const description = answer.description ?? '';
		const envelope = JSON.stringify({
			...(answer.fields ?? {}),
			extra: {
				error_code: code,
				description,
				sub_error_code: 0,
				sub_description: '',
				logid: this.logid(),
				now: Math.floor(this.now() / 1000),
			},
			data: { error_code: code, description },
		});
		return answer.raw ? `{${answer.raw},${envelope.slice(1)}` : envelope;
	}

	private styleB(code: number, message: string) {
		return { err_no: code, err_msg: message, log_id: this.logid() };
	}

	private ownGroup(openId: string, groupId: unknown): ServerGroup | undefined {
		const group = this.groups.get(String(groupId ?? ''));
		return group && group.owner === openId ? group : undefined;
	}

	private create(openId: string, body: Record<string, unknown>): StyleA {
		for (const field of ['group_name', 'description', 'avatar_uri']) {
			if (typeof body[field] !== 'string' || !body[field])
				return { code: 28001007, description: `${field} 不能为空` };
		}
		const left = this.quota.get(openId) ?? 0;
		if (left <= 0) return { code: 2190001, description: '建群额度不足' };
		this.quota.set(openId, left - 1);
		const groupId = `@${Buffer.from(this.id()).toString('base64')}`;
		const group = this.addGroup(openId, groupId, String(body.group_name), {
			description: String(body.description),
			avatar_uri: String(body.avatar_uri),
			group_type: Number(body.group_type ?? 2),
			exist_num: 1,
		});
		group.body = body;
		return { fields: { group_id: groupId } };
	}

	private list(openId: string): StyleA {
		const groups = [...this.groups.values()]
			.filter((g) => g.owner === openId)
			.map((g) => ({
				group_id: g.group_id,
				group_name: g.group_name,
				description: g.description,
				avatar_uri: g.avatar_uri,
				group_type: g.group_type,
				status: g.status,
				entry_limit: null,
				exist_num: g.exist_num,
				max_num: g.max_num,
				tags: null,
			}));
		return { fields: { group_list: groups } };
	}

	private auditGet(
		openId: string,
		_body: Record<string, unknown>,
		query: Record<string, string>,
	): StyleA {
		const count = Number(query.count);
		if (!Number.isInteger(count) || count < 1 || count > 50)
			return { code: 28001007, description: 'count 取值 1-50' };
		if (query.cursor !== undefined && !/^\d+$/.test(query.cursor))
			return { code: 28001007, description: 'cursor 非法' };
		const cursor = query.cursor ? BigInt(query.cursor) : 0n;
		const start = cursor === 0n ? 0 : Number(cursor - CURSOR_BASE);
		const owned = this.joinRequests.filter((r) => this.groups.get(r.group_id)?.owner === openId);
		const window = owned.slice(start, start + count);
		const next = start + window.length;
		// Like Douyin, requests that are no longer pending are filtered out after paging, so a page can be short.
		const list = window.filter((r) => r.apply_status === 1);
		const hasMore = next < owned.length;
		const nextCursor = (CURSOR_BASE + BigInt(next)).toString();
		return {
			raw: `"apply_list":{"list":${JSON.stringify(list)},"cursor":${nextCursor},"has_more":${hasMore}}`,
		};
	}

	private auditSet(openId: string, body: Record<string, unknown>): StyleA {
		const request = this.joinRequests.find((r) => r.apply_id === String(body.apply_id ?? ''));
		if (!request || this.groups.get(request.group_id)?.owner !== openId)
			return { code: 2100005, description: '申请单不存在' };
		if (body.status !== 2 && body.status !== 3)
			return { code: 28001007, description: 'status 只能是 2 或 3' };
		if (request.apply_status !== 1) return { code: 2100005, description: '申请单已处理' };
		request.apply_status = body.status;
		if (body.status === 2) {
			const group = this.groups.get(request.group_id);
			if (group) group.exist_num++;
		}
		return { fields: { success: true } };
	}

	private validContent(content: unknown, allowed: number[]): string | undefined {
		if (!content || typeof content !== 'object') return 'content 缺失';
		const c = content as Record<string, Record<string, unknown> | number>;
		const type = Number(c.msg_type);
		if (!allowed.includes(type)) return `不支持的 msg_type ${String(c.msg_type)}`;
		const need: Record<number, [string, string[]]> = {
			1: ['text', ['text']],
			2: ['image', ['media_id']],
			3: ['video', ['item_id']],
			8: ['retain_consult_card', ['card_id']],
			10: ['applet_card', ['card_template_id', 'app_id']],
			11: ['applet_coupon', ['activity_id', 'coupon_meta_id']],
		};
		const [key, fields] = need[type];
		const inner = c[key] as Record<string, unknown> | undefined;
		if (!inner || typeof inner !== 'object') return `${key} 缺失`;
		for (const field of fields)
			if (inner[field] === undefined || inner[field] === '') return `${key}.${field} 缺失`;
		return undefined;
	}

	private settingSet(openId: string, body: Record<string, unknown>) {
		const type = Number(body.group_setting_type);
		if (type !== 1 && type !== 2)
			return { code: 28001007, message: 'group_setting_type 只能是 1 或 2' };
		const group = this.ownGroup(openId, body.group_id);
		if (!group) return { code: 2100005, message: '群不存在' };
		if (!Array.isArray(body.msg_list) || body.msg_list.length === 0)
			return { code: 28001007, message: 'msg_list 不能为空' };
		for (const content of body.msg_list) {
			const problem = this.validContent(content, [1, 10, 11]);
			if (problem) return { code: 28001007, message: problem };
		}
		group.settings[type as 1 | 2] = body.msg_list;
		return { code: 0, message: 'success' };
	}

	private settingDisable(openId: string, body: Record<string, unknown>) {
		const type = Number(body.group_setting_type);
		if (type !== 1 && type !== 2)
			return { code: 28001007, message: 'group_setting_type 只能是 1 或 2' };
		const group = this.ownGroup(openId, body.group_id);
		if (!group) return { code: 2100005, message: '群不存在' };
		delete group.settings[type as 1 | 2];
		return { code: 0, message: 'success' };
	}

	private sendMessage(openId: string, body: Record<string, unknown>): StyleA {
		const groupId = body.group_id
			? String(body.group_id)
			: this.groupTokens.get(String(body.group_token ?? ''));
		if (!groupId) return { code: 28001007, description: 'group_id 或 group_token 必填其一' };
		if (!this.ownGroup(openId, groupId)) return { code: 2100005, description: '群不存在' };
		const problem = this.validContent(body.content, [1, 2, 3, 8, 10]);
		if (problem) return { code: 28001007, description: problem };
		const msgId = `@msg${this.id()}`;
		this.messages.set(msgId, { msgId, groupId, content: body.content, recalled: false });
		return { fields: { msg_id: msgId } };
	}

	private recall(openId: string, body: Record<string, unknown>) {
		if (Number(body.conversation_type) !== 2 && Number(body.conversation_type) !== 1)
			return { code: 28001007, message: 'conversation_type 非法' };
		if (!this.ownGroup(openId, body.conversation_id))
			return { code: 2100005, message: '会话不存在' };
		const message = this.messages.get(String(body.msg_id ?? ''));
		if (!message || message.groupId !== body.conversation_id)
			return { code: 2100005, message: '消息不存在' };
		if (message.recalled) return { code: 2100005, message: '消息已撤回' };
		message.recalled = true;
		return { code: 0, message: 'success' };
	}
}

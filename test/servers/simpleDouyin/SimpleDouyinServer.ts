/**
 * A local Simple Douyin (极简版抖音) backend, written to the reference (shared/reference/simple-douyin.md):
 * the 16 spec routes plus Ocyss/douyin's publish/actionUrl, all state in memory, always HTTP 200 with
 * status_code/status_msg, parameters read from the query string, then form fields, then a JSON body
 * (as the official tests and Ocyss/douyin do), publish as multipart. Ids are snowflake-sized (above 2^53)
 * and written as bare JSON numbers, so any client that parses them with JSON.parse loses digits.
 *
 * Three flavours: "spec" (bare-number ids, every route with a trailing slash), "ocyss" (Ocyss/douyin:
 * quoted ids, `user.user_id` on user info, `msg_type`, "ok!", `feed` without the slash, latest_time = video id)
 * and "gin" (the independent Go/gin server measured in reference §7: latest_time and pre_msg_time required,
 * times in seconds, status codes per failure with 401 for a refused token, user info that ignores user_id,
 * own lists that need user_id, every zero value omitted, query-only actions, publish without a video id).
 * With `strictSlashes` only the registered form of a path answers; the other gets Gin's redirect (always on for gin).
 * Faults can be queued per route to test bad answers. Runnable on its own: see serve.js.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

import { applyFault, LocalApiServer, type Fault } from '../testHttpServer';

export type Flavor = 'spec' | 'ocyss' | 'gin';

export type { Fault } from '../testHttpServer';

export interface SimpleDouyinServerOptions {
	flavor?: Flavor;
	strictSlashes?: boolean;
	/** Videos per feed page; the spec says at most 30. */
	feedPageSize?: number;
	/** Where uploaded and URL videos are said to be served from. */
	publicUrl?: string;
}

export interface UserRecord {
	id: string;
	username: string;
	password: string;
	avatar: string;
	backgroundImage: string;
	signature: string;
}

export interface VideoRecord {
	id: string;
	authorId: string;
	title: string;
	playUrl: string;
	coverUrl: string;
	/** Publish time, ms; strictly increasing across videos so feed paging never ties. */
	createdAt: number;
	/** Bytes of an uploaded file (absent for videos published by URL). */
	size?: number;
	fileName?: string;
	mimeType?: string;
}

export interface CommentRecord {
	id: string;
	videoId: string;
	userId: string;
	content: string;
	createdAt: number;
}

export interface MessageRecord {
	id: string;
	fromUserId: string;
	toUserId: string;
	content: string;
	createdAt: number;
}

export interface RecordedRequest {
	method: string;
	path: string;
	query: Record<string, string>;
	params: Record<string, string>;
	contentType: string;
}

/** A JSON number written without quotes, whatever its size. */
class Int64 {
	constructor(readonly digits: string) {}
}

/** Go's `omitempty`: false, 0, "" and empty lists are left out of an object. */
function isGoZero(value: unknown): boolean {
	return (
		value === false ||
		value === 0 ||
		value === '' ||
		(value instanceof Int64 && value.digits === '0') ||
		(Array.isArray(value) && value.length === 0)
	);
}

/** JSON.stringify, except that Int64 values are written as bare numbers; `omitEmpty` drops Go zero values. */
function toJson(value: unknown, omitEmpty = false): string {
	if (value instanceof Int64) return value.digits;
	if (Array.isArray(value)) return `[${value.map((entry) => toJson(entry, omitEmpty)).join(',')}]`;
	if (value && typeof value === 'object') {
		const parts: string[] = [];
		for (const [key, entry] of Object.entries(value)) {
			if (entry === undefined || (omitEmpty && isGoZero(entry))) continue;
			parts.push(`${JSON.stringify(key)}:${toJson(entry, omitEmpty)}`);
		}
		return `{${parts.join(',')}}`;
	}
	return JSON.stringify(value);
}

/** Routes by name, with the path each flavour registers (relative to /douyin/); gin registers the spec path unless named. */
const ROUTES: Record<
	string,
	{ method: 'GET' | 'POST'; spec: string; ocyss: string; gin?: string }
> = {
	feed: { method: 'GET', spec: 'feed/', ocyss: 'feed', gin: 'feed' },
	register: { method: 'POST', spec: 'user/register/', ocyss: 'user/register/' },
	login: { method: 'POST', spec: 'user/login/', ocyss: 'user/login/' },
	user: { method: 'GET', spec: 'user/', ocyss: 'user/' },
	publish: { method: 'POST', spec: 'publish/action/', ocyss: 'publish/action/' },
	publishByUrl: { method: 'POST', spec: 'publish/actionUrl/', ocyss: 'publish/actionUrl/' },
	publishList: { method: 'GET', spec: 'publish/list/', ocyss: 'publish/list/' },
	favoriteAction: { method: 'POST', spec: 'favorite/action/', ocyss: 'favorite/action/' },
	favoriteList: { method: 'GET', spec: 'favorite/list/', ocyss: 'favorite/list/' },
	commentAction: { method: 'POST', spec: 'comment/action/', ocyss: 'comment/action/' },
	commentList: { method: 'GET', spec: 'comment/list/', ocyss: 'comment/list/' },
	relationAction: { method: 'POST', spec: 'relation/action/', ocyss: 'relation/action/' },
	followList: { method: 'GET', spec: 'relation/follow/list/', ocyss: 'relation/follow/list/' },
	followerList: {
		method: 'GET',
		spec: 'relation/follower/list/',
		ocyss: 'relation/follower/list/',
	},
	friendList: { method: 'GET', spec: 'relation/friend/list/', ocyss: 'relation/friend/list/' },
	messageAction: { method: 'POST', spec: 'message/action/', ocyss: 'message/action/' },
	messageChat: { method: 'GET', spec: 'message/chat/', ocyss: 'message/chat/' },
};

const BASE = '/douyin/';
const ID_PATTERN = /^\d{1,19}$/;
const NEW_FRIEND_MESSAGE = '快来和你的新朋友聊天吧';

class Failure extends Error {
	constructor(
		readonly statusMsg: string,
		readonly detail?: string,
		readonly code = 1,
	) {
		super(statusMsg);
	}
}

/**
 * What went wrong, and how the gin server says it (reference §7): its own status_code per kind. The spec
 * and Ocyss/douyin flavours answer status_code 1 for all of them, with their own messages.
 */
const GIN_FAILURES = {
	other: [-1, '其他错误'],
	tokenRefused: [401, '身份验证失败'],
	tokenExpired: [402, '身份已过期'],
	userNotFound: [403, '用户不存在'],
	videoNotFound: [404, '视频不存在'],
	notAVideo: [404, '上传的文件不是视频'],
	loginNeeded: [406, '请先登录'],
	badParam: [407, '参数错误'],
	unknownAction: [408, '未知操作'],
	commentNotFound: [410, '评论不存在'],
	forbidden: [403, '无权操作'],
	followSelf: [415, '不能关注自己'],
	nameTaken: [417, '用户名已存在'],
	emptyName: [418, '用户名为空'],
} as const;

type FailureKind = keyof typeof GIN_FAILURES;

/** gin's favorite/list without user_id: HTTP 200 and no body at all (reference §7). */
class EmptyAnswer extends Error {}

type Params = Record<string, string>;

interface Upload {
	size: number;
	fileName: string;
	mimeType: string;
	/** The first bytes, to tell a video from anything else (gin checks the file type). */
	head: Buffer;
}

export class SimpleDouyinServer extends LocalApiServer<RecordedRequest> {
	readonly flavor: Flavor;
	readonly strictSlashes: boolean;
	feedPageSize: number;
	readonly users = new Map<string, UserRecord>();
	readonly tokens = new Map<string, string>();
	readonly videos: VideoRecord[] = [];
	/** `${userId}|${videoId}` */
	readonly likes = new Set<string>();
	readonly comments: CommentRecord[] = [];
	/** `${followerId}|${followeeId}` */
	readonly follows = new Set<string>();
	readonly messages: MessageRecord[] = [];
	loginCount = 0;
	/** Refuse every token, even fresh ones, as a server with broken auth would. */
	refuseAllTokens = false;
	/** Tokens the server still recognises but calls expired (gin: status_code 402). */
	readonly expiredTokens = new Set<string>();
	now: () => number = Date.now;

	private readonly publicUrl: string;
	private sequence = 0;
	private lastVideoTime = 0;
	private lastMessageTime = 0;

	constructor(options: SimpleDouyinServerOptions = {}) {
		super();
		this.flavor = options.flavor ?? 'spec';
		this.strictSlashes = options.strictSlashes ?? this.flavor === 'gin';
		this.feedPageSize = options.feedPageSize ?? 30;
		this.publicUrl = options.publicUrl ?? 'http://127.0.0.1/static';
	}

	// ------------------------------------------------------------------ control

	/** The base URL a client uses: http://127.0.0.1:port/douyin */
	get baseUrl(): string {
		return `${this.url}/douyin`;
	}

	/** Queues a fault for the next request to a route, named as in ROUTES (e.g. 'user', 'feed'). */
	override injectFault(route: string, fault: Fault, times = 1): this {
		if (!ROUTES[route]) throw new Error(`unknown route ${route}`);
		return super.injectFault(route, fault, times);
	}

	/** Forgets every token, as a restarted server or a rotated signing key would. */
	revokeAllTokens(): void {
		this.tokens.clear();
	}

	/** Marks every token issued so far as expired (gin answers 402; other flavours treat it as unknown). */
	expireAllTokens(): void {
		for (const token of this.tokens.keys()) this.expiredTokens.add(token);
	}

	override requestsTo(route: string): RecordedRequest[] {
		const paths = new Set([
			BASE + ROUTES[route].spec,
			BASE + ROUTES[route].ocyss,
			BASE + (ROUTES[route].gin ?? ROUTES[route].spec),
			BASE + ROUTES[route].spec.replace(/\/$/, ''),
		]);
		return this.requests.filter((r) => paths.has(r.path));
	}

	/** A snowflake-like id: time-ordered and above 2^53. */
	nextId(): string {
		const sequence = BigInt(++this.sequence & 0x3fffff);
		return ((BigInt(this.now() - 1288834974657) << 22n) | sequence).toString();
	}

	addUser(
		username: string,
		password: string,
		profile: Partial<Pick<UserRecord, 'avatar' | 'backgroundImage' | 'signature'>> = {},
	): UserRecord {
		const user: UserRecord = {
			id: this.nextId(),
			username,
			password,
			avatar: profile.avatar ?? `https://api.multiavatar.com/${encodeURIComponent(username)}.png`,
			backgroundImage: profile.backgroundImage ?? 'https://example.invalid/background.jpg',
			signature: profile.signature ?? '',
		};
		this.users.set(user.id, user);
		return user;
	}

	userByName(username: string): UserRecord | undefined {
		return [...this.users.values()].find((u) => u.username === username);
	}

	/** Issues a token for a user without going through login (for fixed-token tests). */
	issueToken(userId: string): string {
		const token = `sdy.${userId}.${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
		this.tokens.set(token, userId);
		return token;
	}

	addVideo(authorId: string, title: string, extra: Partial<VideoRecord> = {}): VideoRecord {
		const id = this.nextId();
		const createdAt = Math.max(this.now(), this.lastVideoTime + 1);
		this.lastVideoTime = createdAt;
		const video: VideoRecord = {
			id,
			authorId,
			title,
			playUrl: `${this.publicUrl}/${id}.mp4`,
			coverUrl: `${this.publicUrl}/${id}.jpg`,
			createdAt,
			...extra,
		};
		this.videos.push(video);
		return video;
	}

	addMessage(
		fromUserId: string,
		toUserId: string,
		content: string,
		/** Send time in ms; by default now, strictly after the previous message. */
		at?: number,
	): MessageRecord {
		const createdAt = at ?? Math.max(this.now(), this.lastMessageTime + 1);
		this.lastMessageTime = Math.max(this.lastMessageTime, createdAt);
		const message = { id: this.nextId(), fromUserId, toUserId, content, createdAt };
		this.messages.push(message);
		return message;
	}

	/** A small world for demos and end-to-end runs: three users, videos, likes, comments, friends, a chat. */
	seedDemo(): { alice: UserRecord; bob: UserRecord; carol: UserRecord; videos: VideoRecord[] } {
		const alice =
			this.userByName('alice') ??
			this.addUser('alice', 'alice-password', { signature: 'Hello from Alice' });
		const bob =
			this.userByName('bob') ??
			this.addUser('bob', 'bob-password', { signature: 'Bob films cats' });
		const carol = this.userByName('carol') ?? this.addUser('carol', 'carol-password');
		const videos = [
			this.addVideo(bob.id, 'Cat on a keyboard'),
			this.addVideo(carol.id, 'Guitar basics'),
			this.addVideo(alice.id, 'Sunset timelapse'),
			this.addVideo(bob.id, 'Cat vs. cucumber'),
		];
		this.likes.add(`${alice.id}|${videos[0].id}`);
		this.likes.add(`${carol.id}|${videos[0].id}`);
		this.comments.push({
			id: this.nextId(),
			videoId: videos[0].id,
			userId: carol.id,
			content: 'So cute!',
			createdAt: this.now(),
		});
		this.follows.add(`${alice.id}|${bob.id}`);
		this.follows.add(`${bob.id}|${alice.id}`);
		this.follows.add(`${carol.id}|${alice.id}`);
		this.addMessage(bob.id, alice.id, 'Hi Alice, did you see the cat video?');
		return { alice, bob, carol, videos };
	}

	// ------------------------------------------------------------------ HTTP

	protected async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		const method = req.method ?? 'GET';
		const chunks: Buffer[] = [];
		for await (const chunk of req) chunks.push(chunk as Buffer);
		const raw = Buffer.concat(chunks);
		const contentType = String(req.headers['content-type'] ?? '');
		const query = Object.fromEntries(url.searchParams);

		if (url.pathname === '/ping') return this.text(res, 200, 'pong');

		const match = this.route(url.pathname, method);
		if (match.kind === 'redirect') {
			this.requests.push({ method, path: url.pathname, query, params: {}, contentType });
			// Gin's RedirectTrailingSlash: 301 for GET, 307 for other methods.
			res.statusCode = method === 'GET' ? 301 : 307;
			res.setHeader('location', match.location + url.search);
			return void res.end();
		}
		if (match.kind === 'none') return this.text(res, 404, '404 page not found');

		let upload: Upload | undefined;
		let params: Params = {};
		try {
			({ params, upload } = await this.readParams(raw, contentType, query));
		} catch {
			params = { ...query };
		}
		this.requests.push({ method, path: url.pathname, query, params, contentType });

		const fault = this.faults.next(match.name);
		if (fault && (await applyFault(fault, res, '{"status_code":0,"status_msg":"","user":{"id":')))
			return;

		let body: Record<string, unknown>;
		try {
			body = { ...this.ok(), ...this.dispatch(match.name, params, upload) };
		} catch (error) {
			if (error instanceof EmptyAnswer) return void res.end();
			if (!(error instanceof Failure)) throw error;
			body = { status_code: error.code, status_msg: error.statusMsg };
			if (this.flavor === 'ocyss') body.errmsg = [error.detail ?? error.statusMsg];
		}
		res.setHeader('content-type', 'application/json; charset=utf-8');
		if (this.flavor !== 'gin') return void res.end(toJson(body));
		// gin: every field omitempty, except status_code (a success still says 0).
		const { status_code, ...rest } = body;
		const fields = toJson(rest, true).slice(1, -1);
		res.end(`{"status_code":${toJson(status_code)}${fields ? `,${fields}` : ''}}`);
	}

	private route(
		pathname: string,
		method: string,
	): { kind: 'match'; name: string } | { kind: 'redirect'; location: string } | { kind: 'none' } {
		if (!pathname.startsWith(BASE.slice(0, -1))) return { kind: 'none' };
		const rest = pathname.slice(BASE.length);
		for (const [name, route] of Object.entries(ROUTES)) {
			const registered = this.flavor === 'gin' ? (route.gin ?? route.spec) : route[this.flavor];
			const bare = registered.replace(/\/$/, '');
			if (rest.replace(/\/$/, '') !== bare) continue;
			if (route.method !== method) return { kind: 'none' };
			if (this.strictSlashes && rest !== registered)
				return { kind: 'redirect', location: BASE + registered };
			return { kind: 'match', name };
		}
		return { kind: 'none' };
	}

	/** Query string first, then urlencoded or multipart form fields, then a JSON body (Ocyss/douyin's fallback). */
	private async readParams(
		raw: Buffer,
		contentType: string,
		query: Params,
	): Promise<{ params: Params; upload?: Upload }> {
		const params: Params = {};
		let upload: Upload | undefined;
		if (raw.length > 0 && contentType.includes('multipart/form-data')) {
			const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
			for (const [key, value] of form.entries()) {
				if (typeof value === 'string') params[key] = value;
				else if (key === 'data')
					upload = {
						size: value.size,
						fileName: (value as File).name ?? 'video',
						mimeType: value.type,
						head: Buffer.from(await value.slice(0, 16).arrayBuffer()),
					};
			}
		} else if (this.flavor === 'gin') {
			// gin's handlers read the query string only: a form or JSON body is not looked at.
		} else if (raw.length > 0 && contentType.includes('application/x-www-form-urlencoded')) {
			Object.assign(params, Object.fromEntries(new URLSearchParams(raw.toString('utf8'))));
		} else if (raw.length > 0 && contentType.includes('json')) {
			// Bare numbers above 2^53 would lose digits: quote every long integer before parsing.
			const parsed = JSON.parse(
				raw.toString('utf8').replace(/(?<=[:\[,]\s*)(-?\d{16,})(?=\s*[,}\]])/g, '"$1"'),
			) as Record<string, unknown>;
			for (const [key, value] of Object.entries(parsed))
				if (value !== null && typeof value !== 'object') params[key] = String(value);
		}
		return { params: { ...params, ...query }, upload };
	}

	private text(res: ServerResponse, status: number, text: string): void {
		res.statusCode = status;
		res.setHeader('content-type', 'text/plain');
		res.end(text);
	}

	// ------------------------------------------------------------------ API

	private ok(): Record<string, unknown> {
		return { status_code: 0, status_msg: this.flavor === 'ocyss' ? 'ok!' : '' };
	}

	private dispatch(route: string, p: Params, upload: Upload | undefined): Record<string, unknown> {
		switch (route) {
			case 'feed':
				return this.feed(p);
			case 'register':
				return this.register(p);
			case 'login':
				return this.login(p);
			case 'user':
				return this.userInfo(p);
			case 'publish':
				return this.publish(p, upload);
			case 'publishByUrl':
				return this.publishByUrl(p);
			case 'publishList':
				return this.videoList(p, (v, owner) => v.authorId === owner);
			case 'favoriteAction':
				return this.favoriteAction(p);
			case 'favoriteList':
				return this.videoList(p, (v, owner) => this.likes.has(`${owner}|${v.id}`), true);
			case 'commentAction':
				return this.commentAction(p);
			case 'commentList':
				return this.commentList(p);
			case 'relationAction':
				return this.relationAction(p);
			case 'followList':
				return this.userList(p, (owner) => this.followeesOf(owner));
			case 'followerList':
				return this.userList(p, (owner) => this.followersOf(owner));
			case 'friendList':
				return this.friendList(p);
			case 'messageAction':
				return this.messageAction(p);
			case 'messageChat':
				return this.messageChat(p);
		}
		throw new Error(`no handler for ${route}`);
	}

	/** A failure as this flavour words it: gin's own code and message, else status_code 1 with the flavour's text. */
	private fail(kind: FailureKind, spec: string, ocyss = spec, detail?: string): Failure {
		if (this.flavor === 'gin') {
			const [code, message] = GIN_FAILURES[kind];
			return new Failure(message, detail, code);
		}
		return new Failure(this.flavor === 'ocyss' ? ocyss : spec, detail);
	}

	private badParam(detail: string): Failure {
		return this.fail('badParam', `Invalid parameter: ${detail}`, '参数不正确', detail);
	}

	private id(value: string | undefined, name: string, required = true): string | undefined {
		if (value === undefined || value === '') {
			if (required) throw this.badParam(`${name} is required`);
			return undefined;
		}
		if (!ID_PATTERN.test(value))
			throw this.badParam(`strconv.ParseInt: parsing "${value}": invalid syntax`);
		return value;
	}

	private caller(p: Params): UserRecord {
		const userId = p.token ? this.tokens.get(p.token) : undefined;
		if (!p.token)
			throw this.fail(
				'loginNeeded',
				'Invalid parameter: token is required',
				'参数不正确',
				"Key: 'Reqs.Token' Error:Field validation for 'Token' failed on the 'required' tag",
			);
		if (this.expiredTokens.has(p.token))
			throw this.fail(
				'tokenExpired',
				'Invalid token, please log in again',
				'Token 错误,请重新登录',
				'token is expired',
			);
		if (this.refuseAllTokens || !userId || !this.users.has(userId))
			throw this.fail(
				'tokenRefused',
				'Invalid token, please log in again',
				'Token 错误,请重新登录',
				'token is malformed',
			);
		return this.users.get(userId)!;
	}

	private optionalCaller(p: Params): UserRecord | undefined {
		return p.token ? this.caller(p) : undefined;
	}

	private userRecord(id: string): UserRecord {
		const user = this.users.get(id);
		if (!user) throw this.fail('userNotFound', "User doesn't exist", '用户不存在');
		return user;
	}

	private videoRecord(id: string): VideoRecord {
		const video = this.videos.find((v) => v.id === id);
		if (!video) throw this.fail('videoNotFound', "Video doesn't exist", '视频不存在');
		return video;
	}

	private idValue(id: string): Int64 | string {
		return this.flavor === 'ocyss' ? id : new Int64(id);
	}

	private followeesOf(userId: string): string[] {
		return [...this.follows].filter((f) => f.startsWith(`${userId}|`)).map((f) => f.split('|')[1]);
	}

	private followersOf(userId: string): string[] {
		return [...this.follows].filter((f) => f.endsWith(`|${userId}`)).map((f) => f.split('|')[0]);
	}

	private userJson(
		user: UserRecord,
		viewer: UserRecord | undefined,
		idKey: 'id' | 'user_id' = 'id',
	): Record<string, unknown> {
		const works = this.videos.filter((v) => v.authorId === user.id);
		const totalFavorited = works.reduce((sum, v) => sum + this.likeCount(v.id), 0);
		return {
			[idKey]: this.idValue(user.id),
			name: user.username,
			follow_count: this.followeesOf(user.id).length,
			follower_count: this.followersOf(user.id).length,
			is_follow: viewer ? this.follows.has(`${viewer.id}|${user.id}`) : false,
			avatar: user.avatar,
			background_image: user.backgroundImage,
			signature: user.signature,
			// SPEC-23's Apifox schema types total_favorited as a string; Ocyss/douyin sends a number.
			total_favorited: this.flavor === 'spec' ? String(totalFavorited) : totalFavorited,
			work_count: works.length,
			favorite_count: [...this.likes].filter((l) => l.startsWith(`${user.id}|`)).length,
		};
	}

	private likeCount(videoId: string): number {
		return [...this.likes].filter((l) => l.endsWith(`|${videoId}`)).length;
	}

	private videoJson(video: VideoRecord, viewer: UserRecord | undefined): Record<string, unknown> {
		return {
			id: this.idValue(video.id),
			author: this.userJson(this.userRecord(video.authorId), viewer),
			play_url: video.playUrl,
			cover_url: video.coverUrl,
			favorite_count: this.likeCount(video.id),
			comment_count: this.comments.filter((c) => c.videoId === video.id).length,
			is_favorite: viewer ? this.likes.has(`${viewer.id}|${video.id}`) : false,
			// The gin server's Video struct has no title (reference §7).
			title: this.flavor === 'gin' ? undefined : video.title,
		};
	}

	private commentJson(
		comment: CommentRecord,
		viewer: UserRecord | undefined,
	): Record<string, unknown> {
		const date = new Date(comment.createdAt);
		const mmdd = `${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
		return {
			id: this.idValue(comment.id),
			user: this.userJson(this.userRecord(comment.userId), viewer),
			content: comment.content,
			create_date: mmdd,
		};
	}

	private messageJson(message: MessageRecord): Record<string, unknown> {
		return {
			// Ocyss/douyin quotes user ids in messages but leaves the message id a bare number (reference §3).
			id: new Int64(message.id),
			to_user_id: this.idValue(message.toUserId),
			from_user_id: this.idValue(message.fromUserId),
			content: message.content,
			// gin: Unix seconds; the others milliseconds (reference §3, §7).
			create_time: this.flavor === 'gin' ? Math.floor(message.createdAt / 1000) : message.createdAt,
		};
	}

	private feed(p: Params) {
		const viewer = this.optionalCaller(p);
		const latest = p.latest_time && /^\d+$/.test(p.latest_time) ? p.latest_time : undefined;
		const newestFirst = [...this.videos].sort((a, b) => b.createdAt - a.createdAt);
		if (this.flavor === 'gin') {
			// Required, then ignored: every call answers the newest page; next_time is in seconds.
			if (p.latest_time === undefined || p.latest_time === '') throw this.fail('other', 'other');
			const page = newestFirst.slice(0, this.feedPageSize);
			const last = page[page.length - 1];
			return {
				video_list: page.map((v) => this.videoJson(v, viewer)),
				next_time: last ? Math.floor(last.createdAt / 1000) : undefined,
			};
		}
		let candidates: VideoRecord[];
		if (this.flavor === 'ocyss') {
			// Ocyss/douyin: latest_time is the id of the last video of the previous page (ids are time-ordered).
			candidates = latest ? newestFirst.filter((v) => BigInt(v.id) < BigInt(latest)) : newestFirst;
		} else {
			// The spec says seconds; milliseconds are accepted too, so that no two videos tie on the cursor.
			const limit = latest
				? Number(latest) < 1e12
					? Number(latest) * 1000
					: Number(latest)
				: undefined;
			candidates =
				limit === undefined ? newestFirst : newestFirst.filter((v) => v.createdAt < limit);
		}
		const page = candidates.slice(0, this.feedPageSize);
		const last = page[page.length - 1];
		const nextTime = last
			? this.flavor === 'ocyss'
				? this.idValue(last.id)
				: last.createdAt
			: undefined;
		return { video_list: page.map((v) => this.videoJson(v, viewer)), next_time: nextTime };
	}

	private checkCredentials(p: Params): { username: string; password: string } {
		const username = p.username ?? '';
		const password = p.password ?? '';
		if (this.flavor === 'gin' && !username) throw this.fail('emptyName', 'username is empty');
		const min = this.flavor === 'ocyss' ? 5 : 1;
		if (
			username.length < min ||
			username.length > 32 ||
			password.length < min ||
			password.length > 32
		) {
			throw this.badParam(`username and password must have ${min} to 32 characters`);
		}
		return { username, password };
	}

	private session(user: UserRecord) {
		return { user_id: this.idValue(user.id), token: this.issueToken(user.id) };
	}

	private register(p: Params) {
		const { username, password } = this.checkCredentials(p);
		if (this.userByName(username))
			throw this.fail('nameTaken', 'User already exists', '用户名已存在');
		return this.session(
			this.addUser(username, password, {
				avatar: p.avatar,
				backgroundImage: p.background_image,
				signature: p.signature,
			}),
		);
	}

	private login(p: Params) {
		this.loginCount++;
		const { username, password } = this.checkCredentials(p);
		const user = this.userByName(username);
		if (!user || user.password !== password)
			throw this.fail('userNotFound', 'Wrong username or password', '用户名或密码错误');
		return this.session(user);
	}

	private userInfo(p: Params) {
		const viewer = this.caller(p);
		// gin: user_id is not read; the answer is always the token's owner, with is_follow false.
		if (this.flavor === 'gin') return { user: this.userJson(viewer, undefined) };
		const userId = this.id(p.user_id, 'user_id', false) ?? viewer.id;
		// Ocyss/douyin names the id user_id on this route only (handler type UserInfoResp).
		return {
			user: this.userJson(
				this.userRecord(userId),
				viewer,
				this.flavor === 'ocyss' ? 'user_id' : 'id',
			),
		};
	}

	private publish(p: Params, upload: Upload | undefined) {
		const author = this.caller(p);
		if (!upload) throw this.badParam('http: no such file');
		// gin sniffs the file: an ISO media file has "ftyp" at byte 4.
		if (this.flavor === 'gin' && upload.head.subarray(4, 8).toString('latin1') !== 'ftyp')
			throw this.fail('notAVideo', 'not a video');
		const title = p.title ?? '';
		if (title.length < 1 || title.length > 120)
			throw this.badParam('title must have 1 to 120 characters');
		const video = this.addVideo(author.id, title, {
			size: upload.size,
			fileName: upload.fileName,
			mimeType: upload.mimeType,
		});
		// gin processes the upload in the background and answers without the new id.
		return this.flavor === 'gin' ? {} : { vid: this.idValue(video.id) };
	}

	private publishByUrl(p: Params) {
		const author = p.token ? this.caller(p) : this.userRecord(this.id(p.id, 'id')!);
		if (!p.url) throw this.badParam('url is required');
		const title = p.title ?? '';
		if (title.length < 1 || title.length > 120)
			throw this.badParam('title must have 1 to 120 characters');
		const video = this.addVideo(author.id, title, {
			playUrl: p.url,
			coverUrl: p.cover_url ?? `${p.url}.jpg`,
		});
		return { vid: this.idValue(video.id) };
	}

	private videoList(
		p: Params,
		filter: (video: VideoRecord, ownerId: string) => boolean,
		emptyWithoutUser = false,
	) {
		const viewer = this.caller(p);
		if (this.flavor === 'gin' && !p.user_id) {
			// gin: no own-list default. favorite/list answers nothing at all, publish/list 407.
			if (emptyWithoutUser) throw new EmptyAnswer();
			throw this.badParam('user_id is required');
		}
		const requested = this.id(p.user_id, 'user_id', false);
		// Ocyss/douyin: empty or 0 means the caller's own list.
		const owner = requested && requested !== '0' ? this.userRecord(requested).id : viewer.id;
		const list = this.videos
			.filter((v) => filter(v, owner))
			.sort((a, b) => b.createdAt - a.createdAt);
		return { video_list: list.map((v) => this.videoJson(v, viewer)) };
	}

	private actionType(p: Params, allowed: number[]): number {
		const value = Number(p.action_type);
		if (!allowed.includes(value))
			throw this.fail(
				'unknownAction',
				`Invalid parameter: action_type must be ${allowed.join(' or ')}`,
				'参数不正确',
			);
		return value;
	}

	private favoriteAction(p: Params) {
		const viewer = this.caller(p);
		const video = this.videoRecord(this.id(p.video_id, 'video_id')!);
		const type = this.actionType(p, [1, 2]);
		if (type === 1) this.likes.add(`${viewer.id}|${video.id}`);
		else this.likes.delete(`${viewer.id}|${video.id}`);
		return {};
	}

	private commentAction(p: Params) {
		const viewer = this.caller(p);
		const video = this.videoRecord(this.id(p.video_id, 'video_id')!);
		const type = this.actionType(p, [1, 2]);
		if (type === 1) {
			const text = p.comment_text ?? '';
			if (!text.trim()) throw this.badParam('comment_text is required');
			const comment: CommentRecord = {
				id: this.nextId(),
				videoId: video.id,
				userId: viewer.id,
				content: text,
				createdAt: this.now(),
			};
			this.comments.push(comment);
			return { comment: this.commentJson(comment, viewer) };
		}
		const commentId = this.id(p.comment_id, 'comment_id')!;
		const index = this.comments.findIndex((c) => c.id === commentId && c.videoId === video.id);
		if (index < 0) throw this.fail('commentNotFound', "Comment doesn't exist", '评论不存在');
		if (this.comments[index].userId !== viewer.id)
			throw this.fail('forbidden', 'Only the author can delete a comment', '无权删除该评论');
		this.comments.splice(index, 1);
		return {};
	}

	private commentList(p: Params) {
		const viewer = this.caller(p);
		const video = this.videoRecord(this.id(p.video_id, 'video_id')!);
		const list = this.comments
			.filter((c) => c.videoId === video.id)
			.sort((a, b) => b.createdAt - a.createdAt || (BigInt(b.id) > BigInt(a.id) ? 1 : -1));
		return { comment_list: list.map((c) => this.commentJson(c, viewer)) };
	}

	private relationAction(p: Params) {
		const viewer = this.caller(p);
		const target = this.userRecord(this.id(p.to_user_id, 'to_user_id')!);
		const type = this.actionType(p, [1, 2]);
		if (target.id === viewer.id)
			throw this.fail('followSelf', 'You cannot follow yourself', '不能关注自己');
		if (type === 1) this.follows.add(`${viewer.id}|${target.id}`);
		else this.follows.delete(`${viewer.id}|${target.id}`);
		return {};
	}

	private userList(p: Params, idsOf: (ownerId: string) => string[]) {
		const viewer = this.caller(p);
		const requested = this.id(p.user_id, 'user_id', this.flavor === 'gin');
		const owner = requested ? this.userRecord(requested).id : viewer.id;
		return { user_list: idsOf(owner).map((id) => this.userJson(this.userRecord(id), viewer)) };
	}

	private friendList(p: Params) {
		const viewer = this.caller(p);
		const requested = this.id(p.user_id, 'user_id', false);
		if (requested && requested !== viewer.id)
			throw this.fail('forbidden', 'You can only list your own friends', '只能查看自己的好友列表');
		const friends = this.followeesOf(viewer.id).filter((id) =>
			this.follows.has(`${id}|${viewer.id}`),
		);
		return {
			user_list: friends.map((id) => {
				const latest = this.messages
					.filter(
						(m) =>
							(m.fromUserId === id && m.toUserId === viewer.id) ||
							(m.fromUserId === viewer.id && m.toUserId === id),
					)
					.at(-1);
				const msgTypeKey = this.flavor === 'ocyss' ? 'msg_type' : 'msgType';
				return {
					...this.userJson(this.userRecord(id), viewer),
					message: latest
						? latest.content
						: this.flavor === 'ocyss'
							? NEW_FRIEND_MESSAGE
							: undefined,
					[msgTypeKey]: latest ? (latest.fromUserId === viewer.id ? 1 : 0) : undefined,
				};
			}),
		};
	}

	private messageAction(p: Params) {
		const viewer = this.caller(p);
		const target = this.userRecord(this.id(p.to_user_id, 'to_user_id')!);
		this.actionType(p, [1]);
		const content = p.content ?? '';
		if (content.length < 1 || content.length > 255)
			throw this.badParam('content must have 1 to 255 characters');
		this.addMessage(viewer.id, target.id, content);
		return {};
	}

	private messageChat(p: Params) {
		const viewer = this.caller(p);
		const other = this.userRecord(this.id(p.to_user_id, 'to_user_id')!);
		if (this.flavor === 'gin' && !p.pre_msg_time) throw this.fail('other', 'other');
		const after = p.pre_msg_time && /^\d+$/.test(p.pre_msg_time) ? Number(p.pre_msg_time) : 0;
		// gin compares in seconds: a millisecond value is in the far future and matches nothing.
		const timeOf = (m: MessageRecord) =>
			this.flavor === 'gin' ? Math.floor(m.createdAt / 1000) : m.createdAt;
		const list = this.messages.filter(
			(m) =>
				((m.fromUserId === viewer.id && m.toUserId === other.id) ||
					(m.fromUserId === other.id && m.toUserId === viewer.id)) &&
				timeOf(m) > after,
		);
		list.sort((a, b) => a.createdAt - b.createdAt);
		return { message_list: list.map((m) => this.messageJson(m)) };
	}
}

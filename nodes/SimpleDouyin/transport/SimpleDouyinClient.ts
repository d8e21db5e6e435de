import { ApiError, redactError, redactValue } from '../../shared/errors';
import {
	FormData,
	httpRequest,
	joinUrl,
	parseJsonResponse,
	type HttpContext,
	type HttpResponse,
	type QueryValue,
} from '../../shared/http';
import { parseJsonLossless } from '../../shared/json';
import { ACTION, DEFAULT_BASE_URL, MAX_CREDENTIAL_LENGTH, PATHS, SERVICE } from './endpoints';
import { ApiErrorWithHint, TokenRefusedError, unwrapEnvelope } from './envelope';
import {
	isObject,
	listOf,
	normalizeComment,
	normalizeFriend,
	normalizeMessage,
	normalizeObject,
	normalizeUser,
	normalizeVideo,
	type Json,
} from './normalize';
import { chatTimeUnitMismatch, timeUnitOf, type TimeUnit } from './timeUnits';
import {
	fixedTokenKey,
	fixedTokenOwners,
	sessionKey,
	simpleDouyinSessions,
	type Session,
} from './session';

export type AuthMode = 'password' | 'token';

export interface SimpleDouyinCredentials {
	baseUrl?: string;
	authMode: AuthMode;
	username?: string;
	password?: string;
	token?: string;
}

export interface SimpleDouyinClientOptions {
	timeoutMs?: number;
}

export interface VideoFile {
	data: Buffer;
	fileName?: string;
	mimeType?: string;
}

interface RequestParts {
	query?: Record<string, QueryValue>;
	body?: FormData;
	json?: unknown;
}

interface Call {
	method: 'GET' | 'POST';
	path: string;
	/** Builds the request for a token; called again for each attempt, since a multipart form is read once. */
	build(token: string | undefined): RequestParts;
	/** Sends the login token (everything but register and login). */
	auth: boolean;
	/** Safe to send twice (reads, likes, follows, login): retried on network errors and 5xx. */
	idempotent?: boolean;
	/** "like the video": completes "Could not …" in errors. */
	action: string;
	hint?: string;
}

/** Statuses with which a server says "not this spelling of the path": Gin redirects to the other slash form. */
const WRONG_PATH_STATUSES = new Set([301, 302, 307, 308, 404, 405]);

/** Which slash form of a route each server answered, learned once per process. */
const pathForms = new Map<string, string>();

/** Base URLs whose feed refused a call without latest_time (the gin server requires it, then ignores it). */
const feedNeedsLatestTime = new Set<string>();

/** The unit of message create_time (and so of pre_msg_time) each server answered with, learned per process. */
const chatTimeUnits = new Map<string, TimeUnit>();

const FIXED_TOKEN_HINT =
	'The server refused the token in the credential. Get a new token (for example with User › Login in another client), or switch the credential to Username and Password so the node logs in by itself.';
const REFUSED_AFTER_LOGIN_HINT =
	'The server refused the token even right after a fresh login with the credential. Check that the base URL points at the server that issues the tokens, and that the account is not disabled.';
const ID_HINT =
	'Check the ID: take it from the output of another Simple Douyin operation, where IDs are exact strings.';

function toggleSlash(path: string): string {
	return path.endsWith('/') ? path.replace(/\/+$/, '') : `${path}/`;
}

/** The API lives under /douyin/; a base URL of just the host (e.g. http://localhost:8080) gets it added. */
export function normalizeBaseUrl(raw: string | undefined): string {
	const text = (raw ?? '').trim() || DEFAULT_BASE_URL;
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		throw new ApiError({
			service: SERVICE,
			code: 'INVALID_BASE_URL',
			message: `The base URL "${text}" is not a URL`,
			hint: `Enter the API root in the credential, e.g. ${DEFAULT_BASE_URL}.`,
		});
	}
	if (url.pathname === '/' || url.pathname === '') url.pathname = '/douyin';
	return url.toString().replace(/\/+$/, '');
}

function looksLikeWrongPath(response: HttpResponse): boolean {
	if (!WRONG_PATH_STATUSES.has(response.status)) return false;
	if (response.status >= 300 && response.status < 400) return true;
	try {
		// A 404 that still carries the API's envelope is a real answer, not a wrong path.
		const body = parseJsonLossless<unknown>(response.body.toString('utf8'));
		return !(isObject(body) && body.status_code !== undefined);
	} catch {
		return true;
	}
}

/**
 * The Simple Douyin (极简版抖音) backend API, reference §1–§5. Free of n8n types: usable from any Node script.
 * Parameters go in the query string (publish is multipart), success is status_code 0, every id is an
 * exact string. With username and password it logs in once per process and logs in again once when the
 * server refuses the token; with a fixed token it uses that token as is.
 */
export class SimpleDouyinClient {
	readonly baseUrl: string;
	private readonly timeoutMs?: number;

	constructor(
		private readonly credentials: SimpleDouyinCredentials,
		options: SimpleDouyinClientOptions = {},
	) {
		this.baseUrl = normalizeBaseUrl(credentials.baseUrl);
		this.timeoutMs = options.timeoutMs;
		if (credentials.authMode === 'token') {
			if (!credentials.token?.trim())
				throw new ApiError({
					service: SERVICE,
					code: 'NO_TOKEN',
					message: 'The credential has no token',
					hint: 'Enter a token in the credential, or switch it to Username and Password.',
				});
		} else if (!credentials.username?.trim() || !credentials.password) {
			throw new ApiError({
				service: SERVICE,
				code: 'NO_LOGIN',
				message: 'The credential has no username or no password',
				hint: 'Enter both in the credential, or switch it to a fixed token.',
			});
		}
	}

	// ---------------------------------------------------------------- user

	/** Logs in without touching the shared session (the credential test and User › Login use it). */
	async login(username: string, password: string): Promise<Session> {
		checkLogin(username, password);
		const body = await this.request(
			{
				method: 'POST',
				path: PATHS.login,
				build: () => ({ query: { username, password } }),
				auth: false,
				idempotent: true,
				action: `log in as "${username}"`,
				hint: 'Check the username and password.',
			},
			[password],
		);
		return sessionOf(body, 'login');
	}

	async register(
		username: string,
		password: string,
		profile: { avatar?: string; backgroundImage?: string; signature?: string } = {},
	): Promise<Session> {
		checkLogin(username, password);
		const body = await this.request(
			{
				method: 'POST',
				path: PATHS.register,
				build: () => ({
					query: {
						username,
						password,
						avatar: profile.avatar,
						background_image: profile.backgroundImage,
						signature: profile.signature,
					},
				}),
				auth: false,
				action: `register "${username}"`,
				hint: 'The username may be taken, or the server may require 5 to 32 characters for username and password.',
			},
			[password],
		);
		return sessionOf(body, 'registration');
	}

	/**
	 * The logged-in user's id: from the login answer, or (a fixed token, a login answer without user_id) from
	 * GET /douyin/user/ without user_id, which answers with the token's owner: learned once per token and
	 * shared by concurrent calls.
	 * Undefined when the server does not tell; the call then goes without user_id, as before.
	 */
	async ownUserId(): Promise<string | undefined> {
		const session = await this.session();
		if (session.userId) return session.userId;
		const token = session.token;
		try {
			return await fixedTokenOwners.get(fixedTokenKey(this.baseUrl, token), async () => {
				const id = (await this.fetchUser(undefined)).id;
				if (typeof id !== 'string' || id === '0') throw new NoOwnerId();
				return { value: id, freshUntil: Number.POSITIVE_INFINITY };
			});
		} catch (error) {
			// A server that will not tell leaves the id to the call itself; a refused token or a dead server is the answer.
			if (error instanceof NoOwnerId || isEnvelopeRefusal(error)) return undefined;
			throw error;
		}
	}

	async getUser(userId?: string): Promise<Json> {
		// Without a user id the route itself answers with the token's owner; a login may already have told it.
		const id = userId ?? (await this.session()).userId;
		const user = await this.fetchUser(id);
		if (id !== undefined && typeof user.id === 'string' && user.id !== '0' && user.id !== id) {
			throw new ApiError({
				service: SERVICE,
				code: 'OTHER_USER',
				message: `The server answered with user ${user.id} instead of ${id}`,
				hint: 'This server ignores user_id on /douyin/user/ and always answers with the logged-in user, so it cannot show other users. Their profiles also appear as authors in the feed and in follower lists.',
			});
		}
		return user;
	}

	private async fetchUser(id: string | undefined): Promise<Json> {
		const body = await this.request({
			method: 'GET',
			path: PATHS.user,
			build: (token) => ({ query: { user_id: id, token } }),
			auth: true,
			action: 'get the user',
			hint: ID_HINT,
		});
		if (!isObject(body.user))
			throw new ApiError({
				service: SERVICE,
				code: 'NO_USER',
				message: 'The server answered without a user',
				hint: ID_HINT,
			});
		return normalizeUser(body.user);
	}

	// ---------------------------------------------------------------- feed and videos

	/**
	 * One page. Without a cursor, latest_time is left out (the spec calls it optional, and Ocyss/douyin reads
	 * it as a video id, so "now" would return nothing there); a server that then refuses the call gets the
	 * current time in seconds, the spec's default, and is remembered once that brings videos. A server that
	 * failed for another reason gets its own error back, not an empty feed.
	 */
	async feedPage(latestTime?: string): Promise<{ videos: Json[]; nextTime?: string }> {
		const call = (value: string | undefined) =>
			this.request({
				method: 'GET',
				path: PATHS.feed,
				build: (token) => ({ query: { latest_time: value, token } }),
				auth: true,
				action: 'get the feed',
				hint: 'Check Latest Time: servers expect the next_time of an earlier page (a timestamp, or a video ID on Ocyss/douyin).',
			});
		const now = () => String(Math.floor(Date.now() / 1000));
		let body: Json;
		if (latestTime !== undefined) body = await call(latestTime);
		else if (feedNeedsLatestTime.has(this.baseUrl)) body = await call(now());
		else {
			try {
				body = await call(undefined);
			} catch (error) {
				if (!isEnvelopeRefusal(error)) throw error;
				body = await call(now()).catch(() => {
					throw error;
				});
				if (listOf(body, 'video_list').length === 0) throw error;
				feedNeedsLatestTime.add(this.baseUrl);
			}
		}
		const next = normalizeObject({ next_time: body.next_time }).next_time;
		return {
			videos: listOf(body, 'video_list').map(normalizeVideo),
			nextTime: next === undefined || next === null || next === '' ? undefined : String(next),
		};
	}

	/**
	 * Follows next_time from page to page, newest first, until `limit` videos, an empty page, a page with
	 * nothing new, or a cursor that stops moving. Videos seen on an earlier page are dropped: servers differ
	 * on whether latest_time is inclusive.
	 */
	async feed(options: { latestTime?: string; limit?: number } = {}): Promise<Json[]> {
		const seen = new Set<string>();
		const videos: Json[] = [];
		let cursor = options.latestTime;
		for (;;) {
			const page = await this.feedPage(cursor);
			let fresh = 0;
			for (const video of page.videos) {
				const id = video.id === undefined ? undefined : String(video.id);
				if (id !== undefined && seen.has(id)) continue;
				if (id !== undefined) seen.add(id);
				videos.push(video);
				fresh++;
				if (options.limit !== undefined && videos.length >= options.limit) return videos;
			}
			if (fresh === 0 || !page.nextTime || page.nextTime === cursor) return videos;
			cursor = page.nextTime;
		}
	}

	async publish(file: VideoFile, title: string): Promise<{ videoId?: string }> {
		const body = await this.request({
			method: 'POST',
			path: PATHS.publish,
			build: (token) => {
				const form = new FormData();
				form.append(
					'data',
					new Blob([file.data], { type: file.mimeType || 'video/mp4' }),
					file.fileName || 'video.mp4',
				);
				form.append('token', token ?? '');
				form.append('title', title);
				return { body: form };
			},
			auth: true,
			action: `publish "${title}"`,
			hint: 'Check the title (1 to 120 characters) and that the binary property holds a video the server accepts.',
		});
		return { videoId: videoIdOf(body) };
	}

	/** Ocyss/douyin's test route (served in dev/test mode only): a video from a URL, JSON body. */
	async publishByUrl(url: string, title: string, coverUrl?: string): Promise<{ videoId?: string }> {
		const body = await this.request({
			method: 'POST',
			path: PATHS.publishByUrl,
			build: (token) => ({
				json: { token, url, title, ...(coverUrl ? { cover_url: coverUrl } : {}) },
			}),
			auth: true,
			action: `publish "${title}" from a URL`,
			hint: 'This route exists only on servers that offer it (Ocyss/douyin in dev or test mode); otherwise use Publish with a binary file.',
		});
		return { videoId: videoIdOf(body) };
	}

	async publishedVideos(userId?: string): Promise<Json[]> {
		return this.videoList(PATHS.publishList, userId, 'get the published videos');
	}

	// ---------------------------------------------------------------- favorites

	async like(videoId: string): Promise<void> {
		await this.favoriteAction(videoId, ACTION.do, 'like the video');
	}

	async unlike(videoId: string): Promise<void> {
		await this.favoriteAction(videoId, ACTION.undo, 'unlike the video');
	}

	async favoriteVideos(userId?: string): Promise<Json[]> {
		return this.videoList(PATHS.favoriteList, userId, 'get the liked videos');
	}

	// ---------------------------------------------------------------- comments

	async createComment(videoId: string, text: string): Promise<Json> {
		const body = await this.request({
			method: 'POST',
			path: PATHS.commentAction,
			build: (token) => ({
				query: { token, video_id: videoId, action_type: ACTION.do, comment_text: text },
			}),
			auth: true,
			action: 'comment on the video',
			hint: ID_HINT,
		});
		return isObject(body.comment) ? normalizeComment(body.comment) : {};
	}

	async deleteComment(videoId: string, commentId: string): Promise<void> {
		await this.request({
			method: 'POST',
			path: PATHS.commentAction,
			build: (token) => ({
				query: { token, video_id: videoId, action_type: ACTION.undo, comment_id: commentId },
			}),
			auth: true,
			idempotent: true,
			action: 'delete the comment',
			hint: 'Check the video ID and comment ID; only the author of a comment can delete it.',
		});
	}

	async comments(videoId: string): Promise<Json[]> {
		const body = await this.request({
			method: 'GET',
			path: PATHS.commentList,
			build: (token) => ({ query: { token, video_id: videoId } }),
			auth: true,
			action: 'get the comments',
			hint: ID_HINT,
		});
		return listOf(body, 'comment_list').map(normalizeComment);
	}

	// ---------------------------------------------------------------- relations

	async follow(toUserId: string): Promise<void> {
		await this.relationAction(toUserId, ACTION.do, 'follow the user');
	}

	async unfollow(toUserId: string): Promise<void> {
		await this.relationAction(toUserId, ACTION.undo, 'unfollow the user');
	}

	async following(userId?: string): Promise<Json[]> {
		return this.userList(PATHS.followList, userId, 'get the followed users');
	}

	async followers(userId?: string): Promise<Json[]> {
		return this.userList(PATHS.followerList, userId, 'get the followers');
	}

	async friends(userId?: string): Promise<Json[]> {
		return this.userList(PATHS.friendList, userId, 'get the friends', normalizeFriend);
	}

	// ---------------------------------------------------------------- messages

	async sendMessage(toUserId: string, content: string): Promise<void> {
		await this.request({
			method: 'POST',
			path: PATHS.messageAction,
			build: (token) => ({
				query: { token, to_user_id: toUserId, action_type: ACTION.do, content },
			}),
			auth: true,
			action: 'send the message',
			hint: 'Check the user ID and the content (1 to 255 characters); some servers only let friends chat.',
		});
	}

	/**
	 * Messages with a user; with `preMsgTime` only those newer than it, in the server's own unit (a
	 * create_time it returned). Without it, pre_msg_time 0: the whole conversation (some servers require
	 * the parameter). Servers count seconds or milliseconds; a value in the other unit would silently return
	 * nothing (or everything), so it is refused with an error that names both units.
	 */
	async chat(toUserId: string, preMsgTime?: string): Promise<Json[]> {
		const page = async (after: string) => {
			const body = await this.request({
				method: 'GET',
				path: PATHS.messageChat,
				build: (token) => ({ query: { token, to_user_id: toUserId, pre_msg_time: after } }),
				auth: true,
				action: 'get the chat',
				hint: ID_HINT,
			});
			const messages = listOf(body, 'message_list').map(normalizeMessage);
			const unit = timeUnitOf(messages.map((m) => m.create_time));
			if (unit) chatTimeUnits.set(this.baseUrl, unit);
			return messages;
		};
		const after = preMsgTime && /^\d+$/.test(preMsgTime) ? preMsgTime : '0';
		const messages = await page(after);
		const asked = timeUnitOf([after]);
		if (!asked) return messages;
		// An empty answer proves nothing: learn the server's unit once from the whole conversation.
		if (messages.length === 0 && !chatTimeUnits.has(this.baseUrl)) await page('0');
		const mismatch = chatTimeUnitMismatch(after, asked, chatTimeUnits.get(this.baseUrl));
		if (mismatch) throw new ApiError({ service: SERVICE, code: 'PRE_MSG_TIME_UNIT', ...mismatch });
		return messages;
	}

	// ---------------------------------------------------------------- plumbing

	private async favoriteAction(videoId: string, actionType: number, action: string): Promise<void> {
		await this.request({
			method: 'POST',
			path: PATHS.favoriteAction,
			build: (token) => ({ query: { token, video_id: videoId, action_type: actionType } }),
			auth: true,
			idempotent: true,
			action,
			hint: ID_HINT,
		});
	}

	private async relationAction(
		toUserId: string,
		actionType: number,
		action: string,
	): Promise<void> {
		await this.request({
			method: 'POST',
			path: PATHS.relationAction,
			build: (token) => ({ query: { token, to_user_id: toUserId, action_type: actionType } }),
			auth: true,
			idempotent: true,
			action,
			hint: `${ID_HINT} Servers refuse following yourself.`,
		});
	}

	private async videoList(
		path: string,
		userId: string | undefined,
		action: string,
	): Promise<Json[]> {
		return (await this.ownList(path, userId, action, 'video_list')).map(normalizeVideo);
	}

	private async userList(
		path: string,
		userId: string | undefined,
		action: string,
		normalize: (raw: unknown) => Json = normalizeUser,
	): Promise<Json[]> {
		return (await this.ownList(path, userId, action, 'user_list')).map(normalize);
	}

	/** A list of a user, by default the logged-in one; sent without user_id only when nobody could tell whose. */
	private async ownList(
		path: string,
		userId: string | undefined,
		action: string,
		key: string,
	): Promise<unknown[]> {
		const id = userId ?? (await this.ownUserId());
		try {
			const body = await this.request({
				method: 'GET',
				path,
				build: (token) => ({ query: { token, user_id: id } }),
				auth: true,
				action,
				hint: ID_HINT,
			});
			return listOf(body, key);
		} catch (error) {
			// Without user_id some servers answer nothing at all or "bad parameters" (reference §7).
			if (id !== undefined || !(error instanceof ApiError) || error instanceof ApiErrorWithHint)
				throw error;
			throw new ApiError({
				...error.details,
				hint: 'Enter the User ID: this server has no default for the logged-in user, and did not tell whose the token is.',
			});
		}
	}

	private cachedSessionKey?: string;

	/** Hashed once per client, not per call: a sha256 per request was a tenth of a 1000-item run (bench/). */
	private get sessionCacheKey(): string {
		this.cachedSessionKey ??= sessionKey(
			this.baseUrl,
			this.credentials.username ?? '',
			this.credentials.password ?? '',
		);
		return this.cachedSessionKey;
	}

	/** The shared session of the credential's user, logging in when there is none. */
	async session(): Promise<Session> {
		if (this.credentials.authMode === 'token') return { token: this.credentials.token!.trim() };
		return simpleDouyinSessions.get(this.sessionCacheKey, async () => ({
			value: await this.login(this.credentials.username!.trim(), this.credentials.password!),
			// Reused until the server refuses it: tokens of this API last months (Ocyss/douyin: 3).
			freshUntil: Number.POSITIVE_INFINITY,
		}));
	}

	/** Sends a call, with the token when it needs one; a refused token means one fresh login and one retry. */
	private async request(call: Call, extraSecrets: string[] = []): Promise<Json> {
		if (!call.auth) return this.send(call, undefined, extraSecrets);
		if (this.credentials.authMode === 'token') {
			try {
				return await this.send(call, this.credentials.token!.trim(), extraSecrets);
			} catch (error) {
				if (error instanceof TokenRefusedError) throw new ApiErrorWithHint(error, FIXED_TOKEN_HINT);
				throw error;
			}
		}
		let loggedInAgain = false;
		for (;;) {
			const session = await this.session();
			try {
				return await this.send(call, session.token, extraSecrets);
			} catch (error) {
				if (!(error instanceof TokenRefusedError)) throw error;
				// Only drop the session if no other call has replaced it meanwhile (single-flight re-login).
				simpleDouyinSessions.invalidate(this.sessionCacheKey, session);
				if (loggedInAgain) throw new ApiErrorWithHint(error, REFUSED_AFTER_LOGIN_HINT);
				loggedInAgain = true;
			}
		}
	}

	private async send(call: Call, token: string | undefined, extraSecrets: string[]): Promise<Json> {
		const secrets = [this.credentials.password, this.credentials.token, token, ...extraSecrets];
		const ctx: HttpContext = { service: SERVICE, secrets };
		const key = `${this.baseUrl}\n${call.path}`;
		const preferred = pathForms.get(key) ?? call.path;
		const forms = [preferred, toggleSlash(preferred)];
		let response!: HttpResponse;
		for (let i = 0; i < forms.length; i++) {
			const parts = call.build(token);
			response = await httpRequest(
				{
					method: call.method,
					url: joinUrl(this.baseUrl, forms[i]),
					query: parts.query,
					body: parts.body,
					json: parts.json,
					idempotent: call.idempotent,
					timeoutMs: this.timeoutMs,
				},
				ctx,
			);
			if (!looksLikeWrongPath(response)) {
				if (i > 0) pathForms.set(key, forms[i]);
				break;
			}
		}
		if (looksLikeWrongPath(response)) {
			throw new ApiError({
				service: SERVICE,
				code: `HTTP_${response.status}`,
				httpStatus: response.status,
				message: `${SERVICE} has no route ${new URL(joinUrl(this.baseUrl, call.path)).pathname} (HTTP ${response.status}, with or without the trailing slash)`,
				hint: `Check the base URL in the credential: it should be the API root ending in /douyin, e.g. ${DEFAULT_BASE_URL}. Some routes (Publish by URL, Get Friends, Message) exist only on servers that implement them.`,
			});
		}
		try {
			// The answer becomes output items (an AI agent's context): a repeated token is redacted there too.
			return redactValue(
				unwrapEnvelope(parseJsonResponse(response, ctx), response.status, {
					action: call.action,
					hint: call.hint,
					secrets,
				}),
				secrets,
			);
		} catch (error) {
			// The shared redaction every family's errors pass, with the password and tokens of this call.
			throw redactError(error, secrets);
		}
	}
}

/** The server answered with its envelope and a failure code (not a refused token, not a transport error). */
function isEnvelopeRefusal(error: unknown): boolean {
	return (
		error instanceof ApiError &&
		!(error instanceof TokenRefusedError) &&
		!(error instanceof ApiErrorWithHint) &&
		typeof error.code === 'number'
	);
}

/** GET /douyin/user/ answered without an id. */
class NoOwnerId extends Error {}

function checkLogin(username: string, password: string): void {
	if (!username.trim() || !password)
		throw new ApiError({
			service: SERVICE,
			code: 'NO_LOGIN',
			message: 'Username and password are both required',
		});
	if (username.length > MAX_CREDENTIAL_LENGTH || password.length > MAX_CREDENTIAL_LENGTH) {
		throw new ApiError({
			service: SERVICE,
			code: 'TOO_LONG',
			message: `Username and password may have at most ${MAX_CREDENTIAL_LENGTH} characters`,
			hint: 'The API limits both to 32 characters.',
		});
	}
}

function sessionOf(body: Json, what: string): Session {
	const token = typeof body.token === 'string' ? body.token : '';
	if (!token)
		throw new ApiError({
			service: SERVICE,
			code: 'NO_TOKEN',
			message: `The server answered the ${what} without a token`,
			hint: 'Check the base URL: this does not look like the Simple Douyin API.',
		});
	const userId = normalizeObject({ user_id: body.user_id }).user_id;
	return { token, userId: userId === undefined || userId === null ? undefined : String(userId) };
}

function videoIdOf(body: Json): string | undefined {
	const { vid, video_id } = normalizeObject({ vid: body.vid, video_id: body.video_id });
	const id = vid ?? video_id;
	return id === undefined || id === null || id === '' ? undefined : String(id);
}

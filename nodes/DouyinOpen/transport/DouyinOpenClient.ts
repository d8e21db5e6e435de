import { ApiError, redactError } from '../../shared/errors';
import { backoffDelayMs, sleep } from '../../shared/backoff';
import {
	httpRequest,
	joinUrl,
	parseJsonResponse,
	type HttpContext,
	type HttpRequest,
} from '../../shared/http';
import { idToString } from '../../shared/json';
import { stringifyJsonWithBigInts, type RawJson } from '../../shared/jsonStringify';
import {
	AUDIT_STATUS,
	CONVERSATION_TYPE_GROUP,
	DEFAULT_BASE_URL,
	MAX_AUDIT_PAGE_SIZE,
	PATHS,
	TOKEN_EXPIRY_MARGIN_MS,
} from './endpoints';
import {
	RETRYABLE_CODES,
	SERVICE,
	TOKEN_EXPIRED_CODES,
	unwrapOAuth,
	unwrapStyleA,
	unwrapStyleB,
} from './envelopes';
import { douyinOpenTokenCache, latestTokens, tokenCacheKey, type UserToken } from './tokenStore';

export interface DouyinOpenCredentials {
	clientKey: string;
	clientSecret: string;
	/** The user access token (act.…) from /oauth/access_token/. */
	accessToken?: string;
	/** The refresh token (rft.…) returned with it; lets the node renew the access token on its own. */
	refreshToken?: string;
	/** The authorising user's open_id, returned with the token; sent on every IM call. */
	openId?: string;
	baseUrl?: string;
}

export interface DouyinOpenClientOptions {
	timeoutMs?: number;
}

/** A token answer of /oauth/access_token/ or /oauth/refresh_token/ (reference §6). */
export interface OAuthTokenSet {
	accessToken: string;
	refreshToken: string;
	openId: string;
	scope?: string;
	/** Seconds. */
	expiresIn: number;
	/** Seconds. */
	refreshExpiresIn?: number;
}

export interface CreateGroupInput {
	groupName: string;
	description: string;
	avatarUri: string;
	groupType?: number;
	activeFans?: number;
	fansLimit?: number;
	relationType?: number;
	allowInvite?: boolean;
	itemAutoSync?: boolean;
	liveAutoSync?: boolean;
	openAuditSwitch?: boolean;
	showAtProfile?: boolean;
}

export interface JoinRequestPage {
	requests: Array<Record<string, unknown>>;
	/** The cursor of the next page, as an exact decimal string (int64). */
	cursor: string;
	hasMore: boolean;
	logId?: string;
}

/** The wire `content` (see messageContent.ts), or JSON the user typed, embedded as written. */
export type WireContent = Record<string, unknown> | RawJson;

const RETRIES_AFTER_BUSY = 2;

/** Which quota path answered per base URL, learned once per process (an optimisation: both are tried). */
const quotaPaths = new Map<string, string>();

/** A 404 without Douyin's JSON envelope: the route does not exist at this path. */
function isMissingRoute(error: unknown): boolean {
	return (
		error instanceof ApiError && error.details.httpStatus === 404 && typeof error.code !== 'number'
	);
}

/**
 * The Douyin Open Platform IM fan-group API and its OAuth calls (reference §1–§6). Free of n8n types:
 * usable from a plain Node script. IM calls carry the user token in `access-token` (no Bearer) and the
 * user's open_id in the query, also on POSTs; an expired token is refreshed once and the call retried.
 */
export class DouyinOpenClient {
	readonly baseUrl: string;
	private readonly http: HttpContext;
	private readonly timeoutMs?: number;
	private readonly cacheKey: string;

	constructor(
		private readonly credentials: DouyinOpenCredentials,
		options: DouyinOpenClientOptions = {},
	) {
		if (!credentials.clientKey)
			throw new ApiError({
				service: SERVICE,
				code: 'NO_CLIENT_KEY',
				message: 'The credential has no Client Key',
				hint: 'Enter the Client Key of the app from the Douyin Open Platform console.',
			});
		this.baseUrl = credentials.baseUrl?.trim() || DEFAULT_BASE_URL;
		this.http = {
			service: SERVICE,
			secrets: [credentials.clientSecret, credentials.accessToken, credentials.refreshToken],
		};
		this.timeoutMs = options.timeoutMs;
		this.cacheKey = tokenCacheKey(
			this.baseUrl,
			credentials.clientKey,
			credentials.clientSecret,
			credentials,
		);
	}

	get clientKey(): string {
		return this.credentials.clientKey;
	}

	// ----- OAuth (reference §6) -----

	/** The browser URL where the business account authorises the app; the code returns to redirectUri. */
	authorizeUrl(options: {
		scopes: string[];
		redirectUri: string;
		state?: string;
		optionalScopes?: string[];
	}): string {
		const url = new URL(joinUrl(this.baseUrl, PATHS.connectPage));
		url.searchParams.set('client_key', this.credentials.clientKey);
		url.searchParams.set('response_type', 'code');
		// Douyin separates scopes with commas, not spaces.
		url.searchParams.set('scope', options.scopes.join(','));
		if (options.optionalScopes?.length)
			url.searchParams.set('optionalScope', options.optionalScopes.map((s) => `${s},1`).join(','));
		url.searchParams.set('redirect_uri', options.redirectUri);
		if (options.state) url.searchParams.set('state', options.state);
		return url.toString();
	}

	/** Exchanges an authorization code for the user's tokens (form-encoded, as Douyin requires). */
	async exchangeCode(code: string): Promise<OAuthTokenSet> {
		const data = await this.oauthForm(
			PATHS.codeExchange,
			{
				client_key: this.credentials.clientKey,
				client_secret: this.credentials.clientSecret,
				code,
				grant_type: 'authorization_code',
			},
			[code],
		);
		return this.tokenSet(data);
	}

	/** Gets a new access token with a refresh token; Douyin's refresh takes no client_secret. */
	async refreshUserToken(refreshToken: string): Promise<OAuthTokenSet> {
		if (!refreshToken) {
			throw new ApiError({
				service: SERVICE,
				code: 'NO_REFRESH_TOKEN',
				message: 'The access token expired and the credential has no refresh token',
				hint: 'Authorize the account again and put the new access token, refresh token and Open ID into the credential.',
			});
		}
		const data = await this.oauthForm(
			PATHS.renewAccess,
			{
				client_key: this.credentials.clientKey,
				grant_type: 'refresh_token',
				refresh_token: refreshToken,
			},
			[refreshToken],
		);
		return this.tokenSet(data);
	}

	/**
	 * Checks Client Key and Client Secret with the stable app token, which does not invalidate tokens
	 * other systems of the same app hold (a plain client_token would). Returns nothing secret.
	 */
	async verifyAppCredentials(): Promise<{ expiresIn: number }> {
		const ctx = this.context();
		const response = await httpRequest(
			{
				method: 'POST',
				url: joinUrl(this.baseUrl, PATHS.appCheck),
				body: JSON.stringify({
					client_key: this.credentials.clientKey,
					client_secret: this.credentials.clientSecret,
					grant_type: 'client_credential',
				}),
				headers: { 'content-type': 'application/json' },
				timeoutMs: this.timeoutMs,
			},
			ctx,
		);
		const data = this.redacting(() =>
			unwrapOAuth(parseJsonResponse(response, ctx), response.status),
		);
		if (typeof data.access_token === 'string') this.addSecret(data.access_token);
		return { expiresIn: Number(data.expires_in ?? 0) };
	}

	/** The user token for IM calls: a refreshed one from the process cache, else the one stored in the credential. */
	async getUserToken(): Promise<UserToken> {
		const token = await douyinOpenTokenCache.get(this.cacheKey, async () => {
			const previous = latestTokens.get(this.cacheKey);
			const stored = this.credentials;
			if (!previous && stored.accessToken) {
				// First use in this process: trust the stored token until Douyin says it expired.
				const seed = {
					accessToken: stored.accessToken,
					refreshToken: stored.refreshToken ?? '',
					openId: stored.openId ?? '',
				};
				latestTokens.set(this.cacheKey, seed);
				return { value: seed, freshUntil: Number.POSITIVE_INFINITY };
			}
			const refreshToken = previous?.refreshToken || stored.refreshToken || '';
			if (!refreshToken && !stored.accessToken) {
				throw new ApiError({
					service: SERVICE,
					code: 'NO_TOKEN',
					message: 'The credential has no access token and no refresh token',
					hint: 'Authorize the business account (see the Douyin Open node docs), then put the access token, refresh token and Open ID into the credential.',
				});
			}
			const fetchedAt = Date.now();
			const fresh = await this.refreshUserToken(refreshToken);
			const value = {
				accessToken: fresh.accessToken,
				refreshToken: fresh.refreshToken || refreshToken,
				openId: fresh.openId || previous?.openId || stored.openId || '',
			};
			latestTokens.set(this.cacheKey, value);
			return {
				value,
				freshUntil: fetchedAt + Math.max(0, fresh.expiresIn * 1000 - TOKEN_EXPIRY_MARGIN_MS),
			};
		});
		this.addSecret(token.accessToken, token.refreshToken);
		return token;
	}

	// ----- IM fan groups (reference §2) -----

	/**
	 * Remaining group-creation quota. Sources disagree on the path (reference §2.1), so the path that
	 * answered last for this base URL goes first, the other one after a 404 that is not Douyin's envelope.
	 */
	async getQuota(): Promise<{ leftCount: number; logId?: string }> {
		const first = quotaPaths.get(this.baseUrl) ?? PATHS.groupCount;
		const second = first === PATHS.groupCount ? PATHS.groupFansCount : PATHS.groupCount;
		let result: Awaited<ReturnType<DouyinOpenClient['styleA']>>;
		try {
			result = await this.styleA('GET', first);
		} catch (error) {
			if (!isMissingRoute(error)) throw error;
			try {
				result = await this.styleA('GET', second);
			} catch (again) {
				if (!isMissingRoute(again)) throw again;
				throw new ApiError({
					service: SERVICE,
					code: 'HTTP_404',
					httpStatus: 404,
					message: `${SERVICE} has no quota route: neither ${PATHS.groupCount} nor ${PATHS.groupFansCount} answered (HTTP 404)`,
					hint: `Check the base URL in the credential (${DEFAULT_BASE_URL}, or the sandbox https://open-sandbox.douyin.com).`,
				});
			}
			quotaPaths.set(this.baseUrl, second);
		}
		return { leftCount: Number(result.fields.left_count ?? 0), logId: result.logId };
	}

	async createGroup(input: CreateGroupInput): Promise<{ groupId: string; logId?: string }> {
		const flag = (value: boolean | undefined) => (value === undefined ? undefined : value ? 1 : 0);
		const body: Record<string, unknown> = {
			group_name: input.groupName,
			description: input.description,
			avatar_uri: input.avatarUri,
			group_type: input.groupType,
			active_fans: input.activeFans,
			fans_limit: input.fansLimit,
			relation_type: input.relationType,
			allow_invite: flag(input.allowInvite),
			item_auto_sync: flag(input.itemAutoSync),
			live_auto_sync: flag(input.liveAutoSync),
			open_audit_switch: flag(input.openAuditSwitch),
			show_at_profile: flag(input.showAtProfile),
		};
		const { fields, logId } = await this.styleA('POST', PATHS.groupCreate, { body });
		const groupId = idToString(fields.group_id);
		if (!groupId)
			throw new ApiError({
				service: SERVICE,
				code: 'NO_GROUP_ID',
				message: 'Douyin created no group (the answer had no group_id)',
				hint: 'Check the group fields and the remaining quota.',
				logId,
			});
		return { groupId, logId };
	}

	/** The fan groups the authorising user owns. */
	async listGroups(): Promise<{ groups: Array<Record<string, unknown>>; logId?: string }> {
		const { fields, logId } = await this.styleA('GET', PATHS.groupList);
		const list = Array.isArray(fields.group_list)
			? (fields.group_list as Array<Record<string, unknown>>)
			: [];
		return {
			groups: list.map((group) => ({ ...group, group_id: idToString(group.group_id) ?? '' })),
			logId,
		};
	}

	/** One page of pending join requests; the first page has cursor "0". */
	async getJoinRequests(count: number, cursor: string): Promise<JoinRequestPage> {
		if (!Number.isInteger(count) || count < 1 || count > MAX_AUDIT_PAGE_SIZE) {
			throw new ApiError({
				service: SERVICE,
				code: 'INVALID_PAGE_SIZE',
				message: `Page Size must be 1 to ${MAX_AUDIT_PAGE_SIZE}, got ${count}`,
				hint: 'Douyin returns at most 50 join requests a page.',
			});
		}
		if (!/^\d+$/.test(cursor))
			throw new ApiError({
				service: SERVICE,
				code: 'INVALID_CURSOR',
				message: `Cursor "${cursor}" is not a whole number`,
				hint: 'Start at 0, or use the cursor of an earlier page.',
			});
		const { fields, logId } = await this.styleA('GET', PATHS.auditGet, {
			query: { count, cursor },
		});
		const applyList = (
			fields.apply_list && typeof fields.apply_list === 'object' ? fields.apply_list : {}
		) as Record<string, unknown>;
		const list = Array.isArray(applyList.list)
			? (applyList.list as Array<Record<string, unknown>>)
			: [];
		return {
			requests: list.map((entry) => ({
				...entry,
				apply_id: idToString(entry.apply_id) ?? '',
				group_id: idToString(entry.group_id) ?? '',
				user_id: idToString(entry.user_id) ?? '',
			})),
			cursor: idToString(applyList.cursor) ?? cursor,
			hasMore: applyList.has_more === true,
			logId,
		};
	}

	/** Approves (2) or rejects (3) a join request. */
	async setJoinRequestStatus(
		applyId: string,
		decision: keyof typeof AUDIT_STATUS,
	): Promise<{ success: boolean; logId?: string }> {
		const { fields, logId } = await this.styleA('POST', PATHS.auditSet, {
			body: { apply_id: applyId, status: AUDIT_STATUS[decision] },
		});
		return { success: fields.success !== false, logId };
	}

	/** Sets the welcome message (type 1) or notice (type 2) of a group. group_id is always sent (reference §2.6). */
	async setGroupSetting(
		groupId: string,
		settingType: number,
		msgList: WireContent[],
	): Promise<{ logId?: string }> {
		return this.styleB(PATHS.settingSet, {
			group_id: groupId,
			group_setting_type: settingType,
			msg_list: msgList,
		});
	}

	async disableGroupSetting(groupId: string, settingType: number): Promise<{ logId?: string }> {
		return this.styleB(PATHS.settingDisable, {
			group_id: groupId,
			group_setting_type: settingType,
		});
	}

	/** Sends a message to a group, addressed by group_id or, alternatively, group_token (reference §2.8). */
	async sendGroupMessage(
		target: { groupId?: string; groupToken?: string },
		content: WireContent,
	): Promise<{ msgId: string; logId?: string }> {
		const body: Record<string, unknown> = { content };
		if (target.groupId) body.group_id = target.groupId;
		if (target.groupToken) body.group_token = target.groupToken;
		const { fields, logId } = await this.styleA('POST', PATHS.sendGroup, { body });
		return { msgId: idToString(fields.msg_id) ?? '', logId };
	}

	/** Recalls a group message: conversation_id is the group id, msg_id the server message id. */
	async recallGroupMessage(groupId: string, msgId: string): Promise<{ logId?: string }> {
		return this.styleB(PATHS.recall, {
			conversation_id: groupId,
			conversation_type: CONVERSATION_TYPE_GROUP,
			msg_id: msgId,
		});
	}

	// ----- plumbing -----

	private context(): HttpContext {
		return { service: SERVICE, secrets: [...(this.http.secrets ?? [])] };
	}

	private addSecret(...values: Array<string | undefined>): void {
		const secrets = (this.http.secrets ?? []) as Array<string | undefined>;
		for (const value of values) if (value && !secrets.includes(value)) secrets.push(value);
		this.http.secrets = secrets;
	}

	/** Runs an unwrap step so that any ApiError it throws carries no secret in message or body. */
	private redacting<T>(step: () => T): T {
		try {
			return step();
		} catch (error) {
			throw this.redactError(error);
		}
	}

	/** The shared redaction, with every secret and token this client has used or learned. */
	private redactError(error: unknown): unknown {
		return redactError(error, this.http.secrets ?? []);
	}

	private async oauthForm(
		path: string,
		fields: Record<string, string>,
		extraSecrets: string[],
	): Promise<Record<string, unknown>> {
		this.addSecret(...extraSecrets);
		const ctx = this.context();
		const response = await httpRequest(
			{
				method: 'POST',
				url: joinUrl(this.baseUrl, path),
				// The token endpoints take a form, not JSON (reference §6).
				body: new URLSearchParams(fields).toString(),
				headers: { 'content-type': 'application/x-www-form-urlencoded' },
				timeoutMs: this.timeoutMs,
			},
			ctx,
		);
		const data = this.redacting(() =>
			unwrapOAuth(parseJsonResponse(response, ctx), response.status),
		);
		this.addSecret(
			typeof data.access_token === 'string' ? data.access_token : undefined,
			typeof data.refresh_token === 'string' ? data.refresh_token : undefined,
		);
		return data;
	}

	private tokenSet(data: Record<string, unknown>): OAuthTokenSet {
		const accessToken = typeof data.access_token === 'string' ? data.access_token : '';
		if (!accessToken)
			throw new ApiError({
				service: SERVICE,
				code: 'NO_TOKEN',
				message: 'The OAuth endpoint answered without an access_token',
				hint: 'Check the base URL in the credential.',
			});
		return {
			accessToken,
			refreshToken: typeof data.refresh_token === 'string' ? data.refresh_token : '',
			openId: idToString(data.open_id) ?? '',
			scope: typeof data.scope === 'string' ? data.scope : undefined,
			expiresIn: Number(data.expires_in ?? 0),
			refreshExpiresIn:
				data.refresh_expires_in === undefined ? undefined : Number(data.refresh_expires_in),
		};
	}

	private styleA(
		method: 'GET' | 'POST',
		path: string,
		call: { query?: HttpRequest['query']; body?: unknown } = {},
	) {
		return this.withUserToken(method, path, call, (raw, status) => unwrapStyleA(raw, status));
	}

	private styleB(path: string, body: unknown) {
		return this.withUserToken('POST', path, { body }, (raw, status) => unwrapStyleB(raw, status));
	}

	private async withUserToken<T>(
		method: 'GET' | 'POST',
		path: string,
		call: { query?: HttpRequest['query']; body?: unknown },
		unwrap: (raw: unknown, status: number) => T,
	): Promise<T> {
		let refreshed = false;
		for (let retry = 0; ;) {
			const token = await this.getUserToken();
			if (!token.openId) {
				throw new ApiError({
					service: SERVICE,
					code: 'NO_OPEN_ID',
					message: 'The credential has no Open ID',
					hint: 'Enter the open_id returned together with the access token; every IM call needs it.',
				});
			}
			const ctx = this.context();
			try {
				const response = await httpRequest(
					{
						method,
						url: joinUrl(this.baseUrl, path),
						// open_id goes in the query on every call, POSTs included (reference §1).
						query: { ...call.query, open_id: token.openId },
						headers: { 'access-token': token.accessToken, 'content-type': 'application/json' },
						body: call.body === undefined ? undefined : stringifyJsonWithBigInts(call.body),
						timeoutMs: this.timeoutMs,
					},
					ctx,
				);
				return unwrap(parseJsonResponse(response, ctx), response.status);
			} catch (error) {
				const code = error instanceof ApiError ? Number(error.code) : NaN;
				if (TOKEN_EXPIRED_CODES.has(code) && !refreshed) {
					refreshed = true;
					// Only drops the entry if nobody refreshed it meanwhile; then all callers share one refresh.
					douyinOpenTokenCache.invalidate(this.cacheKey, token);
					continue;
				}
				// A rejected call was not carried out, so resending is safe; "busy" only for reads.
				const retryable =
					code === 28003018 || code === 28001052 || (method === 'GET' && RETRYABLE_CODES.has(code));
				if (retryable && retry < RETRIES_AFTER_BUSY) {
					await sleep(backoffDelayMs(retry++, 500, 4000));
					continue;
				}
				throw this.redactError(error);
			}
		}
	}
}

/**
 * The sign server (Euler Stream's contract, reference §1.4 b): it performs TikTok's signed initial fetch and
 * answers with the raw protobuf fetch result, the cookies for the WebSocket in `X-Set-TT-Cookie`, and maybe
 * the room id in `X-Room-Id`. A 429 becomes an ApiError carrying the retry time; nothing here crashes on it
 * (unlike TLC2 2.4.3, whose 429 path threw a TypeError).
 */
import { ApiError, redactError } from '../../shared/errors';
import {
	headerValue,
	httpRequest,
	joinUrl,
	type HttpContext,
	type HttpResponse,
} from '../../shared/http';
import { parseJsonLossless } from '../../shared/json';
import { DEFAULT_SIGN_SERVER_URL, PATHS, SIGN_SERVICE } from './endpoints';
import { asObject, asString, rateLimitError } from './webcastEnvelope';

/** `fetch`: GET /webcast/fetch (TL7, EULSDK); `connect`: GET /webcast/rooms/{id}/connect (TLC 2.5, §1.4). */
export type SignRoute = 'fetch' | 'connect';

export interface SignServerOptions {
	baseUrl?: string;
	apiKey?: string;
	route?: SignRoute;
	/** Sent as `client`; identifies the library to the sign server. */
	clientName?: string;
	proxyUrl?: string;
	timeoutMs?: number;
	/**
	 * Forward the TikTok session id to the sign server (authenticated sockets). Off unless the user opts in:
	 * TLC2 and TL7 refuse to send it to a host that is not whitelisted (§1.4 "Session safety").
	 */
	sessionId?: string;
}

export interface SignedFetch {
	/** Raw protobuf ProtoMessageFetchResult. */
	body: Buffer;
	/** The `X-Set-TT-Cookie` value: cookies for the WebSocket handshake. */
	cookies: string;
	/** `X-Room-Id`, when the sign server corrected the room id. */
	roomId?: string;
}

export interface SignFetchRequest {
	roomId: string;
	uniqueId?: string;
	cursor?: string;
	userAgent: string;
}

export class SignServerClient {
	readonly baseUrl: string;

	constructor(private readonly options: SignServerOptions = {}) {
		this.baseUrl = options.baseUrl || DEFAULT_SIGN_SERVER_URL;
	}

	private get context(): HttpContext {
		return { service: SIGN_SERVICE, secrets: [this.options.apiKey, this.options.sessionId] };
	}

	private headers(): Record<string, string> {
		const headers: Record<string, string> = {
			accept: 'application/protobuf,application/json',
			'user-agent': 'n8n-nodes-bytedance',
		};
		if (this.options.apiKey) headers['x-api-key'] = this.options.apiKey;
		return headers;
	}

	/** The signed initial fetch. Throws ApiError (RATE_LIMITED with retryAfterMs, INVALID_API_KEY, ...). */
	async fetchWebcast(request: SignFetchRequest, signal?: AbortSignal): Promise<SignedFetch> {
		const route = this.options.route ?? 'fetch';
		const query: Record<string, string | undefined> = {
			client: this.options.clientName ?? 'ttlive-node',
			room_id: route === 'fetch' ? request.roomId : undefined,
			unique_id: request.uniqueId,
			cursor: request.cursor || undefined,
			user_agent: request.userAgent,
			client_enter: 'true',
			platform: 'web',
			session_id: this.options.sessionId || undefined,
		};
		const path = route === 'connect' ? PATHS.signConnect(request.roomId) : PATHS.signFetch;
		// No transport retries: every call counts against the sign server's limit; the connection backs off instead.
		const response = await httpRequest(
			{
				method: 'GET',
				url: joinUrl(this.baseUrl, path),
				query,
				headers: this.headers(),
				proxyUrl: this.options.proxyUrl || undefined,
				timeoutMs: this.options.timeoutMs,
				retries: 0,
				signal,
			},
			this.context,
		);
		if (response.status !== 200) throw this.errorOf(response);
		if (response.body.length === 0) {
			throw new ApiError({
				service: SIGN_SERVICE,
				code: 'EMPTY_RESPONSE',
				httpStatus: 200,
				message: 'The sign server returned an empty response',
				hint: 'TikTok may be detecting the sign server; try again later (TL7 "Are you being detected by TikTok?").',
			});
		}
		const cookies = headerValue(response, 'x-set-tt-cookie');
		if (!cookies) {
			throw new ApiError({
				service: SIGN_SERVICE,
				code: 'EMPTY_COOKIES',
				httpStatus: 200,
				message: 'The sign server answered without the X-Set-TT-Cookie header',
				hint: 'The WebSocket cannot be opened without these cookies; check the sign server URL and route.',
			});
		}
		return { body: response.body, cookies, roomId: asString(headerValue(response, 'x-room-id')) };
	}

	/** `GET /webcast/rate_limits`: used by the credential test to check the URL and the API key. */
	async getRateLimits(signal?: AbortSignal): Promise<Record<string, unknown>> {
		const response = await httpRequest(
			{
				method: 'GET',
				url: joinUrl(this.baseUrl, PATHS.signRateLimits),
				headers: { ...this.headers(), accept: 'application/json' },
				proxyUrl: this.options.proxyUrl || undefined,
				timeoutMs: this.options.timeoutMs,
				retries: 0,
				signal,
			},
			this.context,
		);
		if (response.status !== 200) throw this.errorOf(response);
		return asObject(this.jsonOf(response));
	}

	private jsonOf(response: HttpResponse): unknown {
		try {
			return parseJsonLossless(response.body.toString('utf8'));
		} catch {
			return undefined;
		}
	}

	/** Maps the sign server's error answers (§1.4 "Errors") to ApiErrors, through the shared redaction. */
	private errorOf(response: HttpResponse): ApiError {
		return redactError(this.failureOf(response), [this.options.apiKey, this.options.sessionId]);
	}

	private failureOf(response: HttpResponse): ApiError {
		const body = asObject(this.jsonOf(response));
		const detail =
			asString(body.message) ??
			asString(body.error) ??
			response.body.toString('utf8', 0, 200).trim();
		if (response.status === 429) {
			const label = asString(body.limit_label);
			return rateLimitError(
				SIGN_SERVICE,
				response,
				[detail, label].filter(Boolean).join(', ') || undefined,
				'The free sign server allows a few connections per minute and hour; wait, or add a sign server API key.',
			);
		}
		const base = {
			service: SIGN_SERVICE,
			httpStatus: response.status,
			body: Object.keys(body).length ? body : undefined,
		};
		switch (response.status) {
			case 401:
			case 403:
				return new ApiError({
					...base,
					code: 'INVALID_API_KEY',
					message: `The sign server rejected the API key: ${detail}`,
					hint: 'Check the sign server API key in the credential, or leave it empty.',
				});
			case 402:
				return new ApiError({
					...base,
					code: 'PREMIUM_REQUIRED',
					message: `The sign server requires a paid plan for this: ${detail}`,
					hint: 'Use a key with the needed plan, or a different sign server.',
				});
			default:
				return new ApiError({
					...base,
					code: 'SIGN_NOT_200',
					message: `The sign server answered HTTP ${response.status}: ${detail}`,
					hint:
						response.status >= 500
							? 'The sign server failed; the connection retries with backoff.'
							: 'Check the sign server URL and route in the credential.',
				});
		}
	}
}

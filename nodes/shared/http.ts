import type { Readable } from 'node:stream';
import { FormData, request, type Dispatcher } from 'undici';

import { ApiError, redactError, redactSecrets } from './errors';
import { backoffDelayMs, sleep } from './backoff';
import { parseJsonLossless } from './json';
import { routeFor, type Route } from './httpRoutes';
import { hostPort, proxySecrets } from './proxyConfig';
import { connectRefusedError, proxyUnreachableError } from './proxyTunnel';

/**
 * The one HTTP transport of the package. Keep-alive pools per origin (undici's Agent keeps one Pool per
 * origin), timeouts, retries with backoff for idempotent calls, a cap on response bodies, and the proxy
 * from the request (a credential) or the environment (HTTPS_PROXY/HTTP_PROXY, NO_PROXY honoured; see
 * proxyConfig.ts): http:// and https:// proxies through undici's ProxyAgent, socks5:// and socks5h://
 * through our SOCKS5 client as undici's connector.
 */

/** undici's FormData: the global one is typed differently and is not accepted by undici's request(). */
export { FormData };

export type QueryValue = string | number | boolean | undefined | null;

export interface HttpRequest {
	method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH' | 'HEAD';
	url: string;
	query?: Record<string, QueryValue | QueryValue[]>;
	headers?: Record<string, string>;
	/** Serialised as JSON with content-type application/json. */
	json?: unknown;
	/** A raw body (string, bytes, or undici's FormData for multipart: use the FormData exported here). */
	body?: string | Buffer | Uint8Array | FormData;
	/** Total time for headers and body. */
	timeoutMs?: number;
	/** Safe to send again after a network error or 5xx. GET and HEAD are always idempotent. */
	idempotent?: boolean;
	/** Retries after the first attempt, for idempotent requests. */
	retries?: number;
	/** A proxy URL for this request (http, https, socks5, socks5h), overriding the environment. */
	proxyUrl?: string;
	/** The largest response body read; a larger one is an error and is not read further. */
	maxBodyBytes?: number;
	signal?: AbortSignal;
}

export interface HttpResponse {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: Buffer;
}

export interface HttpContext {
	/** Named in errors, e.g. "Douyin Live". */
	service: string;
	/** Values that must never appear in an error (secrets, tokens). */
	secrets?: ReadonlyArray<string | undefined>;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
/**
 * No API answer of these families comes near it (a TikTok gift list is ~1 MiB, the largest seen), and a
 * hostile or broken server cannot make us buffer more.
 */
export const DEFAULT_MAX_BODY_BYTES = 8 * 1024 * 1024;
const DEFAULT_RETRIES = 2;
const RETRY_BASE_MS = 250;
const RETRY_MAX_MS = 4_000;
export function buildUrl(url: string, query?: HttpRequest['query']): string {
	if (!query) return url;
	const target = new URL(url);
	for (const [key, raw] of Object.entries(query)) {
		const values = Array.isArray(raw) ? raw : [raw];
		for (const value of values) {
			if (value === undefined || value === null) continue;
			target.searchParams.append(key, String(value));
		}
	}
	return target.toString();
}

/** Joins a configurable base URL and a path, whether or not either side carries the slash. */
export function joinUrl(baseUrl: string, path: string): string {
	return `${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

const RETRYABLE_NETWORK_CODES = new Set([
	'ECONNRESET',
	'ECONNREFUSED',
	'EPIPE',
	'ETIMEDOUT',
	'EAI_AGAIN',
	'UND_ERR_SOCKET',
	'UND_ERR_CONNECT_TIMEOUT',
	'UND_ERR_HEADERS_TIMEOUT',
	'UND_ERR_BODY_TIMEOUT',
	'UND_ERR_CLOSED',
	'PROXY_UNREACHABLE',
	'PROXY_TIMEOUT',
	'PROXY_TARGET_UNREACHABLE',
]);

/** A failure after which the request may never have reached the server: worth another try if idempotent. */
export function isRetryableNetworkCode(code: string): boolean {
	return RETRYABLE_NETWORK_CODES.has(code) || code === 'TIMEOUT';
}

/** Connection failures that, through a proxy, can only be the proxy's: undici connects to it, not to the target. */
const PROXY_CONNECT_CODES = new Set([
	'ECONNREFUSED',
	'ENOTFOUND',
	'EAI_AGAIN',
	'EHOSTUNREACH',
	'ENETUNREACH',
]);

function networkErrorCode(error: unknown): string {
	const err = error as { code?: string; cause?: { code?: string } };
	return err?.code ?? err?.cause?.code ?? 'ENETWORK';
}

function describeNetworkError(
	code: string,
	url: string,
	timeoutMs: number,
): { message: string; hint: string } {
	const origin = safeOrigin(url);
	switch (code) {
		case 'ECONNREFUSED':
			return {
				message: `Connection refused by ${origin}`,
				hint: 'Check the base URL in the credential and that the server is running.',
			};
		case 'UND_ERR_HEADERS_TIMEOUT':
		case 'UND_ERR_BODY_TIMEOUT':
		case 'UND_ERR_CONNECT_TIMEOUT':
		case 'ETIMEDOUT':
		case 'TIMEOUT':
			return {
				message: `${origin} did not answer within ${timeoutMs} ms`,
				hint: 'The server is slow or unreachable; try again later or raise the timeout.',
			};
		case 'ENOTFOUND':
		case 'EAI_AGAIN':
			return {
				message: `Host of ${origin} could not be resolved`,
				hint: 'Check the base URL and DNS or proxy settings.',
			};
		default:
			return {
				message: `Network error (${code}) talking to ${origin}`,
				hint: 'Check connectivity, proxy settings and the base URL.',
			};
	}
}

function safeOrigin(url: string): string {
	try {
		return new URL(url).origin;
	} catch {
		return 'the server';
	}
}

function targetOf(url: string): string {
	try {
		const { hostname, port, protocol } = new URL(url);
		return hostPort(
			hostname.replace(/^\[(.*)\]$/, '$1'),
			Number(port) || (protocol === 'https:' ? 443 : 80),
		);
	} catch {
		return 'the server';
	}
}

function formatBytes(bytes: number): string {
	if (bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
	if (bytes % 1024 === 0) return `${bytes / 1024} KiB`;
	return `${bytes} bytes`;
}

function bodyTooLarge(ctx: HttpContext, cap: number, declared?: number): ApiError {
	return new ApiError({
		service: ctx.service,
		code: 'RESPONSE_TOO_LARGE',
		message:
			declared !== undefined
				? `${ctx.service} announced a response body of ${declared} bytes, more than the ${formatBytes(cap)} this client reads`
				: `${ctx.service} sent a response body of more than ${formatBytes(cap)}; reading stopped there`,
		hint: 'No API answer is this large: check the base URL (it may point at a download or a stream).',
	});
}

/** Reads the body up to the cap; past it, the stream is destroyed (the connection is not reused) and nothing more is read. */
async function readCapped(
	body: Dispatcher.ResponseData['body'],
	cap: number,
	ctx: HttpContext,
): Promise<Buffer> {
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of body) {
		size += (chunk as Buffer).length;
		if (size > cap) {
			body.destroy();
			throw bodyTooLarge(ctx, cap);
		}
		chunks.push(chunk as Buffer);
	}
	return Buffer.concat(chunks, size);
}

async function sendOnce(
	req: HttpRequest,
	url: string,
	timeoutMs: number,
	route: Route,
	ctx: HttpContext,
): Promise<HttpResponse> {
	const headers: Record<string, string> = { ...req.headers };
	let body: string | Buffer | Uint8Array | FormData | undefined = req.body;
	if (req.json !== undefined) {
		body = JSON.stringify(req.json);
		headers['content-type'] ??= 'application/json';
	}
	// One controller and timer per request: AbortSignal.timeout() with AbortSignal.any() cost a quarter of
	// a loopback request's CPU (profile of bench/restVsHttpRequest).
	const controller = new AbortController();
	const timer = setTimeout(
		() => controller.abort(new DOMException(`timed out after ${timeoutMs} ms`, 'TimeoutError')),
		timeoutMs,
	);
	const abortWithCaller = () => controller.abort(req.signal?.reason);
	if (req.signal?.aborted) abortWithCaller();
	req.signal?.addEventListener('abort', abortWithCaller, { once: true });
	try {
		const response = await request(url, {
			method: req.method,
			headers,
			body,
			dispatcher: route.dispatcher,
			headersTimeout: timeoutMs,
			bodyTimeout: timeoutMs,
			signal: controller.signal,
		});
		const cap = req.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
		const declared = Number(response.headers['content-length']);
		if (Number.isFinite(declared) && declared > cap) {
			response.body.destroy();
			throw bodyTooLarge(ctx, cap, declared);
		}
		const bytes = await readCapped(response.body, cap, ctx);
		return { status: response.statusCode, headers: response.headers, body: bytes };
	} finally {
		clearTimeout(timer);
		req.signal?.removeEventListener('abort', abortWithCaller);
	}
}

/**
 * What a failed attempt means to the user. Through a proxy, a failure to connect is the proxy's and is
 * named so (with its address, never its password); anything else names the target and the proxy it went
 * through.
 */
function failureOf(
	error: unknown,
	code: string,
	url: string,
	timeoutMs: number,
	route: Route,
	ctx: HttpContext,
): ApiError {
	const { proxy } = route;
	const secrets = [...(ctx.secrets ?? []), ...proxySecrets(proxy)];
	if (error instanceof ApiError) {
		// Our own errors (SOCKS handshake, body cap) carry the right code; they name the caller's service.
		return redactError(new ApiError({ ...error.details, service: ctx.service }), secrets);
	}
	let details: { code: string; message: string; hint?: string; httpStatus?: number };
	const proxyStatus = /Proxy response \((\d{3})\)/.exec(
		String((error as Error)?.message ?? ''),
	)?.[1];
	if (proxy && proxyStatus) {
		const refused = connectRefusedError(proxy, targetOf(url), Number(proxyStatus), ctx.service);
		details = { ...refused.details, code: String(refused.code) };
	} else if (proxy && PROXY_CONNECT_CODES.has(code)) {
		const unreachable = proxyUnreachableError(proxy, code, ctx.service);
		details = {
			code: 'PROXY_UNREACHABLE',
			message: `${unreachable.message} on the way to ${safeOrigin(url)}`,
			hint: unreachable.details.hint,
		};
	} else {
		const described = describeNetworkError(code, url, timeoutMs);
		details = {
			code,
			message: proxy
				? `${described.message} (through the proxy ${proxy.label})`
				: described.message,
			hint: described.hint,
		};
	}
	return redactError(
		new ApiError({
			service: ctx.service,
			code: details.code,
			httpStatus: details.httpStatus,
			message: details.message,
			hint: details.hint,
		}),
		secrets,
	);
}

/** A response header; a repeated header's values joined with ", " as HTTP allows. */
export function headerValue(response: HttpResponse, name: string): string | undefined {
	const value = response.headers[name];
	return Array.isArray(value) ? value.join(', ') : value;
}

/** Retry-After in seconds or as a date; else `x-ratelimit-reset` / `ratelimit-reset` as a unix time (TikTok's sign server sends the latter). */
export function retryAfterMsOf(
	response: HttpResponse,
	now: number = Date.now(),
): number | undefined {
	const retryAfter = headerValue(response, 'retry-after');
	if (retryAfter) {
		const seconds = Number(retryAfter);
		if (Number.isFinite(seconds)) return Math.max(0, Math.round(seconds * 1000));
		const at = Date.parse(retryAfter);
		if (!Number.isNaN(at)) return Math.max(0, at - now);
	}
	for (const name of ['x-ratelimit-reset', 'ratelimit-reset']) {
		const reset = Number(headerValue(response, name));
		if (Number.isFinite(reset) && reset > 0) {
			// A unix time in seconds is > 10^9; a small number is "seconds from now" (draft RateLimit header fields).
			return reset > 1e9 ? Math.max(0, reset * 1000 - now) : Math.round(reset * 1000);
		}
	}
	return undefined;
}

/**
 * Sends a request. Resolves with any HTTP status (the API clients decide what a status means); rejects
 * with an ApiError only for network failures and timeouts, after the retries an idempotent call allows.
 */
export async function httpRequest(req: HttpRequest, ctx: HttpContext): Promise<HttpResponse> {
	const url = buildUrl(req.url, req.query);
	const timeoutMs = req.timeoutMs ?? DEFAULT_TIMEOUT_MS;
	const idempotent = req.idempotent ?? (req.method === 'GET' || req.method === 'HEAD');
	const retries = idempotent ? (req.retries ?? DEFAULT_RETRIES) : 0;
	const route = routeFor(url, req.proxyUrl, ctx.service);
	for (let attempt = 0; ; attempt++) {
		try {
			const response = await sendOnce(req, url, timeoutMs, route, ctx);
			if (attempt < retries && response.status >= 500) {
				await sleep(backoffDelayMs(attempt, RETRY_BASE_MS, RETRY_MAX_MS), req.signal);
				continue;
			}
			if (attempt < retries && response.status === 429) {
				const wait =
					retryAfterMsOf(response) ?? backoffDelayMs(attempt, RETRY_BASE_MS, RETRY_MAX_MS);
				if (wait <= RETRY_MAX_MS) {
					await sleep(wait, req.signal);
					continue;
				}
			}
			return response;
		} catch (error) {
			if (req.signal?.aborted) throw error;
			const code =
				error instanceof ApiError
					? String(error.code)
					: (error as Error)?.name === 'TimeoutError'
						? 'TIMEOUT'
						: networkErrorCode(error);
			if (attempt < retries && isRetryableNetworkCode(code)) {
				await sleep(backoffDelayMs(attempt, RETRY_BASE_MS, RETRY_MAX_MS), req.signal);
				continue;
			}
			throw failureOf(error, code, url, timeoutMs, route, ctx);
		}
	}
}

function contentType(response: HttpResponse): string {
	const value = response.headers['content-type'];
	return (Array.isArray(value) ? value[0] : value) ?? '';
}

/** A short, secret-free excerpt of a body that was not what we expected, for the error message. */
function excerpt(response: HttpResponse, ctx: HttpContext): string {
	// Redact before cutting, so a secret that straddles the cut cannot leave half of itself behind.
	const head = response.body.toString('utf8', 0, Math.min(response.body.length, 1000));
	const text = redactSecrets(head, ctx.secrets ?? [])
		.replace(/\s+/g, ' ')
		.trim();
	return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/**
 * Parses a JSON API response losslessly. Any non-JSON answer (an HTML gateway page, an empty body, a
 * truncated document) or a 5xx without a JSON envelope becomes an ApiError that says what came back.
 * A 4xx/5xx that does carry JSON is returned, so the family's envelope mapper can read the API's own code.
 */
export function parseJsonResponse<T = unknown>(response: HttpResponse, ctx: HttpContext): T {
	const text = response.body.toString('utf8');
	const type = contentType(response);
	if (text.trim() === '') {
		throw new ApiError({
			service: ctx.service,
			code: `HTTP_${response.status}`,
			httpStatus: response.status,
			message: `${ctx.service} answered HTTP ${response.status} with an empty body`,
			hint:
				response.status >= 500
					? 'The server failed; try again later.'
					: 'Check the base URL: this does not look like the API.',
		});
	}
	try {
		return parseJsonLossless<T>(text);
	} catch {
		throw notJsonError(response, text, type, ctx);
	}
}

/**
 * Names what came back instead of JSON: an HTML page (a gateway), a document that starts as JSON and breaks
 * (cut off), or plain text such as Envoy's "upstream connect error" or Go's "404 page not found", which is
 * an HTTP error with its status, not "malformed JSON".
 */
function notJsonError(
	response: HttpResponse,
	text: string,
	type: string,
	ctx: HttpContext,
): ApiError {
	const status = response.status;
	const code = status >= 400 ? `HTTP_${status}` : 'INVALID_JSON';
	const quoted = `"${excerpt(response, ctx)}"`;
	if (/html/i.test(type) || /^\s*</.test(text))
		return new ApiError({
			service: ctx.service,
			code,
			httpStatus: status,
			message: `${ctx.service} answered HTTP ${status} with an HTML page instead of JSON: ${quoted}`,
			hint: 'A gateway or proxy answered instead of the API. Check the base URL, or try again if the service is down.',
		});
	if (/^\s*[[{]/.test(text))
		return new ApiError({
			service: ctx.service,
			code,
			httpStatus: status,
			message: `${ctx.service} answered HTTP ${status} with malformed JSON: ${quoted}`,
			hint: 'The response was cut off or is not JSON; try again, and check the base URL.',
		});
	return new ApiError({
		service: ctx.service,
		code,
		httpStatus: status,
		message: `${ctx.service} answered HTTP ${status} with text instead of JSON: ${quoted}`,
		hint:
			status >= 500
				? 'The server (or a gateway in front of it) failed; try again later.'
				: 'Check the base URL: this does not look like the API.',
	});
}

/** The parsed body as an object; an array or a bare value means the URL does not point at the API. */
export function jsonObjectOrThrow(
	body: unknown,
	httpStatus: number,
	service: string,
	hint: string,
): Record<string, unknown> {
	if (body && typeof body === 'object' && !Array.isArray(body))
		return body as Record<string, unknown>;
	throw new ApiError({
		service,
		code: 'INVALID_RESPONSE',
		httpStatus,
		message: `${service} answered with JSON that is not an object`,
		hint,
	});
}

export interface HttpStreamRequest {
	url: string;
	headers?: Record<string, string>;
	/** Time to the response headers. */
	timeoutMs?: number;
	/** Longest silence between two body chunks before the body fails with UND_ERR_BODY_TIMEOUT. */
	idleTimeoutMs: number;
	proxyUrl?: string;
	signal?: AbortSignal;
}

export interface HttpStreamResponse {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	/** The body as it arrives; the caller reads it to the end or destroys it. */
	body: Readable;
}

/**
 * A GET whose body is read as it arrives (a live media stream, a playlist read under a cap): the same pools
 * and proxy as httpRequest, no overall deadline (a stream has none), only the time to headers and the idle
 * time between chunks, and no retries (a stream cannot be resumed from the same bytes).
 */
export async function httpStream(
	req: HttpStreamRequest,
	ctx: HttpContext,
): Promise<HttpStreamResponse> {
	const timeoutMs = req.timeoutMs ?? DEFAULT_TIMEOUT_MS;
	const route = routeFor(req.url, req.proxyUrl, ctx.service);
	try {
		const response = await request(req.url, {
			method: 'GET',
			headers: req.headers,
			dispatcher: route.dispatcher,
			headersTimeout: timeoutMs,
			bodyTimeout: req.idleTimeoutMs,
			signal: req.signal,
		});
		return { status: response.statusCode, headers: response.headers, body: response.body };
	} catch (error) {
		if (req.signal?.aborted) throw error;
		const code = (error as Error)?.name === 'TimeoutError' ? 'TIMEOUT' : networkErrorCode(error);
		throw failureOf(error, code, req.url, timeoutMs, route, ctx);
	}
}

/**
 * What TikTok's JSON endpoints answer and how their errors read (reference §1.1, §1.3): webcast endpoints wrap
 * data in `{status_code, data, extra}`, `api-live` in `{statusCode, message, data}`. A non-zero code, an
 * age-restricted room and an HTTP 429 each become an ApiError that says what to do.
 */
import { ApiError } from '../../shared/errors';
import {
	parseJsonResponse,
	retryAfterMsOf,
	type HttpContext,
	type HttpResponse,
} from '../../shared/http';

export type Json = Record<string, unknown>;

export function asObject(value: unknown): Json {
	return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
}

export function asString(value: unknown): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	return typeof value === 'string' ? value : String(value);
}

export function rateLimitError(
	service: string,
	response: HttpResponse,
	detail: string | undefined,
	hint: string,
): ApiError {
	const retryAfterMs = retryAfterMsOf(response);
	const wait = retryAfterMs === undefined ? '' : `; retry in ${Math.ceil(retryAfterMs / 1000)} s`;
	return new ApiError({
		service,
		code: 'RATE_LIMITED',
		httpStatus: 429,
		retryAfterMs,
		message: `${service} rate limit reached${detail ? ` (${detail})` : ''}${wait}`,
		hint,
	});
}

/** Unwraps `{status_code, data}` of webcast.tiktok.com; returns `data` and the whole body. */
export function unwrapWebcast(
	response: HttpResponse,
	ctx: HttpContext,
): { data: unknown; body: Json } {
	if (response.status === 429)
		throw rateLimitError(
			ctx.service,
			response,
			undefined,
			'TikTok is throttling this IP; wait, or use a proxy.',
		);
	const body = asObject(parseJsonResponse(response, ctx));
	const code = Number(body.status_code ?? body.statusCode ?? 0);
	const data = body.data;
	const dataObject = asObject(data);
	if (code !== 0 || response.status >= 400) {
		const message =
			asString(dataObject.message) ??
			asString(dataObject.prompts) ??
			asString(body.message) ??
			`HTTP ${response.status}`;
		throw new ApiError({
			service: ctx.service,
			code: code || `HTTP_${response.status}`,
			httpStatus: response.status,
			message: `${ctx.service} answered status ${code || response.status}: ${message}`,
			hint:
				ageRestrictedHint(dataObject) ?? 'Check the room ID; TikTok may also be blocking this IP.',
		});
	}
	return { data, body };
}

/** TL7 treats room info `data` with `prompts` (or almost empty) as an age-restricted room (§1.3, TL #228). */
function ageRestrictedHint(data: Json): string | undefined {
	return data.prompts !== undefined
		? 'The room may be age-restricted: add a session cookie of a logged-in adult account to the credential.'
		: undefined;
}

import { ApiError } from '../../shared/errors';
import { jsonObjectOrThrow } from '../../shared/http';
import { numberFrom } from '../../shared/json';

/**
 * Douyin's three error envelopes (reference §0), always with HTTP 200. Each is mapped on its own:
 * reading err_msg from an errcode-family answer is a known crash of other ports.
 *
 * The errors carry Douyin's own text (err_tips, err_msg, errmsg) and body, which may repeat the token or
 * secret that was sent: they are only thrown inside DouyinLiveClient's calls, which pass every error
 * through the shared `redactError` with that call's secrets before it leaves the client.
 */

export const SERVICE = 'Douyin Live';

/** Codes that mean the access token is no longer accepted: 40022 on live_data, 40004 on errcode endpoints. */
export const TOKEN_REJECTED_CODES = new Set([40022, 40004]);
/** Codes that mean "slow down": 40007 platform-wide, 40018 concurrency. */
export const RATE_LIMITED_CODES = new Set([40007, 40018]);

const HINTS: Record<number, string> = {
	[-1]: 'Douyin had a system error; try again shortly.',
	10001:
		'Douyin failed internally (or, on the backfill, the paging parameters were invalid); try again, and check Page and Page Size.',
	10004: 'The game is not mounted in this live room.',
	10011: 'The paging parameters were invalid: Page starts at 1 and Page Size is at most 100.',
	40001: 'A parameter was missing or malformed.',
	40002: 'The app lacks this capability; enable it in the Douyin developer console.',
	40004: 'The access token expired; it was refreshed and the call retried once.',
	40007:
		'Douyin rate-limited the app (10 calls/s); the node slows down on its own, try again in a moment.',
	40015: 'The App ID is wrong; check the credential.',
	40017: 'The App Secret is wrong; check the credential.',
	40018: 'Too many concurrent calls for this app; try again in a moment.',
	40020: 'grant_type must be client_credential.',
	40022:
		'The access token was rejected; it was refreshed and the call retried once. Check that no other system fetches tokens for this app.',
	40023: 'A required parameter is missing: check Room ID, App ID and Message Type.',
	5003019:
		'Douyin refused for this room: it was not found or the anchor is off air, the game lacks the capability for this message type, its push task is not running, or the push QPS limit was reached.',
};

export function hintFor(code: number): string | undefined {
	return HINTS[code];
}

function ensureObject(body: unknown, httpStatus: number): Record<string, unknown> {
	return jsonObjectOrThrow(
		body,
		httpStatus,
		SERVICE,
		'Check the base URL: this does not look like the Douyin API.',
	);
}

function envelopeError(
	code: number,
	message: string,
	httpStatus: number,
	body: Record<string, unknown>,
	logId?: string,
): ApiError {
	return new ApiError({
		service: SERVICE,
		code,
		message: message || `error ${code}`,
		hint: hintFor(code),
		httpStatus,
		logId,
		body,
	});
}

/** A non-2xx status that still carried JSON but no recognised envelope. */
function statusError(httpStatus: number, body: Record<string, unknown>): ApiError {
	return new ApiError({
		service: SERVICE,
		code: `HTTP_${httpStatus}`,
		httpStatus,
		message: `Douyin answered HTTP ${httpStatus}`,
		hint:
			httpStatus === 429
				? hintFor(40007)
				: httpStatus >= 500
					? 'Douyin failed; try again later.'
					: 'Check the base URL and the credential.',
		body,
	});
}

/** Token endpoint: `err_no`, `err_tips`, `data`. */
export function unwrapTokenEnvelope(raw: unknown, httpStatus: number): Record<string, unknown> {
	const body = ensureObject(raw, httpStatus);
	const code = numberFrom(body.err_no);
	if (code === undefined) throw statusError(httpStatus, body);
	if (code !== 0) throw envelopeError(code, String(body.err_tips ?? ''), httpStatus, body);
	return ensureObject(body.data ?? {}, httpStatus);
}

/** live_data endpoints: `err_no`, `err_msg`, `logid`, `data`. */
export function unwrapLiveDataEnvelope(
	raw: unknown,
	httpStatus: number,
): { data: Record<string, unknown>; logId?: string } {
	const body = ensureObject(raw, httpStatus);
	const code = numberFrom(body.err_no);
	const logId = typeof body.logid === 'string' && body.logid ? body.logid : undefined;
	if (code === undefined) throw statusError(httpStatus, body);
	if (code !== 0) throw envelopeError(code, String(body.err_msg ?? ''), httpStatus, body, logId);
	const data =
		body.data === undefined || body.data === null ? {} : ensureObject(body.data, httpStatus);
	return { data, logId };
}

/** webcastmate and gift endpoints: `errcode`, `errmsg`, `data`. */
export function unwrapErrcodeEnvelope(raw: unknown, httpStatus: number): Record<string, unknown> {
	const body = ensureObject(raw, httpStatus);
	const code = numberFrom(body.errcode);
	if (code === undefined) {
		if (httpStatus >= 400) throw statusError(httpStatus, body);
		// Some answers omit errcode on success (reference §3: "errcode present and ≠ 0 → error").
		return ensureObject(body.data ?? {}, httpStatus);
	}
	if (code !== 0) throw envelopeError(code, String(body.errmsg ?? ''), httpStatus, body);
	return body.data === undefined || body.data === null ? {} : ensureObject(body.data, httpStatus);
}

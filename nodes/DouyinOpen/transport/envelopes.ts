import { ApiError } from '../../shared/errors';
import { jsonObjectOrThrow } from '../../shared/http';
import { numberFrom } from '../../shared/json';

/**
 * The Douyin Open Platform answers in three shapes (reference §1.1, §6), each mapped on its own:
 * - OAuth: `{ data: { error_code, description, ...tokens }, message }`;
 * - style A: business fields at top level beside `extra` {error_code, sub_error_code, description, logid}
 *   and `data` {error_code, description};
 * - style B: flat `{ err_no, err_msg, log_id }` (setting set/disable, recall).
 * Each IM call names the style it expects; a gateway error in the other style (an expired token is
 * checked before the endpoint runs) is still recognised rather than mistaken for success.
 */

export const SERVICE = 'Douyin Open Platform';

/** The user access token expired: refresh it and retry once (reference §4, §7). */
export const TOKEN_EXPIRED_CODES = new Set([28001008, 2190008, 10008]);
/** Slow down and retry: system busy, network error, risk control, rate limited. */
export const RETRYABLE_CODES = new Set([28001005, 28001006, 28001052, 28003018, 2100004]);

const REAUTHORIZE = 'Authorize the account again and put the new tokens into the credential.';

const HINTS: Record<number, string> = {
	28001005: 'Douyin is busy; try again shortly.',
	28001006: 'Douyin had an internal network error; try again shortly.',
	28001007:
		'A parameter was invalid: check the group ID, apply ID, message content and the Open ID in the credential.',
	28001008: `The access token expired and could not be refreshed. ${REAUTHORIZE}`,
	28001012:
		'The user did not grant the scope this call needs (im.group_fans.create_list, im.group_message or im.recall_message). Authorize again with that scope.',
	28001014:
		'The app lacks this capability; apply for the IM fan group capability in the Douyin developer console.',
	28001015:
		'The access token and the Open ID do not belong together: the Open ID in the credential must be the one returned with the token.',
	28001016: 'The app is banned or offline.',
	28001017: 'Douyin does not know this URI; check the base URL in the credential.',
	28001018: 'The app lacks this capability; apply for it in the Douyin developer console.',
	28001019: 'The capability is banned or offline for this app.',
	28001020: 'The user is not bound to the test app; add them as a tester in the console.',
	28001021: 'The test app expired.',
	28001042: 'The token lacks the scope for this call.',
	28001045: 'The user deregistered their account.',
	28001046: 'The user is banned.',
	28001047: 'The user account is private.',
	28001052:
		'Douyin risk control asked to slow down; the node retried and gave up. Try again later.',
	28001056: 'Douyin retired this API.',
	28003017: 'The quota for this call is used up.',
	28003018: 'Douyin rate-limited the app; the node retried and gave up. Try again later.',
	28004020: 'The scope is not supported for this kind of authorization.',
	2100004: 'Douyin is busy; try again shortly.',
	2100005: 'A parameter was invalid: check the group ID, apply ID and message content.',
	2100007:
		'No permission: the user did not grant the scope, or the group does not belong to this user.',
	2100009: 'The user is banned.',
	2190001: 'The quota is used up.',
	2190008: `The access token expired and could not be refreshed. ${REAUTHORIZE}`,
	10002: 'A parameter of the OAuth call was wrong: check the Client Key.',
	10003: 'The Client Key is wrong; check the credential.',
	10004: 'The app lacks the renew_refresh_token scope.',
	10005: 'A parameter is missing: the credential needs a refresh token (or the code was empty).',
	10007: 'The authorization code expired or was already used; authorize again for a new one.',
	10008: `The access token expired. ${REAUTHORIZE}`,
	10010: `The refresh token expired (it lives 30 days). ${REAUTHORIZE}`,
	10013: 'The Client Key and Client Secret do not match; check the credential.',
	10020:
		'Too many calls (or the refresh token was renewed 5 times already); wait, or authorize again.',
};

export function hintFor(code: number): string | undefined {
	return HINTS[code];
}

function text(value: unknown): string | undefined {
	return typeof value === 'string' && value !== '' ? value : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
	return Boolean(value) && typeof value === 'object' && !Array.isArray(value);
}

function ensureObject(body: unknown, httpStatus: number): Record<string, unknown> {
	return jsonObjectOrThrow(
		body,
		httpStatus,
		SERVICE,
		'Check the base URL in the credential: this does not look like the Douyin Open Platform.',
	);
}

function codeError(
	code: number,
	message: string | undefined,
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

/** A non-2xx answer that carried JSON but no recognised envelope. */
function statusError(httpStatus: number, body: Record<string, unknown>): ApiError {
	return new ApiError({
		service: SERVICE,
		code: `HTTP_${httpStatus}`,
		httpStatus,
		message: `Douyin answered HTTP ${httpStatus}`,
		hint:
			httpStatus === 429
				? hintFor(28003018)
				: httpStatus >= 500
					? 'Douyin failed; try again later.'
					: httpStatus === 401 || httpStatus === 403
						? 'The access token was refused; check the credential.'
						: 'Check the base URL in the credential.',
		body,
	});
}

/** Style A error fields: the first non-zero of top-level, extra, extra.sub, and data codes (reference §1.1). */
function styleAError(
	body: Record<string, unknown>,
): { code: number; message?: string; logId?: string } | undefined {
	const extra = isObject(body.extra) ? body.extra : undefined;
	const data = isObject(body.data) ? body.data : undefined;
	const logId = text(extra?.logid) ?? text(extra?.log_id);
	const candidates: Array<[unknown, unknown]> = [
		[body.error_code, body.description],
		[extra?.error_code, extra?.description],
		[extra?.sub_error_code, extra?.sub_description ?? extra?.description],
		[data?.error_code, data?.description],
	];
	for (const [rawCode, rawMessage] of candidates) {
		const code = numberFrom(rawCode);
		if (code !== undefined && code !== 0) {
			// The sub description is often the more specific text; join both when they differ.
			const parts = [text(rawMessage), text(extra?.sub_description)].filter(
				(p, i, all): p is string => Boolean(p) && all.indexOf(p) === i,
			);
			return { code, message: parts.join(': ') || undefined, logId };
		}
	}
	return undefined;
}

function hasStyleA(body: Record<string, unknown>): boolean {
	return (
		isObject(body.extra) || (isObject(body.data) && numberFrom(body.data.error_code) !== undefined)
	);
}

export interface StyleAResult {
	/** The business fields at the top level (left_count, group_id, group_list...), without extra and data. */
	fields: Record<string, unknown>;
	logId?: string;
}

/** Style A: success needs every error code present to be 0; business fields sit beside extra/data. */
export function unwrapStyleA(raw: unknown, httpStatus: number): StyleAResult {
	const body = ensureObject(raw, httpStatus);
	if (!hasStyleA(body)) {
		// A style B gateway error on a style A endpoint.
		const errNo = numberFrom(body.err_no);
		if (errNo !== undefined && errNo !== 0)
			throw codeError(errNo, text(body.err_msg), httpStatus, body, text(body.log_id));
		if (httpStatus >= 400) throw statusError(httpStatus, body);
		throw new ApiError({
			service: SERVICE,
			code: 'INVALID_RESPONSE',
			httpStatus,
			message: 'Douyin answered without the extra/data envelope',
			hint: 'Check the base URL in the credential: this does not look like the Douyin Open Platform.',
			body,
		});
	}
	const error = styleAError(body);
	if (error) throw codeError(error.code, error.message, httpStatus, body, error.logId);
	if (httpStatus >= 400) throw statusError(httpStatus, body);
	const { extra, data: _data, ...fields } = body;
	return { fields, logId: isObject(extra) ? (text(extra.logid) ?? text(extra.log_id)) : undefined };
}

/** Style B: `err_no` 0 (a number, or a numeric string) is success; `log_id` carries the request id. */
export function unwrapStyleB(raw: unknown, httpStatus: number): { logId?: string } {
	const body = ensureObject(raw, httpStatus);
	const errNo = numberFrom(body.err_no);
	if (errNo === undefined) {
		// A style A gateway error (e.g. an expired token) on a style B endpoint.
		const error = hasStyleA(body) ? styleAError(body) : undefined;
		if (error) throw codeError(error.code, error.message, httpStatus, body, error.logId);
		if (httpStatus >= 400) throw statusError(httpStatus, body);
		throw new ApiError({
			service: SERVICE,
			code: 'INVALID_RESPONSE',
			httpStatus,
			message: 'Douyin answered without err_no',
			hint: 'Check the base URL in the credential: this does not look like the Douyin Open Platform.',
			body,
		});
	}
	const logId = text(body.log_id) ?? text(body.logid);
	if (errNo !== 0) throw codeError(errNo, text(body.err_msg), httpStatus, body, logId);
	if (httpStatus >= 400) throw statusError(httpStatus, body);
	return { logId };
}

/** OAuth endpoints: everything, errors included, is nested under `data`. */
export function unwrapOAuth(raw: unknown, httpStatus: number): Record<string, unknown> {
	const body = ensureObject(raw, httpStatus);
	if (!isObject(body.data)) {
		const error = hasStyleA(body) ? styleAError(body) : undefined;
		if (error) throw codeError(error.code, error.message, httpStatus, body, error.logId);
		if (httpStatus >= 400) throw statusError(httpStatus, body);
		throw new ApiError({
			service: SERVICE,
			code: 'INVALID_RESPONSE',
			httpStatus,
			message: 'The OAuth endpoint answered without a data object',
			hint: 'Check the base URL in the credential.',
			body,
		});
	}
	const data = body.data;
	const code = numberFrom(data.error_code);
	if (code !== undefined && code !== 0)
		throw codeError(code, text(data.description), httpStatus, body, text(data.log_id));
	const extraError = styleAError(body);
	if (extraError)
		throw codeError(extraError.code, extraError.message, httpStatus, body, extraError.logId);
	if (httpStatus >= 400) throw statusError(httpStatus, body);
	return data;
}

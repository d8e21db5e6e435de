import { ApiError, redactSecrets, redactValue } from '../../shared/errors';
import { SERVICE } from './endpoints';
import { isObject, type Json } from './normalize';

/**
 * Every route answers HTTP 200 with `status_code` (0 = success) and `status_msg` (reference §1). Most
 * servers use one failure code (1) for everything, so what went wrong is read from the message, and the
 * hint comes from what the caller was doing; some have a code per cause (reference §7).
 */

/**
 * The server refused the token. Servers with a code per cause say so by code (the gin server: 401 forged
 * or unknown "身份验证失败", 402 expired, 406 login needed); the others only in the message: Ocyss/douyin
 * "Token 错误,请重新登录" / "Token 认证失败", English servers "invalid token" or "please log in".
 * Only `status_msg` is read, never the debug `errmsg` list, which names the token field on any missing parameter.
 */
const TOKEN_REFUSED_CODES = new Set([401, 402, 406]);
const TOKEN_REFUSED =
	/token|登录|鉴权|身份验证|认证失败|unauthori[sz]ed|not logged in|log ?in again/i;

export interface CallContext {
	/** What was being done, for the hint, e.g. "like the video". */
	action: string;
	/** What the user can check when the server refuses this call. */
	hint?: string;
	/** Values that must never reach an error. */
	secrets: ReadonlyArray<string | undefined>;
}

/** An envelope failure whose message says the token was refused: the client may log in again once. */
export class TokenRefusedError extends ApiError {}

function num(value: unknown): number | undefined {
	if (typeof value === 'number') return value;
	if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value);
	return undefined;
}

function detailOf(body: Json, secrets: CallContext['secrets']): string | undefined {
	const errmsg = body.errmsg;
	const list = Array.isArray(errmsg)
		? errmsg.map(String)
		: typeof errmsg === 'string'
			? [errmsg]
			: [];
	const text = list.join('; ').replace(/\s+/g, ' ').trim();
	if (!text) return undefined;
	return redactSecrets(text.length > 300 ? `${text.slice(0, 300)}…` : text, secrets);
}

/** Returns the body of a successful answer, or throws an ApiError carrying status_code, status_msg and a hint. */
export function unwrapEnvelope(raw: unknown, httpStatus: number, ctx: CallContext): Json {
	if (!isObject(raw)) {
		throw new ApiError({
			service: SERVICE,
			code: 'INVALID_RESPONSE',
			httpStatus,
			message: `${SERVICE} answered HTTP ${httpStatus} with JSON that is not an object`,
			hint: 'Check the base URL in the credential: it should point at the API root, e.g. http://localhost:23724/douyin.',
		});
	}
	const code = num(raw.status_code);
	if (code === undefined) {
		throw new ApiError({
			service: SERVICE,
			code: httpStatus >= 400 ? `HTTP_${httpStatus}` : 'NO_STATUS_CODE',
			httpStatus,
			message: `${SERVICE} answered HTTP ${httpStatus} without a status_code while trying to ${ctx.action}`,
			hint:
				httpStatus >= 500
					? 'The server failed; try again later.'
					: 'Check the base URL in the credential: this does not look like the Simple Douyin API.',
			body: redactValue(raw, ctx.secrets),
		});
	}
	if (code === 0) return raw;
	const statusMsg =
		typeof raw.status_msg === 'string' ? redactSecrets(raw.status_msg.trim(), ctx.secrets) : '';
	const tokenRefused = TOKEN_REFUSED_CODES.has(code) || TOKEN_REFUSED.test(statusMsg);
	const detail = detailOf(raw, ctx.secrets);
	const hint = [
		tokenRefused ? 'The server refused the login token.' : ctx.hint,
		detail ? `Server detail: ${detail}` : undefined,
	]
		.filter(Boolean)
		.join(' ');
	const details = {
		service: SERVICE,
		code,
		httpStatus,
		message: `Could not ${ctx.action}: ${statusMsg || `status_code ${code} without a message`}`,
		hint: hint || undefined,
		body: redactValue(raw, ctx.secrets),
	};
	throw tokenRefused ? new TokenRefusedError(details) : new ApiError(details);
}

/** A refused token, with a hint that fits what the client did about it (fixed token, second refusal). */
export class ApiErrorWithHint extends ApiError {
	constructor(error: ApiError, hint: string) {
		super({ ...error.details, hint });
	}
}

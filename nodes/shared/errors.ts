/**
 * The one error type every API client throws. It carries what a user needs to act (the API's own code
 * and message, a hint) and nothing secret: clients pass their secrets to `redactSecrets` before any text
 * from a request or response can reach an error.
 */

export interface ApiErrorDetails {
	/** Which API answered, e.g. "Douyin Live". */
	service: string;
	/** The API's own error code (err_no, errcode, status_code...), or a transport code such as ETIMEDOUT. */
	code?: string | number;
	message: string;
	/** What the user can do about it. */
	hint?: string;
	httpStatus?: number;
	/** Server-side request id (Douyin's logid) for support tickets. */
	logId?: string;
	/** Set when the server asked us to wait (429, rate-limit codes). */
	retryAfterMs?: number;
	/** The parsed error body, already free of secrets. */
	body?: unknown;
}

export class ApiError extends Error {
	readonly details: ApiErrorDetails;

	constructor(details: ApiErrorDetails) {
		super(details.message);
		this.name = 'ApiError';
		this.details = details;
	}

	get code(): string | number | undefined {
		return this.details.code;
	}
}

const MIN_SECRET_LENGTH = 4;

/** Replaces every occurrence of each secret in `text`; short or empty values are skipped so that "1" cannot erase digits. */
export function redactSecrets(text: string, secrets: ReadonlyArray<string | undefined>): string {
	let result = text;
	for (const secret of secrets) {
		if (!secret || secret.length < MIN_SECRET_LENGTH) continue;
		result = result.split(secret).join('***');
	}
	return result;
}

/** Deep-copies a JSON value with every secret replaced, for error bodies shown in the n8n UI. */
export function redactValue<T>(value: T, secrets: ReadonlyArray<string | undefined>): T {
	if (value === undefined) return value;
	return JSON.parse(redactSecrets(JSON.stringify(value), secrets)) as T;
}

/** An error as one line for the user: the message, optionally the API's code, and the hint in brackets. */
export function describeError(error: unknown, options: { withCode?: boolean } = {}): string {
	if (error instanceof ApiError) {
		const code = options.withCode && error.code !== undefined ? ` [${error.code}]` : '';
		return `${error.message}${code}${error.details.hint ? ` (${error.details.hint})` : ''}`;
	}
	return error instanceof Error ? error.message : String(error);
}

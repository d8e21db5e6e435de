/**
 * The one error type every API client throws. It carries what a user needs to act (the API's own code
 * and message, a hint) and nothing secret: every client passes what it throws through `redactError` (or
 * `redactingErrors`) with the secrets and tokens of that call.
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
	/** Replaced (never mutated) by `redactError`, the only writer after construction. */
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

/** The secrets of one call: credential secrets, the tokens it used, and whatever it learned on the way. */
export type Secrets = ReadonlyArray<string | undefined>;

/** A secret as it may appear in text: as is, escaped inside a JSON string, or URL-encoded (query, form). */
function formsOf(secret: string): string[] {
	const forms = new Set([secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)]);
	forms.add(new URLSearchParams({ s: secret }).toString().slice(2));
	return [...forms];
}

/** Replaces every occurrence of each secret in `text`; short or empty values are skipped so that "1" cannot erase digits. */
export function redactSecrets(text: string, secrets: Secrets): string {
	const forms = secrets
		.filter((secret): secret is string => !!secret && secret.length >= MIN_SECRET_LENGTH)
		.flatMap(formsOf)
		// Longest first, so that a secret containing another is replaced whole.
		.sort((a, b) => b.length - a.length);
	let result = text;
	for (const form of forms) result = result.split(form).join('***');
	return result;
}

/** Copies a JSON-like value with every secret replaced in its strings and keys, for error bodies shown in the n8n UI. */
export function redactValue<T>(value: T, secrets: Secrets): T {
	const walk = (v: unknown, depth: number): unknown => {
		if (typeof v === 'string') return redactSecrets(v, secrets);
		if (!v || typeof v !== 'object' || depth > 50) return v;
		if (Array.isArray(v)) return v.map((entry) => walk(entry, depth + 1));
		if (Buffer.isBuffer(v)) return redactSecrets(v.toString('utf8'), secrets);
		const copy: Record<string, unknown> = {};
		for (const [key, entry] of Object.entries(v)) {
			copy[redactSecrets(key, secrets)] = walk(entry, depth + 1);
		}
		return copy;
	};
	return walk(value, 0) as T;
}

/**
 * The one redaction every error of every family passes through on its way out of a client: the message,
 * the hint, the attached body, the stack and any cause lose the secrets of that call. The error keeps its
 * identity and class (clients test `instanceof` on their own subclasses), so it is redacted in place.
 */
export function redactError<E>(error: E, secrets: Secrets): E {
	const seen = new Set<unknown>();
	const redactOne = (target: unknown): void => {
		if (!(target instanceof Error) || seen.has(target)) return;
		seen.add(target);
		target.message = redactSecrets(target.message, secrets);
		if (target.stack) target.stack = redactSecrets(target.stack, secrets);
		if (target instanceof ApiError) {
			const details = target.details;
			(target as { details: ApiErrorDetails }).details = {
				...details,
				message: redactSecrets(details.message, secrets),
				hint: details.hint === undefined ? undefined : redactSecrets(details.hint, secrets),
				logId: details.logId === undefined ? undefined : redactSecrets(details.logId, secrets),
				body: redactValue(details.body, secrets),
			};
		}
		const cause = (target as { cause?: unknown }).cause;
		if (cause instanceof Error) redactOne(cause);
		else if (cause !== undefined)
			(target as { cause?: unknown }).cause = redactValue(cause, secrets);
	};
	redactOne(error);
	return error;
}

/**
 * Runs one call and redacts whatever it throws. `secrets` is read when the call fails, so tokens the call
 * fetched or received on the way are included: pass a function or an array the call appends to.
 */
export async function redactingErrors<T>(
	secrets: Secrets | (() => Secrets),
	call: () => Promise<T>,
): Promise<T> {
	try {
		return await call();
	} catch (error) {
		throw redactError(error, typeof secrets === 'function' ? secrets() : secrets);
	}
}

/** An error as one line for the user: the message, optionally the API's code, and the hint in brackets. */
export function describeError(error: unknown, options: { withCode?: boolean } = {}): string {
	if (error instanceof ApiError) {
		const code = options.withCode && error.code !== undefined ? ` [${error.code}]` : '';
		return `${error.message}${code}${error.details.hint ? ` (${error.details.hint})` : ''}`;
	}
	return error instanceof Error ? error.message : String(error);
}

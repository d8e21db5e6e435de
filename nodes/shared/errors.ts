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

/** Every form of every usable secret, longest first so that a secret containing another is replaced whole. */
function formsOfAll(secrets: Secrets): string[] {
	return secrets
		.filter((secret): secret is string => !!secret && secret.length >= MIN_SECRET_LENGTH)
		.flatMap(formsOf)
		.sort((a, b) => b.length - a.length);
}

function replaceForms(text: string, forms: readonly string[]): string {
	let result = text;
	for (const form of forms) if (result.includes(form)) result = result.split(form).join('***');
	return result;
}

/** Replaces every occurrence of each secret in `text`; short or empty values are skipped so that "1" cannot erase digits. */
export function redactSecrets(text: string, secrets: Secrets): string {
	return replaceForms(text, formsOfAll(secrets));
}

/** How deep `redactValue` copies; below that, a subtree is checked as JSON text. */
const MAX_WALK_DEPTH = 50;

/**
 * A subtree below the walk's depth: kept as it is when it holds no secret, else replaced by its JSON text
 * redacted (a hostile server may nest its echo on purpose). Too deep even to serialise: dropped.
 */
function redactDeepRemainder(value: unknown, forms: readonly string[]): unknown {
	let text: string;
	try {
		text = JSON.stringify(value) ?? '';
	} catch {
		return '[nested too deep to show]';
	}
	const redacted = replaceForms(text, forms);
	return redacted === text ? value : redacted;
}

/** Copies a JSON-like value with every secret replaced in its strings and keys, for error bodies and output items. */
export function redactValue<T>(value: T, secrets: Secrets): T {
	// Computed once per value, not once per string: output items pass here too.
	const forms = formsOfAll(secrets);
	const walk = (v: unknown, depth: number): unknown => {
		if (typeof v === 'string') return replaceForms(v, forms);
		if (!v || typeof v !== 'object') return v;
		if (depth > MAX_WALK_DEPTH) return redactDeepRemainder(v, forms);
		if (Array.isArray(v)) return v.map((entry) => walk(entry, depth + 1));
		if (Buffer.isBuffer(v)) return replaceForms(v.toString('utf8'), forms);
		const copy: Record<string, unknown> = {};
		for (const [key, entry] of Object.entries(v)) {
			copy[replaceForms(key, forms)] = walk(entry, depth + 1);
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

/**
 * Runs one call whose answer is data from the network and redacts both ways out: what it throws and what it
 * returns. A careless server may repeat the token it was sent in a successful answer too, and that answer
 * becomes the node's output items (an AI agent's context when the node runs as a tool). Only for answers
 * that never legitimately hold a secret of the call (not a token endpoint's answer). Buffers become text.
 */
export async function redactingCall<T>(
	secrets: Secrets | (() => Secrets),
	call: () => Promise<T>,
): Promise<T> {
	const result = await redactingErrors(secrets, call);
	return redactValue(result, typeof secrets === 'function' ? secrets() : secrets);
}

/** An error as one line for the user: the message, optionally the API's code, and the hint in brackets. */
export function describeError(error: unknown, options: { withCode?: boolean } = {}): string {
	if (error instanceof ApiError) {
		const code = options.withCode && error.code !== undefined ? ` [${error.code}]` : '';
		return `${error.message}${code}${error.details.hint ? ` (${error.details.hint})` : ''}`;
	}
	return error instanceof Error ? error.message : String(error);
}

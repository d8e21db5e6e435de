/**
 * JSON parsing that never loses an int64.
 *
 * Douyin and TikTok send room, user and video ids as bare JSON numbers above 2^53
 * (e.g. `"room_id": 7214015683695250235`); `JSON.parse` silently rounds them. Before parsing, every
 * integer literal outside a string that is not a safe integer is wrapped in quotes, so it arrives as
 * an exact decimal string. Everything else parses exactly as `JSON.parse` would.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const MINUS = 0x2d;
const ZERO = 0x30;
const NINE = 0x39;

/** Longest digit run that is always a safe integer: 9007199254740991 has 16 digits. */
const ALWAYS_SAFE_DIGITS = 15;

function isDigit(code: number): boolean {
	return code >= ZERO && code <= NINE;
}

function isUnsafeIntegerLiteral(literal: string): boolean {
	const digits = literal.charCodeAt(0) === MINUS ? literal.length - 1 : literal.length;
	if (digits <= ALWAYS_SAFE_DIGITS) return false;
	return !Number.isSafeInteger(Number(literal));
}

/** Returns the text with every unsafe integer literal quoted, or the same string when there is none. */
export function quoteUnsafeIntegers(text: string): string {
	let out: string[] | undefined;
	let copiedUpTo = 0;
	const length = text.length;
	let i = 0;
	while (i < length) {
		const code = text.charCodeAt(i);
		if (code === QUOTE) {
			i++;
			while (i < length) {
				const c = text.charCodeAt(i);
				if (c === BACKSLASH) i += 2;
				else if (c === QUOTE) break;
				else i++;
			}
			i++;
			continue;
		}
		if (code === MINUS || isDigit(code)) {
			const start = i;
			i++;
			while (i < length && isDigit(text.charCodeAt(i))) i++;
			let isInteger = true;
			while (i < length) {
				const c = text.charCodeAt(i);
				if (c === 0x2e || c === 0x65 || c === 0x45 || c === 0x2b || c === MINUS || isDigit(c)) {
					isInteger = false;
					i++;
				} else break;
			}
			if (isInteger && i - start > ALWAYS_SAFE_DIGITS) {
				const literal = text.slice(start, i);
				if (isUnsafeIntegerLiteral(literal)) {
					out ??= [];
					out.push(text.slice(copiedUpTo, start), '"', literal, '"');
					copiedUpTo = i;
				}
			}
			continue;
		}
		i++;
	}
	if (!out) return text;
	out.push(text.slice(copiedUpTo));
	return out.join('');
}

/** `JSON.parse`, except that integers outside ±(2^53 − 1) come back as exact decimal strings. */
export function parseJsonLossless<T = unknown>(text: string): T {
	return JSON.parse(quoteUnsafeIntegers(text)) as T;
}

/**
 * Reads an id that the API may send as a number or a string and returns it as a decimal string.
 * A JS number that is not a safe integer has already lost digits; refuse it rather than pass it on.
 */
export function idToString(value: unknown): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	if (typeof value === 'string') return value;
	if (typeof value === 'bigint') return value.toString();
	if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
	throw new RangeError(`id ${String(value)} is not an exact integer`);
}

/** A number sent as a JSON number or a numeric string (APIs send error codes either way). */
export function numberFrom(value: unknown): number | undefined {
	if (typeof value === 'number') return value;
	if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
		return Number(value);
	return undefined;
}

import { randomBytes } from 'node:crypto';

/**
 * `JSON.stringify` that writes BigInt values as bare JSON integers and embeds pre-serialised JSON verbatim.
 *
 * Some request fields are int64 on the wire (Douyin's coupon activity_id, coupon_meta_id). A JS number
 * cannot hold them exactly and `JSON.stringify` refuses BigInt, so callers pass `BigInt(...)` and this
 * writes the exact digits without quotes. A `RawJson` value (JSON a user typed) is copied as written, so
 * its large integers are never parsed into numbers. Everything else is serialised as `JSON.stringify` does.
 */

/** JSON text, already validated, to embed unchanged. */
export class RawJson {
	readonly text: string;

	constructor(text: string) {
		JSON.parse(text); // throws a SyntaxError for text that is not JSON
		this.text = text.trim();
	}
}

export function stringifyJsonWithBigInts(value: unknown): string {
	// A marker no input can forge: a control character (JSON escapes it) and a random nonce per call.
	const nonce = randomBytes(8).toString('hex');
	const raws: string[] = [];
	const text = JSON.stringify(value, function (this: unknown, key: string, v: unknown) {
		// The replacer sees toJSON() results (some hosts give BigInt a toJSON that returns a string), so the
		// original value is read from the holder.
		const original = (this as Record<string, unknown>)[key];
		if (original instanceof RawJson) return `\u0001${nonce}:r${raws.push(original.text) - 1}`;
		if (typeof original === 'bigint') return `\u0001${nonce}:b${original.toString()}`;
		return typeof v === 'bigint' ? `\u0001${nonce}:b${v.toString()}` : v;
	});
	if (text === undefined) return text as unknown as string;
	// JSON.stringify writes the control character as the six characters \u0001; match that escaped form.
	return text.replace(
		new RegExp(`"\\\\u0001${nonce}:([br])(-?\\d+)"`, 'g'),
		(_m, kind: string, digits: string) => (kind === 'b' ? digits : raws[Number(digits)]),
	);
}

/** Reads an integer given as a string, number or BigInt and returns a BigInt, or undefined if it is not an exact integer. */
export function toBigIntExact(value: unknown): bigint | undefined {
	if (typeof value === 'bigint') return value;
	if (typeof value === 'number') return Number.isSafeInteger(value) ? BigInt(value) : undefined;
	if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return BigInt(value.trim());
	return undefined;
}

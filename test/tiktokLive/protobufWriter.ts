/**
 * A tiny protobuf writer for fixtures: every field is written with its number and wire type spelled out, so a
 * reader of a fixture sees which reference table row each byte comes from. Also writes things our schema never
 * would (wrong wire types, undeclared fields, 10-byte negative varints), which the decoder tests need.
 */

export const WIRE_VARINT = 0;
export const WIRE_FIXED64 = 1;
export const WIRE_LEN = 2;
export const WIRE_FIXED32 = 5;

const textEncoder = new TextEncoder();

/** Varint of any int64/uint64 value; negatives are written as 10-byte two's complement, as TikTok does (colorId -1). */
export function varintBytes(value: number | bigint | string | boolean): number[] {
	let v = typeof value === 'boolean' ? (value ? 1n : 0n) : BigInt(value);
	if (v < 0n) v = (1n << 64n) + v;
	const out: number[] = [];
	do {
		let byte = Number(v & 0x7fn);
		v >>= 7n;
		if (v > 0n) byte |= 0x80;
		out.push(byte);
	} while (v > 0n);
	return out;
}

function tag(fieldNo: number, wireType: number): number[] {
	return varintBytes((BigInt(fieldNo) << 3n) | BigInt(wireType));
}

/** Concatenates encoded fields; undefined/false entries (absent optional fields) are skipped. */
export function message(...fields: Array<Uint8Array | undefined | false | null>): Uint8Array {
	const parts = fields.filter((f): f is Uint8Array => f instanceof Uint8Array);
	const total = parts.reduce((n, p) => n + p.length, 0);
	const out = new Uint8Array(total);
	let offset = 0;
	for (const p of parts) {
		out.set(p, offset);
		offset += p.length;
	}
	return out;
}

/** Field `fieldNo` as a varint (int32/int64/uint64/bool/enum). */
export function varint(
	fieldNo: number,
	value: number | bigint | string | boolean | undefined,
): Uint8Array | undefined {
	if (value === undefined) return undefined;
	return Uint8Array.from([...tag(fieldNo, WIRE_VARINT), ...varintBytes(value)]);
}

/** Field `fieldNo` as length-delimited bytes (bytes, sub-message, packed repeated). */
export function bytes(fieldNo: number, value: Uint8Array | undefined): Uint8Array | undefined {
	if (value === undefined) return undefined;
	return message(Uint8Array.from([...tag(fieldNo, WIRE_LEN), ...varintBytes(value.length)]), value);
}

/** Field `fieldNo` as a UTF-8 string. */
export function string(fieldNo: number, value: string | undefined): Uint8Array | undefined {
	if (value === undefined) return undefined;
	return bytes(fieldNo, textEncoder.encode(value));
}

/** Field `fieldNo` holding a sub-message made of `fields`. */
export function sub(
	fieldNo: number,
	...fields: Array<Uint8Array | undefined | false | null>
): Uint8Array {
	return bytes(fieldNo, message(...fields)) as Uint8Array;
}

/** Field `fieldNo` as fixed32 (wire type 5). */
export function fixed32(fieldNo: number, value: number): Uint8Array {
	const out = new Uint8Array([...tag(fieldNo, WIRE_FIXED32), 0, 0, 0, 0]);
	new DataView(out.buffer).setUint32(out.length - 4, value >>> 0, true);
	return out;
}

/** Repeats a field builder over a list. */
export function repeated<T>(
	values: readonly T[] | undefined,
	build: (value: T) => Uint8Array | undefined,
): Uint8Array {
	return message(...(values ?? []).map(build));
}

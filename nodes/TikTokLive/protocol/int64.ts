/**
 * int64 → exact decimal string. protobuf.js returns int64/uint64 as Long objects (or plain numbers when
 * the value came from an encoder input); user, room, message and streak ids exceed 2^53, so `Number()` would
 * silently round them (reference §2.7).
 */

/** Structural view of long.js's Long and protobuf.js's minimal Long interface (both are returned by readers). */
export interface LongLike {
	low: number;
	high: number;
	unsigned: boolean;
	toString(radix?: number): string;
}

type Int64Input = LongLike | number | string | null | undefined;

/** Longs whose high word is below 2^21 in magnitude are safe integers: build the number directly, it is faster than Long#toString. */
const SAFE_HIGH = 0x200000;
const TWO_POW_32 = 4294967296;

const E7 = 10_000_000;

function pad7(n: number): string {
	const s = String(n);
	return s.length >= 7 ? s : '0000000'.slice(s.length) + s;
}

/**
 * Unsigned 64-bit (high, low words) → decimal without Long's division loop, which showed up in profiles
 * (message, room and user ids are all above 2^53). Split into 24-bit limbs low + mid·2^24 + top·2^48 and
 * accumulate in base 10^7, where 2^24 = 1·10^7 + 6777216 and 2^48 = 2·10^14 + 8147497·10^7 + 6710656; every
 * partial sum stays below 2^53.
 */
export function uint64BitsToDecimal(high: number, low: number): string {
	const hi = high >>> 0;
	const lo = low >>> 0;
	if (hi < SAFE_HIGH) return String(hi * TWO_POW_32 + lo);
	const limbLow = lo & 0xffffff;
	const limbMid = ((lo >>> 24) | (hi << 8)) & 0xffffff;
	const limbTop = hi >>> 16;
	let units = limbLow + limbMid * 6777216 + limbTop * 6710656;
	let e7s = limbMid + limbTop * 8147497;
	let e14s = limbTop * 2;
	if (units >= E7) {
		e7s += Math.floor(units / E7);
		units %= E7;
	}
	if (e7s >= E7) {
		e14s += Math.floor(e7s / E7);
		e7s %= E7;
	}
	return e14s > 0 ? String(e14s) + pad7(e7s) + pad7(units) : String(e7s) + pad7(units);
}

export function int64ToString(value: Int64Input): string {
	if (value === null || value === undefined) return '0';
	if (typeof value === 'number')
		return Number.isSafeInteger(value) ? String(value) : BigInt(Math.trunc(value)).toString();
	if (typeof value === 'string') return value;
	const high = value.high;
	if (high >= 0 || value.unsigned) return uint64BitsToDecimal(high, value.low);
	if (high >= -SAFE_HIGH) return String(high * TWO_POW_32 + (value.low >>> 0));
	// Negative beyond 2^53 (colorId -1 style values are small; this is for completeness).
	return value.toString();
}

/** Like int64ToString, but a zero (the protobuf default for an absent field) becomes undefined. */
export function optionalId(value: Int64Input): string | undefined {
	if (value === null || value === undefined) return undefined;
	if (typeof value === 'number') return value === 0 ? undefined : int64ToString(value);
	if (typeof value === 'string') return value === '' || value === '0' ? undefined : value;
	if (value.low === 0 && value.high === 0) return undefined;
	return int64ToString(value);
}

/** For counters that fit a double (scores, counts): the nearest number. */
export function int64ToNumber(value: LongLike | number | null | undefined): number {
	if (value === null || value === undefined) return 0;
	if (typeof value === 'number') return value;
	return value.unsigned
		? (value.high >>> 0) * TWO_POW_32 + (value.low >>> 0)
		: value.high * TWO_POW_32 + (value.low >>> 0);
}

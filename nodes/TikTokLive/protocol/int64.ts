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

export function int64ToString(value: Int64Input): string {
	if (value === null || value === undefined) return '0';
	if (typeof value === 'number') return Number.isSafeInteger(value) ? String(value) : BigInt(Math.trunc(value)).toString();
	if (typeof value === 'string') return value;
	const high = value.high;
	if (high >= 0 ? high < SAFE_HIGH : !value.unsigned && high >= -SAFE_HIGH) {
		return String(high * TWO_POW_32 + (value.low >>> 0));
	}
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
	return value.unsigned ? (value.high >>> 0) * TWO_POW_32 + (value.low >>> 0) : value.high * TWO_POW_32 + (value.low >>> 0);
}

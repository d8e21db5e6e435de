/**
 * int64 → decimal: the fast path must agree with BigInt for every magnitude, including the top of uint64.
 */
import Long from 'long';
import {
	int64ToString,
	optionalId,
	uint64BitsToDecimal,
} from '../../nodes/TikTokLive/protocol/int64';

function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return (t ^ (t >>> 14)) >>> 0;
	};
}

describe('int64 to decimal string', () => {
	test.each([
		'0',
		'1',
		'9007199254740991',
		'9007199254740993',
		'7300000000000000123',
		'9223372036854775807',
		'18446744073709551615',
		'10000000000000000000',
		'99999999999999',
	])('unsigned %s round-trips exactly', (decimal) => {
		const v = BigInt(decimal);
		expect(uint64BitsToDecimal(Number(v >> 32n), Number(v & 0xffffffffn))).toBe(decimal);
	});

	test('10 000 random 64-bit values agree with BigInt', () => {
		const rand = prng(64);
		for (let i = 0; i < 10_000; i++) {
			const high = rand();
			const low = rand();
			const expected = ((BigInt(high) << 32n) | BigInt(low)).toString();
			if (uint64BitsToDecimal(high, low) !== expected)
				throw new Error(`${high}:${low} → ${uint64BitsToDecimal(high, low)} ≠ ${expected}`);
		}
	});

	test('signed Longs: negatives (colorId -1 as a 10-byte varint) and the int64 extremes', () => {
		expect(int64ToString(Long.fromString('-1'))).toBe('-1');
		expect(int64ToString(Long.fromString('-9223372036854775808'))).toBe('-9223372036854775808');
		expect(int64ToString(Long.fromString('9223372036854775807'))).toBe('9223372036854775807');
		expect(int64ToString(Long.fromString('18446744073709551615', true))).toBe(
			'18446744073709551615',
		);
	});

	test('absent ids (protobuf zero default) are undefined, not "0"', () => {
		expect(optionalId(Long.ZERO)).toBeUndefined();
		expect(optionalId(0)).toBeUndefined();
		expect(optionalId(Long.fromString('7300000000000000123'))).toBe('7300000000000000123');
	});
});

import { RawJson, stringifyJsonWithBigInts, toBigIntExact } from '../../nodes/shared/jsonStringify';

describe('stringifyJsonWithBigInts', () => {
	it('writes BigInt as bare exact digits and RawJson verbatim', () => {
		const text = stringifyJsonWithBigInts({
			a: 9223372036854775807n,
			list: [1n, 'x'],
			raw: new RawJson('{"n": 92233720368547758071}'),
		});
		expect(text).toBe('{"a":9223372036854775807,"list":[1,"x"],"raw":{"n": 92233720368547758071}}');
	});

	it('still works when the host gave BigInt a toJSON that returns a string (n8n-workflow does)', () => {
		const proto = BigInt.prototype as unknown as { toJSON?: () => string };
		const saved = proto.toJSON;
		proto.toJSON = function (this: bigint) {
			return this.toString();
		};
		try {
			expect(stringifyJsonWithBigInts({ id: 7214015683695250235n })).toBe(
				'{"id":7214015683695250235}',
			);
		} finally {
			if (saved) proto.toJSON = saved;
			else delete proto.toJSON;
		}
	});

	it('cannot be tricked by a string that looks like its marker', () => {
		expect(stringifyJsonWithBigInts({ s: '\u0001abc:b123' })).toBe('{"s":"\\u0001abc:b123"}');
	});

	it('refuses RawJson that is not JSON', () => {
		expect(() => new RawJson('{"a":')).toThrow(SyntaxError);
	});

	it('reads exact integers only', () => {
		expect(toBigIntExact('7214015683695250235')).toBe(7214015683695250235n);
		expect(toBigIntExact(42)).toBe(42n);
		expect(toBigIntExact(2 ** 60)).toBeUndefined();
		expect(toBigIntExact('12ab')).toBeUndefined();
	});
});

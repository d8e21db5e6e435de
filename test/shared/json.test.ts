import { idToString, parseJsonLossless, quoteUnsafeIntegers } from '../../nodes/shared/json';

describe('lossless JSON', () => {
	it('keeps a 19-digit room id exact as a string', () => {
		const parsed = parseJsonLossless<{ data: { info: { room_id: unknown } } }>(
			'{"data":{"info":{"room_id":7214015683695250235}}}',
		);
		expect(parsed.data.info.room_id).toBe('7214015683695250235');
		expect(JSON.parse('{"a":7214015683695250235}').a).not.toBe(7214015683695250235n.toString());
	});

	it('keeps negative and array-embedded int64 values exact', () => {
		expect(parseJsonLossless('[-9223372036854775808, 9223372036854775807, 1]')).toEqual([
			'-9223372036854775808',
			'9223372036854775807',
			1,
		]);
	});

	it('leaves safe integers, floats and exponents as numbers', () => {
		expect(
			parseJsonLossless('{"a":9007199254740991,"b":1.5,"c":12345678901234567.5,"d":1e21,"e":-0}'),
		).toEqual({ a: 9007199254740991, b: 1.5, c: 12345678901234567.5, d: 1e21, e: -0 });
	});

	it('never touches digits inside strings, even with escaped quotes', () => {
		const text = '{"s":"x\\"7214015683695250235\\"","n":7214015683695250235}';
		expect(parseJsonLossless(text)).toEqual({
			s: 'x"7214015683695250235"',
			n: '7214015683695250235',
		});
	});

	it('returns the same string when nothing needs quoting', () => {
		const text = '{"a":[1,2,3],"b":"7214015683695250235"}';
		expect(quoteUnsafeIntegers(text)).toBe(text);
	});

	it('still rejects malformed JSON', () => {
		expect(() => parseJsonLossless('{"a":')).toThrow(SyntaxError);
	});

	it('refuses to stringify a number that already lost precision', () => {
		expect(idToString(42)).toBe('42');
		expect(idToString('7214015683695250235')).toBe('7214015683695250235');
		expect(() => idToString(7214015683695250235)).toThrow(RangeError);
	});
});

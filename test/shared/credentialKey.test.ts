import { credentialKey } from '../../nodes/shared/credentialKey';

describe('credentialKey', () => {
	it('differs when any part differs, and reveals no part', () => {
		const key = credentialKey('scope', 'http://h', 'app-id', 'the-secret-value');
		expect(key).not.toContain('the-secret-value');
		expect(key).not.toContain('app-id');
		expect(key.startsWith('scope:')).toBe(true);
		expect(credentialKey('scope', 'http://h', 'app-id', 'another-secret')).not.toBe(key);
		expect(credentialKey('other', 'http://h', 'app-id', 'the-secret-value')).not.toBe(key);
		expect(credentialKey('scope', 'http://h', 'app-id', 'the-secret-value')).toBe(key);
	});

	it('cannot be forged by moving characters between parts', () => {
		expect(credentialKey('s', 'ab', 'c')).not.toBe(credentialKey('s', 'a', 'bc'));
		expect(credentialKey('s', 'a\n1:b')).not.toBe(credentialKey('s', 'a', 'b'));
		expect(credentialKey('s', undefined, 'x')).toBe(credentialKey('s', '', 'x'));
	});
});

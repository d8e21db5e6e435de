import { createHash } from 'node:crypto';

import { signPush, verifyPush } from '../../nodes/DouyinLive/transport/pushSignature';

// The official test vector (reference §2.3).
const headers = {
	'x-nonce-str': '123456',
	'x-timestamp': '456789',
	'x-roomid': '268',
	'x-msg-type': 'live_gift',
};
const body = 'abc123你好';
const secret = '123abc';

describe('Douyin push signature', () => {
	it('matches the official vector PDcKhdlsrKEJif6uMKD2dw==', () => {
		expect(signPush(headers, body, secret)).toBe('PDcKhdlsrKEJif6uMKD2dw==');
		expect(signPush(headers, Buffer.from(body, 'utf8'), secret)).toBe('PDcKhdlsrKEJif6uMKD2dw==');
	});

	it('accepts the official signature', () => {
		expect(verifyPush(headers, body, 'PDcKhdlsrKEJif6uMKD2dw==', [secret])).toBe(true);
	});

	it('rejects a push whose x-signature was made from the hex digest', () => {
		const hex = createHash('md5')
			.update(
				`x-msg-type=live_gift&x-nonce-str=123456&x-roomid=268&x-timestamp=456789${body}${secret}`,
			)
			.digest('hex');
		const hexThenBase64 = Buffer.from(hex, 'utf8').toString('base64');
		expect(hexThenBase64).toBe('M2MzNzBhODVkOTZjYWNhMTA5ODlmZWFlMzBhMGY2Nzc=');
		expect(verifyPush(headers, body, hexThenBase64, [secret])).toBe(false);
	});

	it('rejects a wrong secret, a changed body, a changed header and a missing signature', () => {
		expect(verifyPush(headers, body, 'PDcKhdlsrKEJif6uMKD2dw==', ['default'])).toBe(false);
		expect(verifyPush(headers, `${body} `, 'PDcKhdlsrKEJif6uMKD2dw==', [secret])).toBe(false);
		expect(
			verifyPush({ ...headers, 'x-roomid': '269' }, body, 'PDcKhdlsrKEJif6uMKD2dw==', [secret]),
		).toBe(false);
		expect(verifyPush(headers, body, undefined, [secret])).toBe(false);
	});

	it('accepts any one of several configured secrets', () => {
		expect(verifyPush(headers, body, 'PDcKhdlsrKEJif6uMKD2dw==', ['other', secret])).toBe(true);
	});
});

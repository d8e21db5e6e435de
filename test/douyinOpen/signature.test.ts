import { createHash } from 'node:crypto';

import {
	signWebhook,
	verifyWebhookSignature,
} from '../../nodes/DouyinOpen/transport/webhookSignature';
import { douyinSignature } from '../servers/douyinOpen/webhookSender';

const SECRET = 'secret-4f3e2d1c';
const BODY = '{"event":"verify_webhook","client_key":"awkey123","content":{"challenge":12345}}';
/** hex(sha1("secret-4f3e2d1c" + BODY)), computed outside this code base (Python hashlib). */
const KNOWN = '184cd4973f4930a8a17d19cc4c0489b32b7cb66d';

describe('X-Douyin-Signature', () => {
	it('is the lowercase hex SHA-1 of client_secret followed by the raw body', () => {
		expect(signWebhook(SECRET, BODY)).toBe(KNOWN);
		// The rule spelled out again: secret first, body appended, no separator.
		expect(
			createHash('sha1')
				.update(SECRET + BODY, 'utf8')
				.digest('hex'),
		).toBe(KNOWN);
		expect(douyinSignature(SECRET, BODY)).toBe(KNOWN);
	});

	it('hashes the UTF-8 bytes of non-ASCII bodies, from a Buffer or a string alike', () => {
		const body = '{"text": "你好"}';
		expect(signWebhook(SECRET, body)).toBe('ee31f58cd78340949274c4ce1bc8ccf70514c5fe');
		expect(signWebhook(SECRET, Buffer.from(body, 'utf8'))).toBe(
			'ee31f58cd78340949274c4ce1bc8ccf70514c5fe',
		);
	});

	it('accepts the right signature in either case', () => {
		expect(verifyWebhookSignature(SECRET, Buffer.from(BODY), KNOWN)).toBe(true);
		expect(verifyWebhookSignature(SECRET, Buffer.from(BODY), KNOWN.toUpperCase())).toBe(true);
	});

	it.each([
		['a missing header', BODY, undefined],
		['an empty header', BODY, ''],
		['another secret', BODY, signWebhook('another-secret', BODY)],
		['a changed body', BODY.replace('12345', '12346'), KNOWN],
		['the same JSON re-serialised with spaces', JSON.stringify(JSON.parse(BODY), null, 1), KNOWN],
		['a truncated signature', BODY, KNOWN.slice(0, 20)],
		[
			'secret appended instead of prepended',
			BODY,
			createHash('sha1')
				.update(BODY + SECRET)
				.digest('hex'),
		],
	])('refuses %s', (_name, body, signature) => {
		expect(
			verifyWebhookSignature(SECRET, Buffer.from(body as string), signature as string | undefined),
		).toBe(false);
	});

	it('refuses everything when no secret is configured', () => {
		expect(
			verifyWebhookSignature('', Buffer.from(BODY), createHash('sha1').update(BODY).digest('hex')),
		).toBe(false);
	});
});

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { ApiError } from '../../nodes/shared/errors';
import { httpRequest, retryAfterMsOf, type HttpResponse } from '../../nodes/shared/http';

const response = (headers: HttpResponse['headers']): HttpResponse => ({
	status: 429,
	headers,
	body: Buffer.alloc(0),
});

describe('shared HTTP transport', () => {
	it('reads Retry-After as seconds or a date, and rate-limit reset headers', () => {
		const now = Date.parse('2026-11-25T12:00:00Z');
		expect(retryAfterMsOf(response({ 'retry-after': '7' }), now)).toBe(7000);
		expect(retryAfterMsOf(response({ 'retry-after': 'Wed, 25 Nov 2026 12:00:30 GMT' }), now)).toBe(
			30_000,
		);
		expect(retryAfterMsOf(response({ 'x-ratelimit-reset': String(now / 1000 + 12) }), now)).toBe(
			12_000,
		);
		expect(retryAfterMsOf(response({ 'ratelimit-reset': '3' }), now)).toBe(3000);
		expect(retryAfterMsOf(response({}), now)).toBeUndefined();
	});

	it('names a proxy that demands credentials', async () => {
		// A proxy that answers every CONNECT with 407.
		const proxy: Server = createServer();
		proxy.on('connect', (_req, socket) =>
			socket.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic\r\n\r\n'),
		);
		await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
		const { port } = proxy.address() as AddressInfo;
		try {
			const error = await httpRequest(
				{
					method: 'GET',
					url: 'https://127.0.0.1:9/x',
					proxyUrl: `http://127.0.0.1:${port}`,
					retries: 0,
				},
				{ service: 'Test' },
			).catch((e: ApiError) => e);
			expect(error).toBeInstanceOf(ApiError);
			expect((error as ApiError).message).toMatch(
				/proxy http:\/\/127\.0\.0\.1:\d+ refused .*HTTP 407/,
			);
			expect((error as ApiError).details.hint).toMatch(/user name and password/);
		} finally {
			proxy.closeAllConnections();
			await new Promise<void>((r) => proxy.close(() => r()));
		}
	});
});

import type { Server } from 'node:http';

import { ApiError } from '../../nodes/shared/errors';
import { httpRequest, type HttpRequest } from '../../nodes/shared/http';
import { ConnectProxy } from '../servers/tiktokLive/ConnectProxy';
import { Socks5Proxy } from '../servers/proxies/Socks5Proxy';
import { closeServer, listenOnLoopback, serverUrl } from '../servers/testHttpServer';
import { withEnvironment } from './proxyEnvironment';

/**
 * Every HTTP call of the package goes through the shared transport; these run it against real local
 * proxies and count, at the proxy, that the traffic went through it (not merely that the call worked).
 */
describe('shared HTTP transport through proxies', () => {
	let api: Server;
	let hits: number;
	let connectProxy: ConnectProxy;
	let socks: Socks5Proxy;

	beforeEach(async () => {
		hits = 0;
		api = await listenOnLoopback(async (_req, res) => {
			hits++;
			res.setHeader('content-type', 'application/json');
			res.end('{"ok":true}');
		});
		connectProxy = await new ConnectProxy().start();
		socks = await new Socks5Proxy().start();
	});

	afterEach(async () => {
		await connectProxy.stop();
		await socks.stop();
		await closeServer(api);
	});

	const apiPort = () => Number(new URL(serverUrl(api)).port);
	const get = (extra: Partial<HttpRequest> = {}, url = `${serverUrl(api)}/x`) =>
		httpRequest(
			{ method: 'GET', url, retries: 0, timeoutMs: 5_000, ...extra },
			{ service: 'Test' },
		);
	const failure = (extra: Partial<HttpRequest> = {}, url?: string) =>
		get(extra, url).then(
			() => {
				throw new Error('expected the request to fail');
			},
			(error: ApiError) => error,
		);

	describe('HTTP CONNECT', () => {
		it('tunnels a request through a proxy without credentials', async () => {
			const response = await get({ proxyUrl: connectProxy.url });
			expect(response.body.toString()).toBe('{"ok":true}');
			expect(connectProxy.tunnels).toEqual([
				{
					target: `127.0.0.1:${apiPort()}`,
					authorization: undefined,
					firstLine: 'GET /x HTTP/1.1',
				},
			]);
			expect(hits).toBe(1);
		});

		it('sends user:password from the URL as Proxy-Authorization, percent-decoded', async () => {
			connectProxy.requiredAuthorization = `Basic ${Buffer.from('user:p@ss:w/rd').toString('base64')}`;
			const proxyUrl = connectProxy.url.replace('http://', 'http://user:p%40ss%3Aw%2Frd@');
			await get({ proxyUrl });
			expect(connectProxy.tunnels).toEqual([
				expect.objectContaining({
					target: `127.0.0.1:${apiPort()}`,
					authorization: connectProxy.requiredAuthorization,
				}),
			]);
		});

		it("names a 407 as the proxy's refusal, with the proxy and without its password", async () => {
			connectProxy.requiredAuthorization = 'Basic c29tZW9uZTplbHNl';
			const proxyUrl = connectProxy.url.replace('http://', 'http://user:hunter2-secret@');
			const error = await failure({ proxyUrl });
			expect(error).toBeInstanceOf(ApiError);
			expect(error.code).toBe('PROXY_AUTH_REQUIRED');
			expect(error.message).toContain(`The proxy ${connectProxy.url} refused`);
			expect(error.message).toContain('407');
			expect(error.details.hint).toMatch(/user name and password/);
			expect(JSON.stringify({ m: error.message, d: error.details })).not.toContain('hunter2');
			expect(hits).toBe(0);
		});
	});

	describe('SOCKS5', () => {
		it('connects through a SOCKS5 proxy without credentials; socks5:// sends the address, not the name', async () => {
			const response = await get({ proxyUrl: socks.url() }, `http://localhost:${apiPort()}/x`);
			expect(response.status).toBe(200);
			expect(socks.tunnels).toHaveLength(1);
			expect(socks.tunnels[0]).toMatchObject({ port: apiPort(), username: undefined });
			expect(socks.tunnels[0].addressType).not.toBe('domain');
			expect(hits).toBe(1);
		});

		it('socks5h:// lets the proxy resolve the host name', async () => {
			await get({ proxyUrl: socks.url('socks5h') }, `http://localhost:${apiPort()}/x`);
			expect(socks.tunnels).toEqual([
				expect.objectContaining({ host: 'localhost', port: apiPort(), addressType: 'domain' }),
			]);
		});

		it('authenticates with username and password (RFC 1929) from the URL', async () => {
			socks.credentials = { username: 'alice', password: 'p@ss word' };
			await get({ proxyUrl: socks.url('socks5', 'alice:p%40ss%20word') });
			expect(socks.tunnels).toEqual([
				{
					host: '127.0.0.1',
					port: apiPort(),
					addressType: 'ipv4',
					username: 'alice',
					firstLine: 'GET /x HTTP/1.1',
				},
			]);
			expect(hits).toBe(1);
		});

		it('names a SOCKS proxy that refuses the credentials, without the password', async () => {
			socks.credentials = { username: 'alice', password: 'right-one' };
			const error = await failure({ proxyUrl: socks.url('socks5', 'alice:wrong-secret-pw') });
			expect(error.code).toBe('PROXY_AUTH_REQUIRED');
			expect(error.message).toContain(
				`The proxy ${socks.url()} refused the user name and password`,
			);
			expect(JSON.stringify({ m: error.message, d: error.details })).not.toContain(
				'wrong-secret-pw',
			);
			expect(socks.tunnels).toHaveLength(0);
		});

		it('names a SOCKS proxy that wants credentials none were given for', async () => {
			socks.credentials = { username: 'alice', password: 'right-one' };
			const error = await failure({ proxyUrl: socks.url() });
			expect(error.code).toBe('PROXY_AUTH_REQUIRED');
			expect(error.message).toContain(socks.url());
		});

		it('says when the SOCKS proxy could not reach the target (reply 5), naming both', async () => {
			const closed = apiPort();
			await closeServer(api);
			api = await listenOnLoopback(async (_q, r) => void r.end());
			const error = await failure({ proxyUrl: socks.url() }, `http://127.0.0.1:${closed}/x`);
			expect(error.code).toBe('PROXY_TARGET_UNREACHABLE');
			expect(error.message).toContain(socks.url());
			expect(error.message).toContain(`127.0.0.1:${closed}`);
			expect(error.message).toMatch(/connection refused/i);
		});
	});

	describe('errors name the proxy when the proxy is what failed', () => {
		it('a proxy that refuses the connection', async () => {
			const port = connectProxy.port;
			await connectProxy.stop();
			const error = await failure({ proxyUrl: `http://bob:s3cr3t-pass@127.0.0.1:${port}` });
			expect(error.code).toBe('PROXY_UNREACHABLE');
			expect(error.message).toContain(`proxy http://127.0.0.1:${port}`);
			expect(error.message).not.toContain(`by ${serverUrl(api)}`);
			expect(error.details.hint).toMatch(/proxy/i);
			expect(JSON.stringify({ m: error.message, d: error.details })).not.toContain('s3cr3t');
		});

		it('a proxy URL that cannot be read, shown without its password', async () => {
			const error = await failure({ proxyUrl: 'http://bob:s3cr3t-pass@proxy host:80' });
			expect(error.code).toBe('PROXY_URL_INVALID');
			expect(error.message).toContain('http://bob:***@proxy host:80');
			expect(JSON.stringify({ m: error.message, d: error.details })).not.toContain('s3cr3t');
			expect(hits).toBe(0);
		});

		it.each(['socks4://127.0.0.1:1080', 'ftp://127.0.0.1:21', 'pac+http://x/proxy.pac'])(
			'an unsupported scheme is named: %s',
			async (proxyUrl) => {
				const error = await failure({ proxyUrl });
				expect(error.code).toBe('PROXY_SCHEME_UNSUPPORTED');
				expect(error.message).toContain(`${new URL(proxyUrl).protocol}//`);
				expect(error.details.hint).toMatch(/http:\/\/, https:\/\/, socks5:\/\/ or socks5h:\/\//);
			},
		);
	});

	describe('the environment', () => {
		it('HTTP_PROXY carries http:// calls; NO_PROXY exempts a host', async () => {
			await withEnvironment({ HTTP_PROXY: connectProxy.url }, () => get());
			expect(connectProxy.tunnels).toHaveLength(1);
			await withEnvironment(
				{ HTTP_PROXY: connectProxy.url, NO_PROXY: `example.com, 127.0.0.1:${apiPort()}` },
				() => get(),
			);
			expect(connectProxy.tunnels).toHaveLength(1);
			expect(hits).toBe(2);
		});

		it('HTTPS_PROXY is for https:// calls and ALL_PROXY for the WebSocket only: an http:// call goes direct', async () => {
			await withEnvironment({ HTTPS_PROXY: connectProxy.url, ALL_PROXY: socks.url() }, () => get());
			expect(connectProxy.tunnels).toHaveLength(0);
			expect(socks.tunnels).toHaveLength(0);
			expect(hits).toBe(1);
		});

		it('a socks5:// proxy in the environment works for HTTP calls too', async () => {
			await withEnvironment({ http_proxy: socks.url() }, () => get());
			expect(socks.tunnels).toHaveLength(1);
		});

		it("the request's (credential's) proxy wins over the environment and over NO_PROXY", async () => {
			await withEnvironment({ HTTP_PROXY: 'http://127.0.0.1:9', NO_PROXY: '*' }, () =>
				get({ proxyUrl: socks.url() }),
			);
			expect(socks.tunnels).toHaveLength(1);
		});
	});
});

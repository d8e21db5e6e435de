import http from 'node:http';

import type { TikTokLiveServer } from '../servers/tiktokLive/TikTokLiveServer';
import { ConnectProxy } from '../servers/tiktokLive/ConnectProxy';
import { Socks5Proxy } from '../servers/proxies/Socks5Proxy';
import { LiveConnection } from '../../nodes/TikTokLive/transport/LiveConnection';
import { SignServerClient } from '../../nodes/TikTokLive/transport/SignServerClient';
import { TikTokLiveClient } from '../../nodes/TikTokLive/transport/TikTokLiveClient';
import {
	chatFrames,
	commentRange,
	comments,
	FAST_TIMINGS,
	startServer,
	UNIQUE_ID,
} from './connectionFixtures';
import type { TikTokEvent } from '../../nodes/TikTokLive/protocol';
import { withEnvironment } from '../shared/proxyEnvironment';

jest.setTimeout(30_000);

/** The WebSocket upgrade is a GET of the push path; the HTTP calls are GETs of other paths. */
const isSocket = (firstLine?: string) =>
	Boolean(firstLine?.startsWith('GET /webcast/im/ws_proxy/'));

describe('LiveConnection through proxies', () => {
	let server: TikTokLiveServer;
	let proxy: ConnectProxy;
	let socks: Socks5Proxy;
	beforeEach(async () => {
		proxy = await new ConnectProxy().start();
		socks = await new Socks5Proxy().start();
	});
	afterEach(async () => {
		await proxy.stop();
		await socks.stop();
		await server.stop();
	});

	/** proxyUrl is the credential's proxy (HTTP and socket); null for none, as without a credential proxy. */
	function connectionVia(
		proxyUrl: string | null,
		httpProxyUrl: string | null = proxyUrl,
	): { connection: LiveConnection; events: TikTokEvent[] } {
		const client = new TikTokLiveClient({
			webBaseUrl: server.baseUrl,
			webcastBaseUrl: server.baseUrl,
			proxyUrl: httpProxyUrl ?? undefined,
		});
		const connection = new LiveConnection({
			uniqueId: UNIQUE_ID,
			client,
			sign: new SignServerClient({ baseUrl: server.baseUrl, proxyUrl: httpProxyUrl ?? undefined }),
			proxyUrl: proxyUrl ?? undefined,
			events: ['chat'],
			...FAST_TIMINGS,
		});
		const events: TikTokEvent[] = [];
		connection.on('events', (batch) => events.push(...batch));
		return { connection, events };
	}

	async function listen(
		proxyUrl: string | null,
		count: number,
		httpProxyUrl: string | null = proxyUrl,
	): Promise<void> {
		const { connection, events } = connectionVia(proxyUrl, httpProxyUrl);
		await connection.connect();
		await server.waitFor(() => events.length === count);
		expect(comments(events)).toEqual(commentRange(0, count));
		await connection.close();
	}

	const target = () => `127.0.0.1:${new URL(server.baseUrl).port}`;

	describe('the credential proxy', () => {
		it('sends the lookup, the signed fetch and the WebSocket through the proxy, with its credentials', async () => {
			server = await startServer(chatFrames(3, 2));
			proxy.requiredAuthorization = `Basic ${Buffer.from('user:p@ss').toString('base64')}`;
			await listen(proxy.url.replace('http://', 'http://user:p%40ss@'), 6);
			// The WebSocket got its own tunnel; the HTTP requests shared undici's.
			expect(proxy.tunnels.length).toBeGreaterThanOrEqual(2);
			expect(
				proxy.tunnels.every(
					(t) => t.target === target() && t.authorization === proxy.requiredAuthorization,
				),
			).toBe(true);
			expect(proxy.tunnels.filter((t) => isSocket(t.firstLine))).toHaveLength(1);
			expect(server.connections).toHaveLength(1);
		});

		it("tunnels the WebSocket itself: with direct HTTP, the one tunnel is the socket's", async () => {
			server = await startServer(chatFrames(2, 1));
			await listen(proxy.url, 2, null);
			expect(proxy.tunnels).toEqual([
				expect.objectContaining({ target: target(), authorization: undefined }),
			]);
			expect(isSocket(proxy.tunnels[0].firstLine)).toBe(true);
		});

		it('reports a proxy that refuses the WebSocket tunnel: the proxy is named, its password is not', async () => {
			server = await startServer(chatFrames(1, 1));
			proxy.requiredAuthorization = 'Basic bm9ib2R5';
			const { connection } = connectionVia(
				proxy.url.replace('http://', 'http://me:topsecret-pw@'),
				null,
			);
			const error = await connection.connect().catch((e) => e);
			expect(error.code).toBe('PROXY_AUTH_REQUIRED');
			expect(error.message).toContain(`The proxy ${proxy.url} refused to connect to ${target()}`);
			expect(error.message).toContain('HTTP 407');
			expect(JSON.stringify({ m: error.message, d: error.details })).not.toContain('topsecret');
			expect(server.connections).toHaveLength(0);
			expect(connection.pendingTimers).toBe(0);
		});

		it('goes through a SOCKS5 proxy with username and password, HTTP and WebSocket alike', async () => {
			server = await startServer(chatFrames(3, 2));
			socks.credentials = { username: 'alice', password: 's3cret' };
			await listen(socks.url('socks5', 'alice:s3cret'), 6);
			expect(socks.tunnels.length).toBeGreaterThanOrEqual(2);
			expect(socks.tunnels.every((t) => t.username === 'alice')).toBe(true);
			expect(socks.tunnels.filter((t) => isSocket(t.firstLine))).toHaveLength(1);
			expect(proxy.tunnels).toHaveLength(0);
		});

		it('tunnels the WebSocket alone through a SOCKS5 proxy without credentials (socks5h)', async () => {
			server = await startServer(chatFrames(2, 1));
			await listen(socks.url('socks5h'), 2, null);
			expect(socks.tunnels).toHaveLength(1);
			expect(isSocket(socks.tunnels[0].firstLine)).toBe(true);
		});

		it("does not send CONNECT through node:http's global agent, which n8n swaps for its own proxy agent", async () => {
			// n8n 2.40.7 sets http.globalAgent to a proxy agent when HTTP_PROXY is set; a CONNECT made with
			// node:http then went to the proxy through the proxy ("CONNECT http://proxy/target").
			class ProxyingGlobalAgent extends http.Agent {
				createConnection(): never {
					throw new Error('the CONNECT went through the global agent');
				}
			}
			const original = http.globalAgent;
			http.globalAgent = new ProxyingGlobalAgent();
			try {
				server = await startServer(chatFrames(2, 1));
				await listen(proxy.url, 2, null);
			} finally {
				http.globalAgent = original;
			}
			expect(proxy.tunnels.filter((t) => isSocket(t.firstLine))).toHaveLength(1);
		});

		it('an unsupported scheme is a clear error that names it, before anything is sent', async () => {
			server = await startServer(chatFrames(1, 1));
			const { connection } = connectionVia('socks4://127.0.0.1:1080', null);
			const error = await connection.connect().catch((e) => e);
			expect(error.code).toBe('PROXY_SCHEME_UNSUPPORTED');
			expect(error.message).toContain('socks4://');
			expect(server.connections).toHaveLength(0);
		});
	});

	describe('the environment', () => {
		it('with only HTTPS_PROXY set, the WebSocket goes through that proxy', async () => {
			server = await startServer(chatFrames(2, 1));
			await withEnvironment({ HTTPS_PROXY: proxy.url }, () => listen(null, 2));
			expect(proxy.tunnels.filter((t) => isSocket(t.firstLine))).toEqual([
				expect.objectContaining({ target: target() }),
			]);
			expect(server.connections).toHaveLength(1);
		});

		it('HTTP_PROXY carries the HTTP calls and the WebSocket', async () => {
			server = await startServer(chatFrames(2, 1));
			await withEnvironment({ http_proxy: proxy.url }, () => listen(null, 2));
			expect(proxy.tunnels.length).toBeGreaterThanOrEqual(2);
			expect(proxy.tunnels.filter((t) => isSocket(t.firstLine))).toHaveLength(1);
		});

		it('ALL_PROXY is for the WebSocket only (as gotiktoklive): HTTP calls go direct', async () => {
			server = await startServer(chatFrames(2, 1));
			await withEnvironment({ ALL_PROXY: socks.url() }, () => listen(null, 2));
			expect(socks.tunnels).toHaveLength(1);
			expect(isSocket(socks.tunnels[0].firstLine)).toBe(true);
		});

		it('NO_PROXY exempts the push server from the environment proxy', async () => {
			server = await startServer(chatFrames(2, 1));
			await withEnvironment({ HTTPS_PROXY: proxy.url, NO_PROXY: '127.0.0.1' }, () =>
				listen(null, 2),
			);
			expect(proxy.tunnels).toHaveLength(0);
			expect(server.connections).toHaveLength(1);
		});

		it("the credential's proxy wins over the environment", async () => {
			server = await startServer(chatFrames(2, 1));
			await withEnvironment({ HTTPS_PROXY: proxy.url, ALL_PROXY: proxy.url }, () =>
				listen(socks.url(), 2, null),
			);
			expect(socks.tunnels.filter((t) => isSocket(t.firstLine))).toHaveLength(1);
			expect(proxy.tunnels).toHaveLength(0);
		});
	});
});

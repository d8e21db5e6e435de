import type { TikTokLiveServer } from '../servers/tiktokLive/TikTokLiveServer';
import { ConnectProxy } from '../servers/tiktokLive/ConnectProxy';
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

jest.setTimeout(30_000);

describe('LiveConnection through an HTTP proxy', () => {
	let server: TikTokLiveServer;
	let proxy: ConnectProxy;
	afterEach(async () => {
		await proxy.stop();
		await server.stop();
	});

	function connectionVia(
		proxyUrl: string,
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
			proxyUrl,
			events: ['chat'],
			...FAST_TIMINGS,
		});
		const events: TikTokEvent[] = [];
		connection.on('events', (batch) => events.push(...batch));
		return { connection, events };
	}

	it('sends the lookup, the signed fetch and the WebSocket through the proxy, with its credentials', async () => {
		server = await startServer(chatFrames(3, 2));
		proxy = await new ConnectProxy().start();
		proxy.requiredAuthorization = `Basic ${Buffer.from('user:p@ss').toString('base64')}`;
		const proxyUrl = proxy.url.replace('http://', 'http://user:p%40ss@');
		const { connection, events } = connectionVia(proxyUrl);
		await connection.connect();
		await server.waitFor(() => events.length === 6);
		expect(comments(events)).toEqual(commentRange(0, 6));
		const port = new URL(server.baseUrl).port;
		// The WebSocket got its own tunnel; the HTTP requests shared undici's.
		expect(proxy.tunnels.length).toBeGreaterThanOrEqual(2);
		expect(
			proxy.tunnels.every(
				(t) => t.target === `127.0.0.1:${port}` && t.authorization === proxy.requiredAuthorization,
			),
		).toBe(true);
		expect(server.connections).toHaveLength(1);
		await connection.close();
	});

	it("tunnels the WebSocket itself: with direct HTTP, the one tunnel is the socket's", async () => {
		server = await startServer(chatFrames(2, 1));
		proxy = await new ConnectProxy().start();
		const { connection, events } = connectionVia(proxy.url, null);
		await connection.connect();
		await server.waitFor(() => events.length === 2);
		expect(proxy.tunnels).toEqual([
			{ target: `127.0.0.1:${new URL(server.baseUrl).port}`, authorization: undefined },
		]);
		await connection.close();
	});

	it('reports a proxy that refuses the WebSocket tunnel with its HTTP status', async () => {
		server = await startServer(chatFrames(1, 1));
		proxy = await new ConnectProxy().start();
		proxy.requiredAuthorization = 'Basic bm9ib2R5';
		const { connection } = connectionVia(proxy.url, null);
		const error = await connection.connect().catch((e) => e);
		expect(error.code).toBe('WEBSOCKET_ERROR');
		expect(error.message).toContain(
			`The proxy refused to connect to 127.0.0.1:${new URL(server.baseUrl).port}: HTTP 407`,
		);
		expect(server.connections).toHaveLength(0);
		expect(connection.pendingTimers).toBe(0);
	});
});

import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { isTikTokHost } from '../../nodes/TikTokLive/transport/cookies';
import { TikTokLiveClient } from '../../nodes/TikTokLive/transport/TikTokLiveClient';
import type { TikTokLiveServer } from '../servers/tiktokLive/TikTokLiveServer';
import {
	chatFrames,
	createConnection,
	ROOM_ID,
	SESSION_ID,
	startServer,
} from './connectionFixtures';

jest.setTimeout(30_000);

/** A host that is not TikTok's: records every request and upgrade it gets, answers 404. */
async function startForeignHost(): Promise<{
	url: string;
	seen: IncomingMessage[];
	close(): Promise<void>;
}> {
	const seen: IncomingMessage[] = [];
	const server: Server = createServer((req, res) => {
		seen.push(req);
		res.writeHead(404).end();
	});
	server.on('upgrade', (req, socket) => {
		seen.push(req);
		socket.end('HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\n\r\n');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		seen,
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}

describe('TikTok cookies go to TikTok only', () => {
	let server: TikTokLiveServer;
	afterEach(() => server?.stop());

	it('a push server the sign server names off TikTok’s hosts gets no cookie at all', async () => {
		// The local sign server names ws://127.0.0.1:…, as a hostile or compromised sign server could.
		server = await startServer(chatFrames(2, 1));
		const h = createConnection(server, { sessionId: SESSION_ID });
		const connected = new Promise((resolve) => h.connection.once('connected', resolve));
		await h.connection.connect();
		await server.waitFor(() => h.events.length === 2, 10_000, 'the events');
		const [connection] = server.connections;
		expect(connection.headers.cookie).toBeUndefined();
		expect(JSON.stringify(connection.headers)).not.toContain(SESSION_ID);
		expect(connection.query.toString()).not.toContain(SESSION_ID);
		// Still connected: the events of the stream arrive, only without cookies.
		expect(h.connection.stats.eventsEmitted).toBe(2);
		await expect(connected).resolves.toMatchObject({
			pushServer: server.wsUrl.replace(/\/webcast.*$/, ''),
			cookiesWithheld: true,
		});
		await h.connection.close();
	});

	it('the push server of the user’s WebSocket URL override gets the session and the sign server cookies', async () => {
		server = await startServer(chatFrames(1, 1));
		const h = createConnection(server, { sessionId: SESSION_ID, webSocketUrl: server.wsUrl });
		const connected = new Promise((resolve) => h.connection.once('connected', resolve));
		await h.connection.connect();
		await server.waitFor(() => server.connections.length === 1);
		await expect(connected).resolves.toMatchObject({ cookiesWithheld: false });
		const cookie = String(server.connections[0].headers.cookie);
		expect(cookie).toContain(`sessionid=${SESSION_ID}`);
		expect(cookie).toContain(`sessionid_ss=${SESSION_ID}`);
		expect(cookie).toContain('ttwid=local-ttwid');
		expect(cookie).toContain('tt-target-idc=useast1a');
		await h.connection.close();
	});

	it('the sign server gets no cookie and no session id unless the user opted in', async () => {
		server = await startServer(chatFrames(1, 1));
		const h = createConnection(server, { sessionId: SESSION_ID, webSocketUrl: server.wsUrl });
		await h.connection.connect();
		const [fetch] = server.requestsTo('/webcast/fetch');
		expect(fetch.headers.cookie).toBeUndefined();
		expect(fetch.query.get('session_id')).toBeNull();
		expect(JSON.stringify(fetch.headers)).not.toContain(SESSION_ID);
		await h.connection.close();
	});

	it('a redirect from the WebCast host to another host is not followed with the session cookie', async () => {
		const foreign = await startForeignHost();
		const redirecting: Server = createServer((req, res) => {
			res.writeHead(302, { location: `${foreign.url}${req.url ?? '/'}` }).end();
		});
		await new Promise<void>((resolve) => redirecting.listen(0, '127.0.0.1', resolve));
		const base = `http://127.0.0.1:${(redirecting.address() as AddressInfo).port}`;
		try {
			const client = new TikTokLiveClient({
				webBaseUrl: base,
				webcastBaseUrl: base,
				sessionId: SESSION_ID,
			});
			await expect(client.getRoomInfo(ROOM_ID)).rejects.toThrow();
			await expect(client.fetchIm(ROOM_ID, '', '')).rejects.toThrow();
			expect(foreign.seen).toHaveLength(0);
		} finally {
			redirecting.closeAllConnections();
			await new Promise<void>((resolve) => redirecting.close(() => resolve()));
			await foreign.close();
		}
	});

	it('a WebSocket override that redirects elsewhere is not followed: the other host sees nothing', async () => {
		server = await startServer(chatFrames(1, 1));
		const foreign = await startForeignHost();
		const redirecting: Server = createServer((_req, res) => res.writeHead(404).end());
		redirecting.on('upgrade', (req, socket) => {
			socket.end(
				`HTTP/1.1 302 Found\r\nlocation: ${foreign.url.replace('http', 'ws')}${req.url}\r\ncontent-length: 0\r\n\r\n`,
			);
		});
		await new Promise<void>((resolve) => redirecting.listen(0, '127.0.0.1', resolve));
		const wsUrl = `ws://127.0.0.1:${(redirecting.address() as AddressInfo).port}/webcast/im/ws_proxy/ws_reuse_supplement/`;
		try {
			const h = createConnection(server, {
				sessionId: SESSION_ID,
				webSocketUrl: wsUrl,
				reconnect: false,
			});
			await expect(h.connection.connect()).rejects.toMatchObject({ code: 'HANDSHAKE_REFUSED' });
			expect(foreign.seen).toHaveLength(0);
		} finally {
			redirecting.closeAllConnections();
			await new Promise<void>((resolve) => redirecting.close(() => resolve()));
			await foreign.close();
		}
	});
});

describe('isTikTokHost (the allow-list for TikTok cookies)', () => {
	it.each([
		'wss://webcast-ws.tiktok.com/webcast/im/ws_proxy/ws_reuse_supplement/',
		'wss://webcast16-ws-alisg.tiktok.com/webcast/im/ws_proxy/ws_reuse_supplement/',
		'wss://WEBCAST16-WS-USEAST1A.TIKTOK.COM/webcast/im/',
		'https://webcast.tiktok.com/webcast/room/info/',
		'https://www.tiktok.com/@someone/live',
		'wss://tiktok.com/',
	])('trusts %s', (url) => expect(isTikTokHost(url)).toBe(true));

	it.each([
		['cleartext to a TikTok name', 'ws://webcast-ws.tiktok.com/webcast/im/'],
		['cleartext http', 'http://webcast.tiktok.com/webcast/room/info/'],
		["the sign server's fallback push server", 'wss://ws-fallback.eulerstream.com/?token=x'],
		['a look-alike suffix', 'wss://webcast.tiktok.com.evil.test/'],
		['a look-alike name', 'wss://eviltiktok.com/'],
		['user info before the host', 'wss://webcast.tiktok.com@evil.test/'],
		['a loopback address', 'wss://127.0.0.1:4443/webcast/im/'],
		['not a URL', 'webcast.tiktok.com'],
		['empty', ''],
	])('does not trust %s', (_what, url) => expect(isTikTokHost(url)).toBe(false));
});

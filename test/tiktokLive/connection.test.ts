import { ApiError } from '../../nodes/shared/errors';
import type { TikTokLiveServer as TikTokServer } from '../servers/tiktokLive/TikTokLiveServer';
import { SIGN_COOKIES } from '../servers/tiktokLive/TikTokLiveServer';
import {
	chatFrames,
	commentRange,
	comments,
	createConnection,
	ROOM_ID,
	SESSION_ID,
	startServer,
	UNIQUE_ID,
} from './connectionFixtures';

jest.setTimeout(30_000);

describe('LiveConnection: connect, frames, ACKs, heartbeats, close', () => {
	let server: TikTokServer;
	afterEach(() => server.stop());

	it('resolves the room from the username, fetches through the sign server and streams every event in order', async () => {
		server = await startServer(chatFrames(10, 5));
		const h = createConnection(server);
		await h.connection.connect();
		await server.waitFor(() => h.events.length === 50, 10_000, '50 events');
		expect(comments(h.events)).toEqual(commentRange(0, 50));
		expect(h.events[0]).toMatchObject({
			type: 'chat',
			roomId: ROOM_ID,
			user: { uniqueId: 'viewer0' },
		});
		expect(h.connection.currentRoomId).toBe(ROOM_ID);
		expect(server.requestsTo(`/@${UNIQUE_ID}/live`)).toHaveLength(1);
		const fetch = server.requestsTo('/webcast/fetch')[0];
		expect(fetch.query.get('room_id')).toBe(ROOM_ID);
		expect(fetch.query.get('client_enter')).toBe('true');
		await h.connection.close();
	});

	it('opens the socket with the fetch route params, the sign server cookies and the signed user agent', async () => {
		server = await startServer(chatFrames(1, 1));
		// Cookies go to TikTok's hosts or to the user's override only (connection.cookieTrust.test.ts).
		const h = createConnection(server, { sessionId: SESSION_ID, webSocketUrl: server.wsUrl });
		await h.connection.connect();
		await server.waitFor(() => server.connections.length === 1);
		const [connection] = server.connections;
		expect(connection.query.get('room_id')).toBe(ROOM_ID);
		expect(connection.query.get('compress')).toBe('gzip');
		expect(connection.query.get('wrss')).toBe('local-wrss');
		expect(connection.query.has('imprp')).toBe(false);
		expect(connection.query.getAll('version_code')).toEqual(['180800', '270000']);
		expect(connection.query.get('cursor')).toBe('c0');
		const cookie = String(connection.headers.cookie);
		expect(cookie).toContain('ttwid=local-ttwid');
		expect(cookie).toContain('msToken=local-mstoken');
		expect(cookie).toContain('tt-target-idc=useast1a');
		expect(cookie).toContain(`sessionid=${SESSION_ID}`);
		expect(cookie).not.toMatch(/Path|Domain/);
		expect(connection.headers['user-agent']).toBe(
			server.requestsTo('/webcast/fetch')[0].query.get('user_agent'),
		);
		// The session id stays with TikTok: it is not forwarded to the sign server unless asked.
		expect(server.requestsTo('/webcast/fetch')[0].query.get('session_id')).toBeNull();
		expect(SIGN_COOKIES).toContain('ttwid');
		await h.connection.close();
	});

	it('enters the room first, then sends heartbeats with the room id and a growing sequence', async () => {
		server = await startServer(chatFrames(1, 1));
		const h = createConnection(server);
		await h.connection.connect();
		await server.waitFor(() => server.clientFrames('hb').length >= 3, 10_000, 'three heartbeats');
		const received = server.connections[0].received;
		expect(received[0]).toMatchObject({ payloadType: 'im_enter_room', roomId: ROOM_ID });
		const heartbeats = server.clientFrames('hb');
		expect(heartbeats.every((hb) => hb.roomId === ROOM_ID)).toBe(true);
		expect(heartbeats.slice(0, 3).map((hb) => hb.seq)).toEqual(['1', '2', '3']);
		expect(h.connection.stats.heartbeatsSent).toBeGreaterThanOrEqual(3);
		await h.connection.close();
	});

	it('ACKs exactly the frames that ask for it, with their logId and internal_ext', async () => {
		const frames = chatFrames(6, 2).map((frame, i) => ({ ...frame, needAck: i % 2 === 1 }));
		server = await startServer(frames);
		const h = createConnection(server);
		await h.connection.connect();
		await server.waitFor(
			() => h.events.length === 12 && server.clientFrames('ack').length === 3,
			10_000,
			'events and ACKs',
		);
		const acks = server.clientFrames('ack');
		expect(acks.map((a) => [a.logId, a.internalExt])).toEqual([
			['7300000000000000002', 'ie-c2'],
			['7300000000000000004', 'ie-c4'],
			['7300000000000000006', 'ie-c6'],
		]);
		expect(h.connection.stats.acksSent).toBe(3);
		await h.connection.close();
	});

	it('emits the messages of the initial fetch before those of the socket, each once', async () => {
		server = await startServer(chatFrames(2, 2, 2));
		server.rooms.get(ROOM_ID)!.initialMessages = chatFrames(1, 2)[0].messages;
		const h = createConnection(server);
		await h.connection.connect();
		await server.waitFor(() => h.events.length === 6);
		expect(comments(h.events)).toEqual(commentRange(0, 6));
		await h.connection.close();
	});

	it('fetches from im/fetch directly when no sign server is configured', async () => {
		server = await startServer(chatFrames(2, 1));
		const h = createConnection(server, { signed: false, roomId: ROOM_ID, uniqueId: undefined });
		await h.connection.connect();
		await server.waitFor(() => h.events.length === 2);
		expect(server.requestsTo('/webcast/im/fetch/')).toHaveLength(1);
		expect(server.requestsTo('/webcast/fetch')).toHaveLength(0);
		expect(server.requestsTo(`/@${UNIQUE_ID}/live`)).toHaveLength(0);
		await h.connection.close();
	});

	it('emits only the selected event types, and none after close', async () => {
		server = await startServer([{ messages: [...chatFrames(1, 2)[0].messages] }]);
		const h = createConnection(server, { events: ['gift'] });
		await h.connection.connect();
		await server.waitFor(() => server.connections[0]?.framesSent === 1);
		await server.waitFor(() => h.connection.stats.messageFrames === 1);
		expect(h.events).toEqual([]);
		await h.connection.close();
	});

	it('close() ends the socket cleanly and leaves no timer behind', async () => {
		server = await startServer(chatFrames(3, 1));
		const h = createConnection(server);
		await h.connection.connect();
		await server.waitFor(() => h.events.length === 3);
		await h.connection.close();
		await server.waitFor(
			() => server.openConnections.length === 0,
			5_000,
			'the server to see the socket closed',
		);
		expect(server.connections[0].closeCode).toBe(1000);
		expect(h.connection.pendingTimers).toBe(0);
		await expect(h.ended).resolves.toEqual({ reason: 'closed', error: undefined });
		await h.connection.close();
	});

	it('rejects a user TikTok does not know with USER_NOT_FOUND and opens nothing', async () => {
		server = await startServer();
		const h = createConnection(server, { uniqueId: 'nobody_here' });
		const error = await h.connection.connect().catch((e) => e);
		expect(error).toBeInstanceOf(ApiError);
		expect(error.code).toBe('USER_NOT_FOUND');
		expect(server.connections).toHaveLength(0);
		expect(h.connection.pendingTimers).toBe(0);
	});

	it('rejects an offline user with USER_OFFLINE when not waiting for the next live', async () => {
		server = await startServer();
		server.rooms.get(ROOM_ID)!.live = false;
		const h = createConnection(server);
		await expect(h.connection.connect()).rejects.toMatchObject({ code: 'USER_OFFLINE' });
		expect(server.requestsTo('/webcast/fetch')).toHaveLength(0);
	});
});

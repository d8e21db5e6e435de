import type { TikTokControlEvent } from '../../nodes/TikTokLive/protocol';
import type { TikTokLiveServer } from '../servers/tiktokLive/TikTokLiveServer';
import {
	chatFrames,
	chatMessage,
	commentRange,
	comments,
	controlEnd,
	createConnection,
	NEXT_ROOM_ID,
	ROOM_ID,
	startServer,
	UNIQUE_ID,
} from './connectionFixtures';

jest.setTimeout(30_000);

describe('LiveConnection at the end of a stream', () => {
	let server: TikTokLiveServer;
	afterEach(() => server.stop());

	/** Four chat frames, then one frame with two more chats around the control message (action 3). */
	function endingStream(roomId = ROOM_ID, start = 0) {
		return [
			...chatFrames(4, 1, start),
			{
				messages: [
					chatMessage(start + 4, roomId),
					controlEnd(start + 100, roomId),
					chatMessage(start + 5, roomId),
				],
			},
		];
	}

	it('stops after delivering the whole last frame when the stream ends', async () => {
		server = await startServer(endingStream());
		server.rooms.get(ROOM_ID)!.endAfterLastFrame = true;
		const h = createConnection(server);
		const streamEnds: unknown[] = [];
		h.connection.on('streamEnd', (info) => streamEnds.push(info));
		await h.connection.connect();
		await expect(h.ended).resolves.toEqual({ reason: 'streamEnd', error: undefined });
		expect(comments(h.events)).toEqual(commentRange(0, 6));
		const control = h.events.find((e) => e.type === 'control') as TikTokControlEvent;
		expect(control).toMatchObject({ action: 3, streamEnded: true });
		expect(streamEnds).toEqual([{ roomId: ROOM_ID, action: 3 }]);
		expect(h.connection.pendingTimers).toBe(0);
		await server.waitFor(() => server.openConnections.length === 0);
		expect(server.connections).toHaveLength(1);
	});

	it('treats action 4 (suspended by a moderator) as an end too, and sees it even when control events are not selected', async () => {
		server = await startServer([{ messages: [chatMessage(0), controlEnd(1, ROOM_ID, 4)] }]);
		server.closeAfterStreamEnd = false;
		const h = createConnection(server, { events: ['chat'] });
		await h.connection.connect();
		await expect(h.ended).resolves.toMatchObject({ reason: 'streamEnd' });
		expect(h.events.map((e) => e.type)).toEqual(['chat']);
	});

	it('waits for the next live of the same user and connects to its new room', async () => {
		server = await startServer(endingStream());
		server.rooms.get(ROOM_ID)!.endAfterLastFrame = true;
		const h = createConnection(server, { onStreamEnd: 'waitForLive' });
		const waiting: unknown[] = [];
		h.connection.on('waiting', (info) => waiting.push(info));
		await h.connection.connect();
		await server.waitFor(() => waiting.length === 1, 10_000, 'the connection to start waiting');
		const checksBefore = server.requestsTo(`/@${UNIQUE_ID}/live`).length;
		await server.waitFor(
			() => server.requestsTo(`/@${UNIQUE_ID}/live`).length >= checksBefore + 2,
			10_000,
			'live checks while offline',
		);
		expect(server.connections).toHaveLength(1);

		server.addRoom({ roomId: NEXT_ROOM_ID, uniqueId: UNIQUE_ID, frames: chatFrames(3, 1, 200) });
		await server.waitFor(() => comments(h.events).length === 9, 10_000, 'events of the next live');
		expect(h.connection.currentRoomId).toBe(NEXT_ROOM_ID);
		const next = server.connections[1];
		expect(next.query.get('room_id')).toBe(NEXT_ROOM_ID);
		// A new live starts from a fresh cursor, not the old room's.
		expect(next.query.get('cursor')).toBe('c0');
		expect(comments(h.events)).toEqual([...commentRange(0, 6), ...commentRange(200, 203)]);
		await h.connection.close();
		expect(h.connection.pendingTimers).toBe(0);
	});

	it('waits when the user is offline at start in "wait for next live" mode, then connects', async () => {
		server = await startServer(chatFrames(2, 1));
		server.rooms.get(ROOM_ID)!.live = false;
		const h = createConnection(server, { onStreamEnd: 'waitForLive' });
		await h.connection.connect();
		expect(server.connections).toHaveLength(0);
		server.rooms.get(ROOM_ID)!.live = true;
		await server.waitFor(() => h.events.length === 2, 10_000, 'events once live');
		await h.connection.close();
	});

	it('close() while waiting for the next live cancels the live checks', async () => {
		server = await startServer();
		server.rooms.get(ROOM_ID)!.live = false;
		const h = createConnection(server, { onStreamEnd: 'waitForLive' });
		await h.connection.connect();
		await h.connection.close();
		const checks = server.requestsTo(`/@${UNIQUE_ID}/live`).length;
		expect(h.connection.pendingTimers).toBe(0);
		await new Promise((resolve) => setTimeout(resolve, 100));
		expect(server.requestsTo(`/@${UNIQUE_ID}/live`).length).toBe(checks);
	});
});

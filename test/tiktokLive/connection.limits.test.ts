import { gunzipSync } from 'node:zlib';

import { ApiError } from '../../nodes/shared/errors';
import { decodeWebSocketFrame } from '../../nodes/TikTokLive/protocol';
import type { TikTokLiveServer } from '../servers/tiktokLive/TikTokLiveServer';
import {
	chatFrames,
	chatMessage,
	commentRange,
	comments,
	createConnection,
	startServer,
} from './connectionFixtures';
import { gzipBombFrame, gzipBombPayload } from './gzipBomb';

jest.setTimeout(60_000);

describe('hostile frames: size caps keep one frame from stalling n8n', () => {
	let server: TikTokLiveServer;
	let bomb: Uint8Array;
	beforeAll(async () => {
		// 256 MiB inflated, as measured in issue 9.5, with a chat message in front of the padding.
		bomb = await gzipBombFrame({ messages: [chatMessage(900)] });
	});
	afterEach(() => server?.stop());

	it('the bomb is a small frame that really inflates to 256 MiB', async () => {
		const payload = await gzipBombPayload({ inflatedBytes: 4 * 1024 * 1024 });
		expect(gunzipSync(payload).length).toBe(4 * 1024 * 1024);
		expect(bomb.length).toBeLessThan(400_000);
	});

	it('drops a gzip bomb from the push server, reports it, keeps the socket and delivers the frames after it', async () => {
		server = await startServer(chatFrames(3, 2));
		server.connectionFaults.push({ kind: 'garbage', frames: [bomb] });
		const h = createConnection(server);
		await h.connection.connect();
		await server.waitFor(() => h.events.length === 6, 20_000, 'the frames after the bomb');
		expect(comments(h.events)).toEqual(commentRange(0, 6)); // nothing from inside the bomb
		expect(h.connection.stats.oversizedFrames).toBe(1);
		expect(h.warnings).toEqual([expect.objectContaining({ code: 'FRAME_TOO_LARGE' })]);
		expect(h.warnings[0]).toBeInstanceOf(ApiError);
		expect(h.warnings[0].message).toContain('inflates beyond 16 MiB');
		expect(server.connections).toHaveLength(1);
		expect(server.openConnections).toHaveLength(1);
		expect(h.connection.stats.reconnects).toBe(0);
		await h.connection.close();
	});

	it('the decompressed cap is configurable: a frame within the default cap is dropped under a smaller one', async () => {
		const frame = await gzipBombFrame({
			inflatedBytes: 2 * 1024 * 1024,
			messages: [chatMessage(7)],
		});
		const select = new Set(['chat'] as const);
		const within = decodeWebSocketFrame(frame, { select });
		expect(within.events).toHaveLength(1);
		expect(within.oversized).toBeUndefined();
		const capped = decodeWebSocketFrame(frame, { select, maxInflatedBytes: 1024 * 1024 });
		expect(capped).toMatchObject({ type: 'msg', oversized: true, events: [] });
		expect(capped.errors).toBe(1);
	});

	it('a WebSocket message above the message size cap closes that socket only: counted, reported, resumed without loss', async () => {
		server = await startServer(chatFrames(3, 2));
		// 300 KB of bytes that are not even a frame: ws refuses the message before buffering it.
		server.connectionFaults.push({ kind: 'garbage', frames: [new Uint8Array(300_000).fill(7)] });
		const h = createConnection(server, { maxMessageBytes: 256 * 1024 });
		await h.connection.connect();
		await server.waitFor(() => h.events.length === 6, 20_000, 'every event after the resume');
		expect(comments(h.events)).toEqual(commentRange(0, 6));
		expect(h.connection.stats.oversizedMessages).toBe(1);
		expect(h.warnings.map((w) => (w as ApiError).code)).toContain('MESSAGE_TOO_LARGE');
		expect(server.connections[0].closeCode).toBe(1009);
		await h.connection.close();
	});
});

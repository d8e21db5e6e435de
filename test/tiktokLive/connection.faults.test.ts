import { ApiError } from '../../nodes/shared/errors';
import type { TikTokLiveServer } from '../servers/tiktokLive/TikTokLiveServer';
import {
	chatFrames,
	commentRange,
	comments,
	createConnection,
	ROOM_ID,
	SESSION_ID,
	SIGN_API_KEY,
	startServer,
} from './connectionFixtures';

jest.setTimeout(30_000);

describe('LiveConnection under faults', () => {
	let server: TikTokLiveServer;
	afterEach(() => server.stop());

	it('survives the server dropping the socket again and again: nothing lost, nothing doubled', async () => {
		server = await startServer(chatFrames(30, 4));
		server.redeliverOnResume = 2; // every resume repeats the last two frames
		server.connectionFaults.push(
			{ kind: 'drop', afterFrames: 5 },
			{ kind: 'drop', afterFrames: 3 },
			{ kind: 'drop', afterFrames: 0 },
			{ kind: 'drop', afterFrames: 7 },
		);
		const h = createConnection(server);
		await h.connection.connect();
		await server.waitFor(
			() => h.events.length >= 120 && server.connections.length === 5,
			15_000,
			'all 120 events',
		);
		await server.waitFor(() => server.connections[4].framesSent === 21);
		expect(comments(h.events)).toEqual(commentRange(0, 120));
		// Frames 0-4 | 3-5 | (none) | 4-10 | 9-29: three resumes repeated two frames of four messages each.
		expect(h.connection.stats.duplicatesDropped).toBe(3 * 2 * 4);
		expect(h.connection.stats.reconnects).toBe(4);
		// Each reconnect makes a fresh signed fetch and socket carrying the last cursor (§1.4: signed URLs expire).
		expect(server.requestsTo('/webcast/fetch').map((r) => r.query.get('cursor'))).toEqual([
			null,
			'c5',
			'c6',
			'c6',
			'c11',
		]);
		expect(server.connections.map((c) => c.query.get('cursor'))).toEqual([
			'c0',
			'c5',
			'c6',
			'c6',
			'c11',
		]);
		expect(
			server.connections.slice(1).every((c) => c.query.get('internal_ext')?.startsWith('ie-c')),
		).toBe(true);
		await h.connection.close();
	});

	it('skips garbage frames, counts them, and keeps the same socket', async () => {
		server = await startServer(chatFrames(4, 2));
		const garbage = [
			Buffer.from('not a protobuf at all'),
			Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f]),
			Buffer.alloc(0),
		];
		server.connectionFaults.push({ kind: 'garbage', frames: garbage });
		const h = createConnection(server);
		await h.connection.connect();
		await server.waitFor(() => h.events.length === 8);
		expect(comments(h.events)).toEqual(commentRange(0, 8));
		expect(h.connection.stats.malformedFrames).toBeGreaterThanOrEqual(2);
		expect(h.connection.stats.framesReceived).toBeGreaterThanOrEqual(4 + 2);
		expect(server.connections).toHaveLength(1);
		expect(h.connection.stats.reconnects).toBe(0);
		await h.connection.close();
	});

	it('reconnects a socket that goes silent (no frames, no heartbeat replies) and resumes', async () => {
		server = await startServer(chatFrames(6, 1));
		server.connectionFaults.push({ kind: 'silence', afterFrames: 2 });
		const h = createConnection(server);
		await h.connection.connect();
		await server.waitFor(() => h.events.length === 6, 15_000, 'the stream after the silence');
		expect(comments(h.events)).toEqual(commentRange(0, 6));
		expect(h.connection.stats.silenceTimeouts).toBe(1);
		expect(server.connections[1].query.get('cursor')).toBe('c2');
		await server.waitFor(
			() => server.connections[0].closed,
			5_000,
			'the silent socket to be closed',
		);
		await h.connection.close();
	});

	it('keeps a slow consumer whole: a burst of frames arrives complete and in order', async () => {
		server = await startServer(chatFrames(400, 5));
		const h = createConnection(server);
		h.connection.on('events', () => {
			const until = Date.now() + 1;
			while (Date.now() < until) {
				// a listener slower than the socket
			}
		});
		await h.connection.connect();
		await server.waitFor(() => h.events.length === 2000, 20_000, '2000 events');
		expect(comments(h.events)).toEqual(commentRange(0, 2000));
		expect(h.connection.stats.duplicatesDropped).toBe(0);
		await h.connection.close();
	});

	it('turns a sign server 429 into a RATE_LIMITED ApiError with the retry time, without a crash or a socket', async () => {
		server = await startServer(chatFrames(1, 1));
		server.signFaults.push({
			status: 429,
			headers: { 'retry-after': '7' },
			body: { message: 'Too many connections started', limit_label: 'rate_limit_account_day' },
		});
		const h = createConnection(server);
		const error: ApiError = await h.connection.connect().catch((e) => e);
		expect(error).toBeInstanceOf(ApiError);
		expect(error.code).toBe('RATE_LIMITED');
		expect(error.details.retryAfterMs).toBe(7000);
		expect(error.message).toBe(
			'TikTok sign server rate limit reached (Too many connections started, rate_limit_account_day); retry in 7 s',
		);
		expect(server.connections).toHaveLength(0);
		expect(h.connection.pendingTimers).toBe(0);
	});

	it('reads x-ratelimit-reset when the sign server sends no Retry-After', async () => {
		server = await startServer(chatFrames(1, 1));
		const reset = Math.floor(Date.now() / 1000) + 120;
		server.signFaults.push({
			status: 429,
			headers: { 'x-ratelimit-reset': String(reset) },
			body: { message: 'slow down' },
		});
		const error: ApiError = await createConnection(server)
			.connection.connect()
			.catch((e) => e);
		expect(error.details.retryAfterMs).toBeGreaterThan(100_000);
		expect(error.details.retryAfterMs).toBeLessThanOrEqual(120_000);
	});

	it('waits out a 429 during a reconnect and then resumes the stream', async () => {
		server = await startServer(chatFrames(5, 1));
		server.connectionFaults.push({ kind: 'drop', afterFrames: 2 });
		const h = createConnection(server);
		await h.connection.connect();
		server.signFaults.push({
			status: 429,
			headers: { 'retry-after': '0' },
			body: { message: 'minute limit' },
		});
		await server.waitFor(() => h.events.length === 5, 15_000, 'the resumed stream');
		expect(comments(h.events)).toEqual(commentRange(0, 5));
		expect(h.warnings.map((w) => (w as ApiError).code)).toEqual(['RATE_LIMITED']);
		await h.connection.close();
	});

	it("reports a refused WebSocket handshake (HTTP 200 + handshake-msg) with TikTok's reason", async () => {
		server = await startServer(chatFrames(3, 1));
		server.connectionFaults.push({ kind: 'refuse', message: 'illegal secret key' });
		const h = createConnection(server);
		const error = await h.connection.connect().catch((e) => e);
		expect(error.code).toBe('HANDSHAKE_REFUSED');
		expect(error.message).toContain('illegal secret key');
	});

	it('ends with the last error when reconnecting is off', async () => {
		server = await startServer(chatFrames(5, 1));
		server.connectionFaults.push({ kind: 'drop', afterFrames: 2 });
		const h = createConnection(server, { reconnect: false });
		await h.connection.connect();
		const end = await h.ended;
		expect(end.reason).toBe('error');
		expect((end.error as ApiError).code).toBe('DISCONNECTED');
		expect(server.connections).toHaveLength(1);
		expect(h.connection.pendingTimers).toBe(0);
	});

	it('gives up after the configured number of failed attempts', async () => {
		server = await startServer(chatFrames(5, 1));
		server.connectionFaults.push({ kind: 'drop', afterFrames: 1 });
		const h = createConnection(server, { maxReconnectAttempts: 3 });
		await h.connection.connect();
		for (let i = 0; i < 3; i++)
			server.signFaults.push({
				status: 503,
				body: { code: 503, error: 'API is not ready for connections yet.' },
			});
		const end = await h.ended;
		expect(end.reason).toBe('error');
		expect((end.error as ApiError).code).toBe('SIGN_NOT_200');
		expect(end.error!.message).toContain('API is not ready for connections yet.');
		expect(h.warnings).toHaveLength(3);
	});

	it('never lets the API key or the session id into an error', async () => {
		server = await startServer(chatFrames(1, 1));
		server.signApiKey = 'the-right-key';
		server.signFaults.push({
			status: 401,
			body: {
				code: 401,
				message: `The provided API Key is invalid: ${SIGN_API_KEY} (session ${SESSION_ID})`,
			},
		});
		const h = createConnection(server, { sessionId: SESSION_ID });
		(
			h.connection as unknown as {
				options: { sign: { options: { apiKey: string; sessionId: string } } };
			}
		).options.sign.options.apiKey = SIGN_API_KEY;
		(
			h.connection as unknown as {
				options: { sign: { options: { apiKey: string; sessionId: string } } };
			}
		).options.sign.options.sessionId = SESSION_ID;
		const error: ApiError = await h.connection.connect().catch((e) => e);
		expect(error.code).toBe('INVALID_API_KEY');
		const text = JSON.stringify({ message: error.message, details: error.details });
		expect(text).toContain('The provided API Key is invalid');
		expect(text).not.toContain(SIGN_API_KEY);
		expect(text).not.toContain(SESSION_ID);
	});

	it('sends the API key as x-api-key and uses the connect route when asked', async () => {
		server = await startServer(chatFrames(1, 1));
		server.signApiKey = SIGN_API_KEY;
		const { SignServerClient } = await import('../../nodes/TikTokLive/transport/SignServerClient');
		const h = createConnection(server, {
			sign: new SignServerClient({
				baseUrl: server.baseUrl,
				apiKey: SIGN_API_KEY,
				route: 'connect',
			}),
		});
		await h.connection.connect();
		await server.waitFor(() => h.events.length === 1);
		const [request] = server.requestsTo(`/webcast/rooms/${ROOM_ID}/connect`);
		expect(request.headers['x-api-key']).toBe(SIGN_API_KEY);
		expect(request.query.get('room_id')).toBeNull();
		await h.connection.close();
	});
});

import { NodeApiError } from 'n8n-workflow';

import type { TikTokEvent, TikTokGiftEvent } from '../../nodes/TikTokLive/protocol';
import { TikTokLiveTrigger } from '../../nodes/TikTokLive/TikTokLiveTrigger.node';
import { EventBatcher } from '../../nodes/TikTokLive/trigger/EventBatcher';
import { runTrigger, type TriggerRun } from '../helpers/n8nEngine';
import type { TikTokLiveServer } from '../servers/tiktokLive/TikTokLiveServer';
import {
	chatFrames,
	commentRange,
	controlEnd,
	giftMessage,
	chatMessage,
	NEXT_ROOM_ID,
	ROOM_ID,
	startServer,
	UNIQUE_ID,
} from './connectionFixtures';
import { gzipBombFrame } from './gzipBomb';

jest.setTimeout(30_000);

const nodeType = new TikTokLiveTrigger();

function credentialsFor(server: TikTokLiveServer, extra: Record<string, unknown> = {}) {
	return {
		tikTokLiveApi: {
			fetchMode: 'signServer',
			signServerUrl: server.baseUrl,
			signRoute: 'fetch',
			webBaseUrl: server.baseUrl,
			webcastBaseUrl: server.baseUrl,
			...extra,
		},
	};
}

function emittedComments(run: TriggerRun): string[] {
	return run.emitted
		.flatMap((data) => data[0].map((item) => item.json))
		.filter((json) => json.type === 'chat')
		.map((json) => String(json.comment));
}

describe('TikTok LIVE Trigger through n8n-core TriggerContext', () => {
	let server: TikTokLiveServer;
	let run: TriggerRun | undefined;
	afterEach(async () => {
		await run?.close();
		run = undefined;
		await server.stop();
	});

	const start = (
		parameters: Record<string, unknown>,
		mode: 'trigger' | 'manual' = 'trigger',
		credentials = credentialsFor(server),
	) =>
		runTrigger({
			nodeType,
			mode,
			credentials,
			parameters: {
				source: 'username',
				username: UNIQUE_ID,
				events: ['chat', 'gift'],
				giftStreakMode: 'final',
				batchSize: 50,
				batchWaitMs: 0,
				reconnect: true,
				onStreamEnd: 'stop',
				options: { heartbeatIntervalMs: 20 },
				...parameters,
			} as never,
		});

	it('emits up to N events per execution, in order, with exact ids', async () => {
		server = await startServer(chatFrames(5, 4));
		run = await start({ batchSize: 10, batchWaitMs: 600_000 });
		await server.waitFor(() => run!.emitted.length === 2, 10_000, 'two executions');
		expect(run.emitted.map((data) => data[0].length)).toEqual([10, 10]);
		expect(emittedComments(run)).toEqual(commentRange(0, 20));
		expect(run.emitted[0][0][0].json).toMatchObject({
			type: 'chat',
			roomId: ROOM_ID,
			msgId: '7400000000000000000',
			user: { userId: '6900000000000000000' },
		});
	});

	it('with a wait of 0 starts one execution per frame received', async () => {
		server = await startServer(chatFrames(3, 3));
		run = await start({ batchSize: 100, batchWaitMs: 0 });
		await server.waitFor(() => run!.emitted.length === 3);
		expect(run.emitted.map((data) => data[0].length)).toEqual([3, 3, 3]);
	});

	it('hands over a partial batch once the wait is over', async () => {
		server = await startServer(chatFrames(1, 5));
		run = await start({ batchSize: 100, batchWaitMs: 30 });
		await server.waitFor(() => run!.emitted.length === 1);
		expect(run.emitted[0][0]).toHaveLength(5);
	});

	it('emits one event per gift streak, with its total, in "final" mode', async () => {
		const streak = [1, 2, 3].map((count) =>
			giftMessage(count, { groupId: '9001', repeatCount: count, repeatEnd: false }),
		);
		const frames = [
			{
				messages: [
					...streak,
					giftMessage(10, { groupId: '9002', repeatCount: 1, repeatEnd: false, giftType: 2 }),
				],
			},
			{ messages: [giftMessage(4, { groupId: '9001', repeatCount: 3, repeatEnd: true })] },
		];
		server = await startServer(frames);
		run = await start({ events: ['gift'], giftStreakMode: 'final' });
		await server.waitFor(() => run!.emitted.length === 2);
		const gifts = run.emitted.flatMap((data) => data[0].map((item) => item.json));
		expect(gifts.map((g) => [g.groupId, g.repeatCount, g.streaking])).toEqual([
			['9002', 1, false],
			['9001', 3, false],
		]);
	});

	it('emits every streak message in "every" mode', async () => {
		const frames = [
			{
				messages: [1, 2].map((count) =>
					giftMessage(count, { groupId: '9001', repeatCount: count, repeatEnd: false }),
				),
			},
			{ messages: [giftMessage(3, { groupId: '9001', repeatCount: 2, repeatEnd: true })] },
		];
		server = await startServer(frames);
		run = await start({ events: ['gift'], giftStreakMode: 'every' });
		await server.waitFor(() => run!.emitted.length === 2);
		const gifts = run.emitted.flatMap((data) => data[0].map((item) => item.json));
		expect(gifts.map((g) => [g.repeatCount, g.streaking])).toEqual([
			[1, true],
			[2, true],
			[2, false],
		]);
	});

	it('listens for a test event: emits the first batch, then closes the socket', async () => {
		server = await startServer(chatFrames(20, 2));
		server.frameIntervalMs = 5;
		run = await start({ batchSize: 4, batchWaitMs: 600_000 }, 'manual');
		expect(server.connections).toHaveLength(0); // nothing happens until the editor asks
		await run.response.manualTriggerFunction!();
		await server.waitFor(() => run!.emitted.length >= 1);
		await server.waitFor(
			() => server.openConnections.length === 0,
			5_000,
			'the test socket to close',
		);
		expect(run.emitted).toHaveLength(1);
		expect(emittedComments(run)).toEqual(commentRange(0, 4));
	});

	it('deactivation closes the socket and nothing is emitted afterwards', async () => {
		server = await startServer(chatFrames(200, 1));
		server.frameIntervalMs = 2;
		run = await start({ batchSize: 1 });
		await server.waitFor(() => run!.emitted.length >= 3);
		await run.close();
		await server.waitFor(
			() => server.openConnections.length === 0,
			5_000,
			'the server to see the socket closed',
		);
		expect(server.connections[0].closeCode).toBe(1000);
		const count = run.emitted.length;
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(run.emitted.length).toBe(count);
		expect(server.connections).toHaveLength(1);
	});

	it('fails activation with a clear error when the user does not exist', async () => {
		server = await startServer();
		const error = await start({ username: '@nobody_here' }).catch((e) => e);
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toContain('@nobody_here was not found');
	});

	it('fails activation with the retry time when the sign server answers 429', async () => {
		server = await startServer(chatFrames(1, 1));
		server.signFaults.push({
			status: 429,
			headers: { 'retry-after': '30' },
			body: { message: 'Too many connections started' },
		});
		const error = await start({}).catch((e) => e);
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toContain('retry in 30 s');
		expect(error.httpCode).toBe('429');
	});

	it('reconnects after the socket drops and emits every event exactly once', async () => {
		server = await startServer(chatFrames(6, 2));
		server.redeliverOnResume = 1;
		server.connectionFaults.push({ kind: 'drop', afterFrames: 3 });
		run = await start({});
		await server.waitFor(
			() => emittedComments(run!).length >= 12 && server.connections.length === 2,
			15_000,
			'all events after the reconnect',
		);
		await server.waitFor(() => server.connections[1].framesSent === 4);
		expect(emittedComments(run)).toEqual(commentRange(0, 12));
		expect(run.errors).toEqual([]);
	});

	it('reports a fatal disconnect through emitError when reconnecting is off', async () => {
		server = await startServer(chatFrames(4, 1));
		server.connectionFaults.push({ kind: 'drop', afterFrames: 2 });
		run = await start({ reconnect: false });
		await server.waitFor(() => run!.errors.length === 1);
		expect(run.errors[0]).toBeInstanceOf(NodeApiError);
		expect(run.errors[0].message).toContain('DISCONNECTED');
	});

	it('at stream end with "stop", delivers the last events and stays quiet without an error', async () => {
		server = await startServer([
			...chatFrames(2, 1),
			{ messages: [chatMessage(2), controlEnd(50)] },
		]);
		server.rooms.get(ROOM_ID)!.endAfterLastFrame = true;
		run = await start({ events: ['chat', 'control'] });
		await server.waitFor(() =>
			run!.emitted.flatMap((d) => d[0]).some((item) => item.json.type === 'control'),
		);
		await server.waitFor(() => server.openConnections.length === 0);
		expect(emittedComments(run)).toEqual(commentRange(0, 3));
		expect(run.errors).toEqual([]);
	});

	it('at stream end with "wait for next live", follows the user to the next room', async () => {
		server = await startServer([...chatFrames(2, 1), { messages: [controlEnd(50)] }]);
		server.rooms.get(ROOM_ID)!.endAfterLastFrame = true;
		run = await start({
			onStreamEnd: 'waitForLive',
			options: { heartbeatIntervalMs: 20, liveCheckIntervalSec: 0.02 },
		});
		await server.waitFor(
			() =>
				emittedComments(run!).length === 2 &&
				server.connections.length === 1 &&
				server.openConnections.length === 0,
		);
		server.addRoom({ roomId: NEXT_ROOM_ID, uniqueId: UNIQUE_ID, frames: chatFrames(2, 1, 100) });
		await server.waitFor(
			() => emittedComments(run!).length === 4,
			10_000,
			'events of the next live',
		);
		expect(emittedComments(run)).toEqual([...commentRange(0, 2), ...commentRange(100, 102)]);
		expect(server.connections[1].query.get('room_id')).toBe(NEXT_ROOM_ID);
	});

	it('drops a frame that inflates beyond "Max Decompressed Size" and keeps delivering the stream', async () => {
		server = await startServer(chatFrames(2, 2));
		const bomb = await gzipBombFrame({
			inflatedBytes: 2 * 1024 * 1024,
			messages: [chatMessage(99)],
		});
		server.connectionFaults.push({ kind: 'garbage', frames: [bomb] });
		run = await start({ options: { heartbeatIntervalMs: 20, maxDecompressedSizeMib: 1 } });
		await server.waitFor(() => emittedComments(run!).length === 4, 10_000, 'the stream');
		expect(emittedComments(run)).toEqual(commentRange(0, 4));
		expect(server.connections).toHaveLength(1);
		expect(run.errors).toEqual([]);
	});

	it('listens by room ID without looking the user up', async () => {
		server = await startServer(chatFrames(1, 2));
		run = await start({ source: 'roomId', roomId: ROOM_ID });
		await server.waitFor(() => run!.emitted.length === 1);
		expect(server.requestsTo(`/@${UNIQUE_ID}/live`)).toHaveLength(0);
		expect(server.requestsTo('/webcast/fetch')[0].query.get('room_id')).toBe(ROOM_ID);
	});

	it('credential test: OK against the sign server, a clear error for a wrong key', async () => {
		server = await startServer();
		server.signApiKey = 'right-key-123';
		const test = nodeType.methods.credentialTest.tikTokLiveApiTest;
		const ok = await test.call({} as never, {
			id: '1',
			name: 'c',
			type: 'tikTokLiveApi',
			data: { ...credentialsFor(server).tikTokLiveApi, signApiKey: 'right-key-123' },
		});
		expect(ok).toEqual({ status: 'OK', message: 'The sign server accepted the request' });
		const bad = await test.call({} as never, {
			id: '1',
			name: 'c',
			type: 'tikTokLiveApi',
			data: { ...credentialsFor(server).tikTokLiveApi, signApiKey: 'wrong-key-456' },
		});
		expect(bad.status).toBe('Error');
		expect(bad.message).toContain('rejected the API key');
		expect(bad.message).not.toContain('wrong-key-456');
	});
});

describe("EventBatcher (the trigger's batching and streak handling)", () => {
	const gift = (repeatCount: number, repeatEnd: boolean, groupId = '7'): TikTokGiftEvent => ({
		type: 'gift',
		msgId: `${groupId}-${repeatCount}-${repeatEnd}`,
		method: 'WebcastGiftMessage',
		user: { userId: '1' },
		giftId: 5655,
		repeatCount,
		comboCount: repeatCount,
		groupCount: 1,
		repeatEnd,
		groupId,
		combo: true,
		streakable: true,
		streaking: !repeatEnd,
	});

	it('closes a streak whose final message never comes, with its last count', async () => {
		const batches: TikTokEvent[][] = [];
		const batcher = new EventBatcher({
			maxEvents: 10,
			maxWaitMs: 0,
			giftStreakMode: 'final',
			staleStreakCheckMs: 5,
			staleStreakAfterMs: 10,
			onBatch: (b) => batches.push(b),
		});
		batcher.push([gift(1, false), gift(2, false)]);
		expect(batches).toEqual([]);
		for (const deadline = Date.now() + 5_000; batches.length === 0 && Date.now() < deadline;)
			await new Promise((resolve) => setTimeout(resolve, 5));
		batcher.close();
		expect(batches).toEqual([
			[expect.objectContaining({ repeatCount: 2, streaking: false, streakEndedBy: 'timeout' })],
		]);
	});

	it('at stream end hands over open streaks and the buffer at once', () => {
		const batches: TikTokEvent[][] = [];
		const batcher = new EventBatcher({
			maxEvents: 10,
			maxWaitMs: 600_000,
			giftStreakMode: 'final',
			onBatch: (b) => batches.push(b),
		});
		batcher.push([gift(1, false, '8'), gift(1, true, '9')]);
		expect(batches).toEqual([]);
		batcher.endOfStream();
		batcher.close();
		expect(batches.map((b) => b.map((e) => (e as TikTokGiftEvent).groupId))).toEqual([['9', '8']]);
	});

	it('emits nothing after close, and its timers are gone', async () => {
		const batches: TikTokEvent[][] = [];
		const batcher = new EventBatcher({
			maxEvents: 10,
			maxWaitMs: 5,
			giftStreakMode: 'every',
			onBatch: (b) => batches.push(b),
		});
		batcher.push([gift(1, false)]);
		batcher.close();
		batcher.push([gift(2, false)]);
		await new Promise((resolve) => setTimeout(resolve, 30));
		expect(batches).toEqual([]);
	});
});

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { ConnectProxy } from '../servers/tiktokLive/ConnectProxy';
import { TikTokLiveServer } from '../servers/tiktokLive/TikTokLiveServer';
import { chatFrames, giftMessage, ROOM_ID } from '../tiktokLive/connectionFixtures';
import {
	createSandbox,
	loadExample,
	startCollector,
	withNode,
	type Collector,
	type N8nSandbox,
} from './realN8n';

jest.setTimeout(600_000);

const UNIQUE_ID = 'e2e_streamer';
const ORDERED_ROOM_ID = '7312345678901230001';
const UNORDERED_ROOM_ID = '7312345678901230002';

interface SlowRequest {
	executionId: string;
	comments: number[];
	startedAt: number;
	finishedAt?: number;
}

/**
 * A webhook sink whose k-th request takes longest for k = 0 (`delayMs(k)`), so executions that run
 * concurrently finish in reverse order. Records every request with its execution id and chat numbers, and
 * how many were in flight at once.
 */
async function startSlowCollector(delayMs: (index: number) => number) {
	const requests: SlowRequest[] = [];
	let inFlight = 0;
	let maxInFlight = 0;
	const server = createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => chunks.push(c));
		req.on('end', () => {
			const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
				executionId: string;
				events: Array<Record<string, unknown>>;
			};
			const entry: SlowRequest = {
				executionId: String(body.executionId),
				comments: body.events
					.filter((e) => e.type === 'chat')
					.map((e) => Number(String(e.comment).replace('comment ', ''))),
				startedAt: Date.now(),
			};
			const index = requests.length;
			requests.push(entry);
			inFlight++;
			maxInFlight = Math.max(maxInFlight, inFlight);
			setTimeout(() => {
				inFlight--;
				entry.finishedAt = Date.now();
				res.setHeader('content-type', 'application/json');
				res.end('{"ok":true}');
			}, delayMs(index));
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/collect`,
		requests,
		get maxInFlight() {
			return maxInFlight;
		},
		/** Chat numbers in the order the requests finished. */
		finishedComments(): number[] {
			return [...requests]
				.filter((r) => r.finishedAt !== undefined)
				.sort((a, b) => a.finishedAt! - b.finishedAt!)
				.flatMap((r) => r.comments);
		},
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}
const CREDENTIAL = { id: 'tiktok-live-e2e', name: 'TikTok LIVE (local)', type: 'tikTokLiveApi' };

describe('TikTok LIVE in a real n8n, installed from the package tarball', () => {
	let server: TikTokLiveServer;
	let sandbox: N8nSandbox;
	let collector: Collector;

	beforeAll(async () => {
		server = await new TikTokLiveServer().start();
		const streak = [1, 2, 3].map((count) =>
			giftMessage(1000 + count, { groupId: '42', repeatCount: count, repeatEnd: false }),
		);
		server.addRoom({
			roomId: ROOM_ID,
			uniqueId: UNIQUE_ID,
			frames: [
				...chatFrames(10, 6),
				{ messages: streak },
				{ messages: [giftMessage(1004, { groupId: '42', repeatCount: 3, repeatEnd: true })] },
			],
		});
		server.feedRooms = Array.from({ length: 8 }, (_, i) => ({
			roomId: String(7_350_000_000_000_000_000n + BigInt(i)),
			title: `Live ${i}`,
			ownerNickname: `Host ${i}`,
		}));
		collector = await startCollector();
		sandbox = await createSandbox();
		await sandbox.importCredentials([
			{
				...CREDENTIAL,
				data: {
					fetchMode: 'signServer',
					signServerUrl: server.baseUrl,
					signRoute: 'fetch',
					webBaseUrl: server.baseUrl,
					webcastBaseUrl: server.baseUrl,
				},
			},
		]);
	});

	afterAll(async () => {
		await sandbox?.dispose();
		await collector?.close();
		await server?.stop();
	});

	it('looks up a user, its room and stream URLs with exact ids (examples/tiktok-live-user-room-stream.json)', async () => {
		await sandbox.importWorkflow(
			withNode(
				loadExample('tiktok-live-user-room-stream.json'),
				'Get User',
				(p) => (p.username = `@${UNIQUE_ID}`),
			),
		);
		const run = await sandbox.execute('ttLiveUserRoom001');
		expect(run.error).toBeUndefined();
		expect(run.status).toBe('success');
		expect(run.nodeItems('Get User')[0]).toMatchObject({
			uniqueId: UNIQUE_ID,
			roomId: ROOM_ID,
			isLive: true,
		});
		expect(run.nodeItems('Get Room')[0]).toMatchObject({
			roomId: ROOM_ID,
			isLive: true,
			ownerUniqueId: UNIQUE_ID,
		});
		const stream = run.nodeItems('Get Stream URLs')[0] as {
			roomId: string;
			urls: Array<{ quality: string }>;
		};
		expect(stream.roomId).toBe(ROOM_ID);
		expect(stream.urls.map((u) => u.quality)).toEqual(['FULL_HD1', 'HD1', 'SD1', 'SD2']);
	});

	it('reads gifts, coin prices and recommended lives (examples/tiktok-live-gifts-prices-feed.json)', async () => {
		await sandbox.importWorkflow(loadExample('tiktok-live-gifts-prices-feed.json'));
		const run = await sandbox.execute('ttLiveCatalog0001');
		expect(run.error).toBeUndefined();
		expect(run.nodeItems('Gift List').map((g) => g.name)).toEqual([
			'Rose',
			'Ice Cream Cone',
			'GG',
			'Heart Me',
		]);
		expect(run.nodeItems('Coin Prices').map((p) => p.diamond_count)).toEqual([70, 350]);
		expect(run.nodeItems('Recommended Lives').map((r) => r.id_str)).toEqual(
			server.feedRooms.slice(0, 5).map((r) => r.roomId),
		);
	});

	it('shows a clear error for a user TikTok does not know', async () => {
		const workflow = withNode(
			loadExample('tiktok-live-user-room-stream.json'),
			'Get User',
			(p) => (p.username = 'nobody_here'),
		);
		workflow.id = 'ttLiveNoUser00001';
		await sandbox.importWorkflow(workflow);
		const run = await sandbox.execute('ttLiveNoUser00001');
		expect(run.status).toBe('error');
		expect(run.error?.message).toContain('@nobody_here was not found');
	});

	it('an active trigger workflow receives the scripted stream, batched as configured, and lets go of the socket on shutdown', async () => {
		const workflow = withNode(
			loadExample('tiktok-live-trigger-to-webhook.json'),
			'TikTok LIVE Trigger',
			(p) => {
				p.username = UNIQUE_ID;
				p.batchSize = 20;
				p.batchWaitMs = 1000;
			},
		);
		const http = workflow.nodes.find((n) => n.name === 'Send Batch to Webhook')!;
		http.parameters.url = collector.url;
		await sandbox.importWorkflow(workflow);
		await sandbox.publish('ttLiveTrigger0001');
		collector.received.length = 0;
		const n8n = await sandbox.start();
		try {
			await collector.waitFor(4, 120_000);
			await new Promise((r) => setTimeout(r, 1500));
			const batches = collector.received.map(
				(r) => (r.body as { events: Array<Record<string, unknown>> }).events,
			);
			// Executions run concurrently, so batches may arrive in any order; each is in stream order.
			const sizes = batches.map((b) => b.length).sort((a, b) => b - a);
			expect(sizes).toEqual([20, 20, 20, 1]);
			const chats = batches.flat().filter((e) => e.type === 'chat');
			const numbers = chats
				.map((e) => Number(String(e.comment).replace('comment ', '')))
				.sort((a, b) => a - b);
			expect(numbers).toEqual(Array.from({ length: 60 }, (_, i) => i));
			for (const batch of batches) {
				const inBatch = batch
					.filter((e) => e.type === 'chat')
					.map((e) => Number(String(e.comment).replace('comment ', '')));
				expect(inBatch).toEqual([...inBatch].sort((a, b) => a - b));
			}
			const gifts = batches.flat().filter((e) => e.type === 'gift');
			expect(gifts).toEqual([
				expect.objectContaining({
					giftId: 5655,
					repeatCount: 3,
					repeatEnd: true,
					streaking: false,
					groupId: '42',
				}),
			]);
			expect(chats[0]).toMatchObject({ roomId: ROOM_ID });
			expect(String(chats[0].msgId)).toMatch(/^74\d{17}$/);
			expect(server.connections).toHaveLength(1);
			expect(server.clientFrames('im_enter_room')).toHaveLength(1);
		} finally {
			await n8n.stop();
		}
		await server.waitFor(
			() => server.openConnections.length === 0,
			30_000,
			'n8n to close the socket on shutdown',
		);
	});

	it('with Deliver In Order, executions run one at a time and finish in emission order; without it they overlap', async () => {
		server.addRoom({ roomId: ORDERED_ROOM_ID, uniqueId: 'e2e_ordered', frames: chatFrames(6, 5) });
		server.addRoom({
			roomId: UNORDERED_ROOM_ID,
			uniqueId: 'e2e_unordered',
			frames: chatFrames(6, 5),
		});
		// The first request takes 1.5 s, each later one 250 ms less: overlapping executions finish reversed.
		const slowFirst = (index: number) => Math.max(50, 1500 - 250 * index);
		const ordered = await startSlowCollector(slowFirst);
		const unordered = await startSlowCollector(slowFirst);
		const workflowFor = (id: string, username: string, url: string, deliverInOrder: boolean) => {
			const workflow = withNode(
				loadExample('tiktok-live-trigger-to-webhook.json'),
				'TikTok LIVE Trigger',
				(p) => {
					p.username = username;
					p.events = ['chat'];
					p.batchSize = 5;
					p.batchWaitMs = 0;
					p.onStreamEnd = 'stop';
					p.options = deliverInOrder ? { deliverInOrder: true, maxPendingEvents: 1000 } : {};
				},
			);
			workflow.id = id;
			const http = workflow.nodes.find((n) => n.name === 'Send Batch to Webhook')!;
			http.parameters.url = url;
			http.parameters.jsonBody =
				'={{ JSON.stringify({ executionId: $execution.id, events: $input.all().map(item => item.json) }) }}';
			return workflow;
		};
		await sandbox.importWorkflow(
			workflowFor('ttLiveOrdered0001', 'e2e_ordered', ordered.url, true),
		);
		await sandbox.importWorkflow(
			workflowFor('ttLiveUnorder0001', 'e2e_unordered', unordered.url, false),
		);
		await sandbox.publish('ttLiveOrdered0001');
		await sandbox.publish('ttLiveUnorder0001');
		const n8n = await sandbox.start();
		try {
			await server.waitFor(
				() =>
					ordered.finishedComments().length === 30 && unordered.finishedComments().length === 30,
				120_000,
				'both workflows to deliver 30 events',
			);
			// In order: never two executions at once, each batch after the previous one, ids ascending.
			expect(ordered.maxInFlight).toBe(1);
			expect(ordered.finishedComments()).toEqual(Array.from({ length: 30 }, (_, i) => i));
			expect(ordered.requests.map((r) => r.comments.length)).toEqual([5, 5, 5, 5, 5, 5]);
			const ids = ordered.requests.map((r) => Number(r.executionId));
			expect(ids).toEqual([...ids].sort((a, b) => a - b));
			// The same stream without the option: n8n runs the executions concurrently, they finish out of order.
			expect(unordered.maxInFlight).toBeGreaterThan(1);
			expect(unordered.finishedComments()).not.toEqual(Array.from({ length: 30 }, (_, i) => i));
		} finally {
			await n8n.stop();
			await ordered.close();
			await unordered.close();
		}
	});
});

describe('TikTok LIVE Trigger in a real n8n behind a proxy given only by the environment', () => {
	let server: TikTokLiveServer;
	let proxy: ConnectProxy;
	let sandbox: N8nSandbox;
	let collector: Collector;
	let proxyUrl: string;

	beforeAll(async () => {
		server = await new TikTokLiveServer().start();
		server.addRoom({ roomId: ROOM_ID, uniqueId: UNIQUE_ID, frames: chatFrames(3, 2) });
		proxy = await new ConnectProxy().start();
		proxy.requiredAuthorization = `Basic ${Buffer.from('e2e:pr0xy-secret').toString('base64')}`;
		proxyUrl = proxy.url.replace('http://', 'http://e2e:pr0xy-secret@');
		collector = await startCollector();
		sandbox = await createSandbox();
		await sandbox.importCredentials([
			{
				...CREDENTIAL,
				data: {
					fetchMode: 'signServer',
					signServerUrl: server.baseUrl,
					signRoute: 'fetch',
					webBaseUrl: server.baseUrl,
					webcastBaseUrl: server.baseUrl,
				},
			},
		]);
		const workflow = withNode(
			loadExample('tiktok-live-trigger-to-webhook.json'),
			'TikTok LIVE Trigger',
			(p) => {
				p.username = UNIQUE_ID;
				p.batchSize = 6;
				p.batchWaitMs = 500;
			},
		);
		workflow.nodes.find((n) => n.name === 'Send Batch to Webhook')!.parameters.url = collector.url;
		await sandbox.importWorkflow(workflow);
		await sandbox.publish(String(workflow.id));
	});

	afterAll(async () => {
		await sandbox?.dispose();
		await collector?.close();
		await proxy?.stop();
		await server?.stop();
	});

	const socketLines = () =>
		proxy.tunnels
			.map((t) => t.firstLine ?? '')
			.filter((line) => line.startsWith('GET /webcast/im/ws_proxy/'));

	/** Starts n8n with the environment, waits for six chats at the collector, stops n8n. */
	async function listenWith(env: Record<string, string>): Promise<void> {
		proxy.tunnels.length = 0;
		collector.received.length = 0;
		const connectionsBefore = server.connections.length;
		const n8n = await sandbox.start(env);
		const chats = () =>
			collector.received
				.flatMap((r) => (r.body as { events: Array<Record<string, unknown>> }).events)
				.filter((e) => e.type === 'chat');
		try {
			await server.waitFor(() => chats().length >= 6, 120_000, 'six chats at the collector');
			expect(chats().map((e) => e.comment)).toEqual(
				Array.from({ length: 6 }, (_, i) => `comment ${i}`),
			);
			expect(server.connections.length - connectionsBefore).toBe(1);
			expect(n8n.output()).not.toContain('pr0xy-secret');
		} catch (error) {
			throw new Error(
				`${(error as Error).message}\ntunnels: ${JSON.stringify(proxy.tunnels)}\nrefused: ${JSON.stringify(proxy.refusedRequests)}\nn8n: ${n8n.output().slice(-3000)}`,
			);
		} finally {
			await n8n.stop();
		}
	}

	it('with only HTTPS_PROXY set, the WebSocket goes through it, with the credentials in the URL', async () => {
		await listenWith({ HTTPS_PROXY: proxyUrl });
		expect(socketLines()).toHaveLength(1);
		const socketTunnel = proxy.tunnels.find((t) => t.firstLine?.startsWith('GET /webcast/im/'));
		expect(socketTunnel).toMatchObject({
			target: `127.0.0.1:${new URL(server.baseUrl).port}`,
			authorization: proxy.requiredAuthorization,
		});
	});

	it('with HTTP_PROXY as well, the room lookup and the signed fetch go through it too', async () => {
		await listenWith({
			HTTPS_PROXY: proxyUrl,
			HTTP_PROXY: proxyUrl,
			// The collector stands for the user's own services, reached directly.
			NO_PROXY: `localhost,127.0.0.1:${new URL(collector.url).port}`,
		});
		const ours = proxy.tunnels.filter(
			(t) => t.target === `127.0.0.1:${new URL(server.baseUrl).port}`,
		);
		expect(socketLines()).toHaveLength(1);
		// HTTP calls share undici's keep-alive tunnel; its first request is the live page or api-live.
		expect(ours.filter((t) => !t.firstLine?.startsWith('GET /webcast/im/'))).not.toEqual([]);
		expect(ours.every((t) => t.authorization === proxy.requiredAuthorization)).toBe(true);
	});
});

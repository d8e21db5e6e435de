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

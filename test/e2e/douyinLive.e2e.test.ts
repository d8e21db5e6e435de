import { DouyinLiveServer } from '../servers/douyinLive/DouyinLiveServer';
import { comment, gift, pushToCallback } from '../servers/douyinLive/pusher';
import {
	createSandbox,
	loadExample,
	startCollector,
	waitForWebhook,
	withNode,
	type Collector,
	type N8nSandbox,
} from './realN8n';

jest.setTimeout(600_000);

const APP = { appId: 'tt1234567cac', appSecret: 'e2e-app-secret-5c4b' };
const PUSH_SECRET = 'e2e-push-secret-77aa';
const ROOM_ID = '7214015683695250235';
const CREDENTIAL = {
	id: 'douyin-live-e2e',
	name: 'Douyin Live Game (local)',
	type: 'douyinLiveGameApi',
};

describe('Douyin Live in a real n8n, installed from the package tarball', () => {
	let server: DouyinLiveServer;
	let sandbox: N8nSandbox;
	let collector: Collector;

	beforeAll(async () => {
		server = await new DouyinLiveServer().addApp(APP).addRoom(ROOM_ID).start();
		server.companionTokens.set('companion-e2e', {
			roomId: ROOM_ID,
			anchorOpenId: 'anchor-open-id',
			nickName: 'Anchor',
			avatarUrl: 'https://example.invalid/a.png',
		});
		collector = await startCollector();
		sandbox = await createSandbox();
		await sandbox.importCredentials([
			{
				...CREDENTIAL,
				data: {
					appId: APP.appId,
					appSecret: APP.appSecret,
					pushSecret: PUSH_SECRET,
					tokenBaseUrl: server.url,
					webcastBaseUrl: server.url,
				},
			},
		]);
	});

	afterAll(async () => {
		await sandbox?.dispose();
		await collector?.close();
		await server?.stop();
	});

	it('starts push tasks and reads their status (examples/douyin-live-start-tasks.json)', async () => {
		await sandbox.importWorkflow(loadExample('douyin-live-start-tasks.json'));
		const run = await sandbox.execute('dyLiveStartTasks01');
		expect(run.error).toBeUndefined();
		expect(run.status).toBe('success');
		expect(run.nodeItems('Start Push Tasks').map((i) => i.msgType)).toEqual([
			'live_comment',
			'live_gift',
			'live_like',
		]);
		expect(run.nodeItems('Check Task Status')).toEqual([
			expect.objectContaining({
				roomId: ROOM_ID,
				msgType: 'live_comment',
				status: 3,
				running: true,
			}),
			expect.objectContaining({ roomId: ROOM_ID, msgType: 'live_gift', status: 3, running: true }),
			expect.objectContaining({ roomId: ROOM_ID, msgType: 'live_like', status: 3, running: true }),
		]);
	});

	it('gets the room of a companion token with the int64 room id exact, and starts a push for it', async () => {
		await sandbox.importWorkflow(
			withNode(
				loadExample('douyin-live-room-from-companion-token.json'),
				'Get Room',
				(p) => (p.companionToken = 'companion-e2e'),
			),
		);
		const run = await sandbox.execute('dyLiveRoomInfo001');
		expect(run.error).toBeUndefined();
		expect(run.nodeItems('Get Room')[0]).toMatchObject({
			roomId: ROOM_ID,
			anchorOpenId: 'anchor-open-id',
		});
		expect(run.nodeItems('Start Gift Push')[0]).toMatchObject({
			roomId: ROOM_ID,
			msgType: 'live_gift',
			started: true,
		});
	});

	it('reads failed gift pushes across pages, looks up fans club levels and acks them', async () => {
		for (let i = 0; i < 3; i++)
			server.addFailedPush(ROOM_ID, 'live_gift', [
				gift(i + 1, { msg_id: `failed-${i}`, sec_openid: `fan-${i}` }),
			]);
		server.fansClub.set(ROOM_ID, { 'fan-1': { level_layer: 7, participate_time: 1685432708 } });
		server.rooms.get(ROOM_ID)!.set('live_fansclub', 3); // fans club look-ups need a running fans club push task
		await sandbox.importWorkflow(loadExample('douyin-live-backfill-fans-club.json'));
		const run = await sandbox.execute('dyLiveBackfill001');
		expect(run.error).toBeUndefined();
		expect(run.nodeItems('Failed Gifts').map((i) => i.msg_id)).toEqual([
			'failed-0',
			'failed-1',
			'failed-2',
		]);
		expect(run.nodeItems('Fans Club of Gifters').map((i) => [i.openId, i.isMember])).toEqual([
			['fan-0', false],
			['fan-1', true],
			['fan-2', false],
		]);
		expect(
			server.acks
				.filter((a) => a.ack_type === 2)
				.flatMap((a) => (a.data as Array<{ msg_id: string }>).map((d) => d.msg_id)),
		).toEqual(['failed-0', 'failed-1', 'failed-2']);
	});

	it("shows a clear error with Douyin's code when a task cannot start", async () => {
		const workflow = withNode(
			loadExample('douyin-live-start-tasks.json'),
			'Start Push Tasks',
			(p) => (p.roomId = '1999999999999999999'),
		);
		workflow.id = 'dyLiveBadRoom0001';
		await sandbox.importWorkflow(workflow);
		const run = await sandbox.execute('dyLiveBadRoom0001');
		expect(run.status).toBe('error');
		expect(run.error?.message).toContain('[5003019]');
		expect(JSON.stringify(run.raw)).not.toContain(APP.appSecret);
	});

	it('runs active workflows: failed pushes replayed on activation; signed pushes reach the game and are acked, forged ones get 401', async () => {
		const workflow = withNode(
			loadExample('douyin-live-push-to-game.json'),
			'Send to Game Server',
			(p) => (p.url = `${collector.url}/push`),
		);
		const webhookId = workflow.nodes.find(
			(n) => n.type === 'n8n-nodes-bytedance.douyinLiveTrigger',
		)!.webhookId;
		await sandbox.importWorkflow(workflow);
		await sandbox.publish('dyLivePushGame001');
		await sandbox.importWorkflow(
			withNode(
				loadExample('douyin-live-failed-data-trigger.json'),
				'Send to Game Server',
				(p) => (p.url = `${collector.url}/replay`),
			),
		);
		await sandbox.publish('dyLiveFailTrig001');
		collector.received.length = 0;
		const n8n = await sandbox.start();
		try {
			// n8n polls once when it activates a polling trigger.
			await collector.waitFor(3);
			expect(collector.received.map((r) => (r.body as { msgId: string }).msgId)).toEqual([
				'failed-0',
				'failed-1',
				'failed-2',
			]);

			const url = `${n8n.baseUrl}/webhook/${webhookId}/push`;
			await waitForWebhook(url);
			const head = await fetch(url, { method: 'HEAD' });
			expect(head.status).toBe(200);

			collector.received.length = 0;
			const acksBefore = server.acks.length;
			const messages = [comment('first'), comment('second')];
			const signed = await pushToCallback({
				url,
				roomId: ROOM_ID,
				msgType: 'live_comment',
				messages,
				secret: PUSH_SECRET,
			});
			expect(signed.status).toBe(200);
			const forged = await pushToCallback({
				url,
				roomId: ROOM_ID,
				msgType: 'live_gift',
				messages: [gift(99)],
				secret: 'forged-secret',
			});
			expect(forged.status).toBe(401);
			const duplicate = await pushToCallback({
				url,
				roomId: ROOM_ID,
				msgType: 'live_comment',
				messages: [messages[0]],
				secret: PUSH_SECRET,
			});
			expect(duplicate.status).toBe(200);

			await collector.waitFor(2);
			await new Promise((r) => setTimeout(r, 1500));
			expect(collector.received.map((r) => (r.body as { content: string }).content)).toEqual([
				'first',
				'second',
			]);
			expect(
				collector.received.every((r) => (r.body as { roomId: string }).roomId === ROOM_ID),
			).toBe(true);
			const newAcks = server.acks.slice(acksBefore);
			expect(
				newAcks
					.filter((a) => a.ack_type === 1)
					.flatMap((a) => (a.data as Array<{ msg_id: string }>).map((d) => d.msg_id))
					.sort(),
			).toEqual(messages.map((m) => m.msg_id).sort());
			expect(
				newAcks
					.filter((a) => a.ack_type === 2)
					.flatMap((a) => (a.data as Array<{ msg_id: string }>).map((d) => d.msg_id))
					.sort(),
			).toEqual(messages.map((m) => m.msg_id).sort());
		} finally {
			await n8n.stop();
		}
	});
});

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

	it('restarts n8n mid-backfill: 0 pushes re-emitted, 0 lost; a room that fails does not lose the rooms read before it; a push repeated after the restart runs once', async () => {
		// The workflows of the previous test, published again so this test also runs alone (-t), and a
		// second backfill workflow whose first room answers and whose second room Douyin refuses.
		await sandbox.importWorkflow(
			withNode(
				loadExample('douyin-live-push-to-game.json'),
				'Send to Game Server',
				(p) => (p.url = `${collector.url}/push`),
			),
		);
		await sandbox.publish('dyLivePushGame001');
		await sandbox.importWorkflow(
			withNode(
				loadExample('douyin-live-failed-data-trigger.json'),
				'Send to Game Server',
				(p) => (p.url = `${collector.url}/replay`),
			),
		);
		await sandbox.publish('dyLiveFailTrig001');
		const roomA = '7214015683695250236';
		const roomB = '7214015683695250237';
		server.addRoom(roomA).addRoom(roomB);
		server.failDataErrors.set(roomB, { err_no: 10001, err_msg: 'internal error' });
		for (const id of ['a1', 'a2', 'a3'])
			server.addFailedPush(roomA, 'live_gift', [gift(1, { msg_id: id })]);
		const partial = withNode(
			loadExample('douyin-live-failed-data-trigger.json'),
			'Send to Game Server',
			(p) => (p.url = `${collector.url}/replay-partial`),
		);
		partial.id = 'dyLiveFailTrig002';
		partial.nodes[0].parameters.roomIds = `${roomA},${roomB}`;
		await sandbox.importWorkflow(partial);
		await sandbox.publish('dyLiveFailTrig002');
		const pushWebhookId = loadExample('douyin-live-push-to-game.json') as {
			nodes: Array<{ type: string; webhookId?: string }>;
		};
		const webhookId = pushWebhookId.nodes.find(
			(n) => n.type === 'n8n-nodes-bytedance.douyinLiveTrigger',
		)!.webhookId;

		const backfill = (from: number, to: number) => {
			for (let i = from; i < to; i++)
				server.addFailedPush(ROOM_ID, 'live_gift', [gift(1, { msg_id: `bf-${i}` })]);
		};
		const received = (prefix: string) =>
			collector.received
				.map((r) => String((r.body as { msgId?: string }).msgId ?? ''))
				.filter((id) => id.startsWith(prefix));
		const waitUntil = async (check: () => boolean, what: string, timeoutMs = 90_000) => {
			const deadline = Date.now() + timeoutMs;
			while (!check()) {
				if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
				await new Promise((r) => setTimeout(r, 250));
			}
		};

		collector.received.length = 0;
		backfill(0, 3);
		const repeated = comment('sent twice', { msg_id: 'e2e-repeated-comment' });
		let n8n = await sandbox.start();
		try {
			// Activation poll: the new backfill, and every push of room A although room B fails.
			await waitUntil(() => received('bf-').length >= 3 && received('a').length >= 3, 'first poll');
			expect(received('a').sort()).toEqual(['a1', 'a2', 'a3']);
			expect(n8n.output()).toContain(`room ${roomB} (live_gift)`);

			// A second poll in the same process: the position must be saved again (the bug saved it once).
			backfill(3, 6);
			await waitUntil(() => received('bf-').length >= 6, 'the next minute poll');

			const url = `${n8n.baseUrl}/webhook/${webhookId}/push`;
			await waitForWebhook(url);
			const first = await pushToCallback({
				url,
				roomId: ROOM_ID,
				msgType: 'live_comment',
				messages: [repeated],
				secret: PUSH_SECRET,
			});
			expect(first.status).toBe(200);
			expect(JSON.parse(first.text)).toEqual({ received: true, emitted: 1 });
			await waitUntil(() => received('e2e-repeated').length === 1, 'the pushed comment');
		} catch (error) {
			throw new Error(
				`${(error as Error).message}\n--- n8n output ---\n${n8n.output().slice(-6000)}`,
			);
		} finally {
			await n8n.stop();
		}

		// Mid-backfill: more failed pushes arrive while n8n is down; room B still fails.
		backfill(6, 8);
		server.addFailedPush(roomA, 'live_gift', [gift(1, { msg_id: 'a4' })]);
		n8n = await sandbox.start();
		try {
			const url = `${n8n.baseUrl}/webhook/${webhookId}/push`;
			await waitForWebhook(url);
			await waitUntil(
				() => received('bf-').length >= 8 && received('a').length >= 4,
				'the activation poll after the restart',
			);
			const again = await pushToCallback({
				url,
				roomId: ROOM_ID,
				msgType: 'live_comment',
				messages: [repeated],
				secret: PUSH_SECRET,
			});
			expect(again.status).toBe(200);
			expect(JSON.parse(again.text)).toEqual({ received: true, emitted: 0 });
			await new Promise((r) => setTimeout(r, 3000));

			const ids = received('bf-');
			expect(ids).toHaveLength(8);
			expect([...new Set(ids)].sort()).toEqual(
				Array.from({ length: 8 }, (_, i) => `bf-${i}`).sort(),
			);
			expect(received('e2e-repeated')).toEqual(['e2e-repeated-comment']);
			expect(received('a').sort()).toEqual(['a1', 'a2', 'a3', 'a4']);
			// Room B's failure is reported, but it does not fail the activation of the workflow.
			expect(n8n.output()).toContain(`room ${roomB} (live_gift)`);
			expect(n8n.output()).not.toContain('There was a problem activating the workflow');
		} catch (error) {
			throw new Error(
				`${(error as Error).message}\n--- n8n output ---\n${n8n.output().slice(-6000)}`,
			);
		} finally {
			await n8n.stop();
		}
	});
});

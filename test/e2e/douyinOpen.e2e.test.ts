import { DouyinOpenServer } from '../servers/douyinOpen/DouyinOpenServer';
import { events, sendWebhook } from '../servers/douyinOpen/webhookSender';
import {
	createSandbox,
	loadExample,
	startCollector,
	withNode,
	type Collector,
	type N8nSandbox,
} from './realN8n';

jest.setTimeout(600_000);

const APP = { clientKey: 'awe2ekey0000001', clientSecret: 'e2e-client-secret-9d8c7b' };
const OWNER = 'open-id-e2e-owner';
const GROUP_ID = '@e2eGroupAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';
const CREDENTIAL = { id: 'douyin-open-e2e', name: 'Douyin Open (local)', type: 'douyinOpenApi' };

describe('Douyin Open in a real n8n, installed from the package tarball', () => {
	let server: DouyinOpenServer;
	let sandbox: N8nSandbox;
	let collector: Collector;
	let tokens: { accessToken: string; refreshToken: string; openId: string };

	beforeAll(async () => {
		server = await new DouyinOpenServer().addApp(APP).start();
		server.quota.set(OWNER, 2);
		server.addGroup(OWNER, GROUP_ID, 'E2E Fans');
		tokens = server.issueTokens(APP.clientKey, OWNER);
		// The stored access token is already expired: the node must refresh it on its own.
		server.expireAccessTokens();
		collector = await startCollector();
		sandbox = await createSandbox();
		await sandbox.importCredentials([
			{
				...CREDENTIAL,
				data: {
					clientKey: APP.clientKey,
					clientSecret: APP.clientSecret,
					...tokens,
					baseUrl: server.url,
				},
			},
		]);
	});

	afterAll(async () => {
		await sandbox?.dispose();
		await collector?.close();
		await server?.stop();
	});

	it('lists groups, sets a welcome message and greets each group (examples/douyin-open-groups-and-message.json)', async () => {
		await sandbox.importWorkflow(loadExample('douyin-open-groups-and-message.json'));
		const run = await sandbox.execute('dyOpenGroupsMsg01');
		expect(run.error).toBeUndefined();
		expect(run.status).toBe('success');
		expect(run.nodeItems('Get Quota')[0]).toMatchObject({ leftCount: 2 });
		expect(run.nodeItems('Get Fan Groups')).toEqual([
			expect.objectContaining({ groupId: GROUP_ID, groupName: 'E2E Fans' }),
		]);
		expect(run.nodeItems('Set Welcome Message')[0]).toMatchObject({
			groupId: GROUP_ID,
			settingType: 'welcome',
			success: true,
		});
		expect(run.nodeItems('Greet Group')[0]).toMatchObject({
			groupId: GROUP_ID,
			msgId: expect.stringMatching(/^@msg/),
		});
		expect(server.groups.get(GROUP_ID)!.settings[1]).toEqual([
			{ msg_type: 1, text: { text: 'Welcome to E2E Fans!' } },
		]);
		expect(server.refreshCalls).toBe(1);
		const raw = JSON.stringify(run.raw);
		for (const secret of [APP.clientSecret, tokens.accessToken, tokens.refreshToken])
			expect(raw).not.toContain(secret);
	});

	it('approves every pending join request across pages (examples/douyin-open-review-join-requests.json)', async () => {
		for (let i = 0; i < 25; i++) server.addJoinRequest(GROUP_ID, `applicant-${i}`);
		await sandbox.importWorkflow(loadExample('douyin-open-review-join-requests.json'));
		const run = await sandbox.execute('dyOpenJoinReview1');
		expect(run.error).toBeUndefined();
		expect(run.nodeItems('Get Join Requests')).toHaveLength(25);
		expect(
			run
				.nodeItems('Approve Join Request')
				.every((i) => i.decision === 'approved' && i.success === true),
		).toBe(true);
		expect(server.joinRequests.every((r) => r.apply_status === 2)).toBe(true);
		// Each `n8n execute` is a new process: it starts from the stored (expired) token, so the first page
		// is asked twice, around one refresh.
		expect(server.requestsTo('/im/group/enter/audit/get/').map((r) => r.query.cursor)).toEqual([
			'0',
			'0',
			'7300000000000000020',
		]);
		expect(server.refreshCalls).toBe(2);
	});

	it("shows Douyin's code and message when a call fails", async () => {
		const workflow = withNode(
			loadExample('douyin-open-groups-and-message.json'),
			'Greet Group',
			(p) => (p.groupId = '@notMine='),
		);
		workflow.id = 'dyOpenBadGroup01';
		await sandbox.importWorkflow(workflow);
		const run = await sandbox.execute('dyOpenBadGroup01');
		expect(run.status).toBe('error');
		expect(run.error?.message).toContain('[2100005]');
		expect(JSON.stringify(run.raw)).not.toContain(APP.clientSecret);
	});

	it('runs the trigger workflow: challenge answered, signed events forwarded once, forged ones refused', async () => {
		const workflow = withNode(
			loadExample('douyin-open-trigger.json'),
			'Forward Event',
			(p) => (p.url = `${collector.url}/douyin`),
		);
		const webhookId = workflow.nodes.find(
			(n) => n.type === 'n8n-nodes-bytedance.douyinOpenTrigger',
		)!.webhookId;
		await sandbox.importWorkflow(workflow);
		await sandbox.publish('dyOpenTrigger0001');
		collector.received.length = 0;
		const n8n = await sandbox.start();
		try {
			const url = `${n8n.baseUrl}/webhook/${webhookId}/webhook`;
			const send = (
				body: Record<string, unknown> | string,
				options: Partial<Parameters<typeof sendWebhook>[1]> = {},
			) => sendWebhook(url, { clientSecret: APP.clientSecret, body, ...options });

			// n8n prints "Editor is now accessible" before it has registered the published workflow's
			// webhooks; the URL check starts nothing, so it doubles as the readiness probe.
			let challenge = await send(events.verify(APP.clientKey, 424242));
			for (let attempt = 0; challenge.status === 404 && attempt < 60; attempt++) {
				await new Promise((r) => setTimeout(r, 500));
				challenge = await send(events.verify(APP.clientKey, 424242));
			}
			expect(challenge.status).toBe(200);
			expect(challenge.json).toEqual({ challenge: 424242 });

			const forged = await send(
				events.groupMessage(APP.clientKey, {
					groupId: GROUP_ID,
					ownerId: OWNER,
					fromUserId: 'mallory',
					text: 'forged',
				}),
				{ signature: 'forged' },
			);
			expect(forged.status).toBe(401);
			const unsigned = await send(
				events.groupMessage(APP.clientKey, {
					groupId: GROUP_ID,
					ownerId: OWNER,
					fromUserId: 'mallory',
					text: 'unsigned',
				}),
				{ signature: 'missing' },
			);
			expect(unsigned.status).toBe(401);

			const message = events.groupMessage(APP.clientKey, {
				groupId: GROUP_ID,
				ownerId: OWNER,
				fromUserId: 'fan-1',
				text: '你好 n8n',
				serverMessageId: '7300000000000000999',
			});
			expect((await send(message, { msgId: 'e2e-msg-1' })).status).toBe(200);
			expect((await send(message, { msgId: 'e2e-msg-1' })).status).toBe(200); // Douyin's retry: dropped
			expect(
				(
					await send(
						events.fanJoined(APP.clientKey, { groupId: GROUP_ID, ownerId: OWNER, userId: 'fan-2' }),
						{ msgId: 'e2e-join-1' },
					)
				).status,
			).toBe(200);
			expect(
				(
					await send(
						events.joinRequest(APP.clientKey, {
							groupId: GROUP_ID,
							ownerId: OWNER,
							userId: 'fan-3',
							applyId: '7100000000000000042',
						}),
						{ msgId: 'e2e-audit-1' },
					)
				).status,
			).toBe(200);
			// Not in the trigger's event filter: acknowledged, not forwarded.
			expect(
				(await send({ ...message, event: 'im_group_send_msg' }, { msgId: 'e2e-sent-1' })).status,
			).toBe(200);

			await collector.waitFor(3);
			await new Promise((r) => setTimeout(r, 1500));
			const bodies = collector.received.map((r) => r.body as Record<string, unknown>);
			expect(bodies.map((b) => b.event).sort()).toEqual([
				'enter_group_audit_change',
				'group_fans_event',
				'im_group_receive_msg',
			]);
			expect(bodies.find((b) => b.event === 'im_group_receive_msg')).toMatchObject({
				msgId: 'e2e-msg-1',
				groupId: GROUP_ID,
				text: '你好 n8n',
				serverMessageId: '7300000000000000999',
			});
			expect(bodies.find((b) => b.event === 'group_fans_event')).toMatchObject({
				groupId: GROUP_ID,
				fromUserId: 'fan-2',
				content: { im_group_id: GROUP_ID, create_group_type: '5' },
			});
			expect(bodies.find((b) => b.event === 'enter_group_audit_change')).toMatchObject({
				applyId: '7100000000000000042',
				content: { apply_status: 1 },
			});
			expect(bodies.some((b) => JSON.stringify(b).includes('mallory'))).toBe(false);
		} catch (error) {
			throw new Error(
				`${(error as Error).message}\n--- n8n output ---\n${n8n.output().slice(-6000)}`,
			);
		} finally {
			await n8n.stop();
		}
	});

	it('after a restart (memory lost, database kept) a retried Msg-Id runs no second time; accepted events get a JSON answer', async () => {
		// The trigger workflow of the previous test stays published; it already ran Msg-Id e2e-msg-1.
		const webhookId = (
			loadExample('douyin-open-trigger.json') as {
				nodes: Array<{ type: string; webhookId?: string }>;
			}
		).nodes.find((n) => n.type === 'n8n-nodes-bytedance.douyinOpenTrigger')!.webhookId;
		collector.received.length = 0;
		const n8n = await sandbox.start();
		try {
			const url = `${n8n.baseUrl}/webhook/${webhookId}/webhook`;
			const send = (body: Record<string, unknown>, msgId: string) =>
				sendWebhook(url, { clientSecret: APP.clientSecret, body, msgId });
			let probe = await send(events.verify(APP.clientKey, 1), 'probe');
			for (let attempt = 0; probe.status === 404 && attempt < 60; attempt++) {
				await new Promise((r) => setTimeout(r, 500));
				probe = await send(events.verify(APP.clientKey, 1), 'probe');
			}
			const message = events.groupMessage(APP.clientKey, {
				groupId: GROUP_ID,
				ownerId: OWNER,
				fromUserId: 'fan-1',
				text: '你好 n8n',
				serverMessageId: '7300000000000000999',
			});
			const retried = await send(message, 'e2e-msg-1');
			expect(retried.status).toBe(200);
			expect(retried.json).toEqual({ status: 'duplicate', msgId: 'e2e-msg-1' });

			const fresh = await send({ ...message, log_id: 'after-restart' }, 'e2e-msg-2');
			expect(fresh.status).toBe(200);
			expect(fresh.json).toEqual({
				status: 'received',
				event: 'im_group_receive_msg',
				msgId: 'e2e-msg-2',
			});
			await collector.waitFor(1);
			await new Promise((r) => setTimeout(r, 2000));
			expect(collector.received.map((r) => (r.body as { msgId: string }).msgId)).toEqual([
				'e2e-msg-2',
			]);
		} catch (error) {
			throw new Error(
				`${(error as Error).message}\n--- n8n output ---\n${n8n.output().slice(-6000)}`,
			);
		} finally {
			await n8n.stop();
		}
	});
});

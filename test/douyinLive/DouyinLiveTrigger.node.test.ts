import { Workflow, type IDataObject, type INode, type INodeTypes } from 'n8n-workflow';

import { DouyinLiveTrigger } from '../../nodes/DouyinLive/DouyinLiveTrigger.node';
import { toPushMessage } from '../../nodes/DouyinLive/transport/pushMessages';
import { douyinLiveTokenCache } from '../../nodes/DouyinLive/transport/tokenCache';
import type { DouyinLiveServer } from '../servers/douyinLive/DouyinLiveServer';
import { comment, gift, pushToCallback } from '../servers/douyinLive/pusher';
import { serveWebhook, type WebhookServer } from '../helpers/n8nEngine';
import { ROOM_ID, credentialsFor, startDouyinServer } from './fixtures';

const SECRET = 'push-secret-1234';

describe('Douyin Live Trigger through n8n webhook handling', () => {
	let server: DouyinLiveServer;
	let webhook: WebhookServer;

	const serve = async (parameters: Record<string, unknown> = {}) => {
		webhook = await serveWebhook({
			nodeType: new DouyinLiveTrigger(),
			parameters: {
				msgTypes: ['live_comment', 'live_gift', 'live_like', 'live_fansclub'],
				options: {},
				...parameters,
			} as never,
			credentials: credentialsFor(server),
		});
	};

	beforeEach(async () => {
		douyinLiveTokenCache.clear();
		server = await startDouyinServer();
	});
	afterEach(async () => {
		await webhook?.close();
		await server.stop();
	});

	it('emits one item per message of a correctly signed push, room id exact', async () => {
		await serve();
		const messages = [comment('hello'), comment('加油')];
		const answer = await pushToCallback({
			url: webhook.url,
			roomId: ROOM_ID,
			msgType: 'live_comment',
			messages,
			secret: SECRET,
		});
		expect(answer.status).toBe(200);
		expect(webhook.executions).toHaveLength(1);
		expect(webhook.executions[0].map((i) => i.json)).toEqual([
			expect.objectContaining({
				msgId: messages[0].msg_id,
				msgType: 'live_comment',
				roomId: ROOM_ID,
				content: 'hello',
			}),
			expect.objectContaining({ msgId: messages[1].msg_id, content: '加油' }),
		]);
	});

	it('answers 401 and emits nothing for a forged or missing signature', async () => {
		await serve();
		const forged = await pushToCallback({
			url: webhook.url,
			roomId: ROOM_ID,
			msgType: 'live_gift',
			messages: [gift(1)],
			secret: 'not-the-secret',
		});
		const missing = await pushToCallback({
			url: webhook.url,
			roomId: ROOM_ID,
			msgType: 'live_gift',
			messages: [gift(1)],
			secret: SECRET,
			signature: null,
		});
		expect([forged.status, missing.status]).toEqual([401, 401]);
		expect(webhook.executions).toHaveLength(0);
	});

	it('rejects a signature over a body that was changed in transit', async () => {
		await serve();
		const original = JSON.stringify([gift(1)]);
		const { signPush } = await import('../../nodes/DouyinLive/transport/pushSignature');
		const headers = {
			'x-nonce-str': 'n',
			'x-timestamp': '1',
			'x-roomid': ROOM_ID,
			'x-msg-type': 'live_gift',
		};
		const signature = signPush(headers, original, SECRET);
		const tampered = original.replace('"gift_num":1', '"gift_num":99');
		const response = await fetch(webhook.url, {
			method: 'POST',
			headers: { ...headers, 'content-type': 'application/json', 'x-signature': signature },
			body: tampered,
		});
		expect(response.status).toBe(401);
		expect(webhook.executions).toHaveLength(0);
	});

	it('drops a message whose msg_id was already emitted', async () => {
		await serve();
		const message = gift(3);
		await pushToCallback({
			url: webhook.url,
			roomId: ROOM_ID,
			msgType: 'live_gift',
			messages: [message],
			secret: SECRET,
		});
		await pushToCallback({
			url: webhook.url,
			roomId: ROOM_ID,
			msgType: 'live_gift',
			messages: [message, gift(4)],
			secret: SECRET,
		});
		expect(webhook.executions.map((e) => e.map((i) => i.json.gift_num))).toEqual([[3], [4]]);
	});

	it('filters by message type and optionally drops platform test data', async () => {
		await serve({ msgTypes: ['live_gift'], options: { ignoreTestData: true } });
		const like = await pushToCallback({
			url: webhook.url,
			roomId: ROOM_ID,
			msgType: 'live_like',
			messages: [{ msg_id: 'l1', like_num: 5 }],
			secret: SECRET,
		});
		await pushToCallback({
			url: webhook.url,
			roomId: ROOM_ID,
			msgType: 'live_gift',
			messages: [gift(1, { test: true }), gift(2)],
			secret: SECRET,
		});
		expect(like.status).toBe(200);
		expect(webhook.executions.map((e) => e.map((i) => i.json.gift_num))).toEqual([[2]]);
	});

	it('verifies with a per-type data secret when one is set', async () => {
		await serve({ options: { giftSecret: 'gift-only-secret' } });
		const answer = await pushToCallback({
			url: webhook.url,
			roomId: ROOM_ID,
			msgType: 'live_gift',
			messages: [gift(1)],
			secret: 'gift-only-secret',
		});
		expect(answer.status).toBe(200);
		expect(webhook.executions).toHaveLength(1);
	});

	it('answers 400 for a signed body that is not JSON, and emits nothing', async () => {
		await serve();
		const answer = await pushToCallback({
			url: webhook.url,
			roomId: ROOM_ID,
			msgType: 'live_comment',
			messages: [],
			rawBody: 'not json',
			secret: SECRET,
		});
		expect(answer.status).toBe(400);
		expect(webhook.executions).toHaveLength(0);
	});

	it('answers HEAD with 200 for the console test domain check', async () => {
		await serve();
		const response = await fetch(webhook.url, { method: 'HEAD' });
		expect(response.status).toBe(200);
	});

	it('keeps int64 numbers in pushed messages exact', async () => {
		await serve();
		await pushToCallback({
			url: webhook.url,
			roomId: ROOM_ID,
			msgType: 'live_comment',
			messages: [],
			rawBody: '[{"msg_id":"x1","content":"hi","user_id":7214015683695250235}]',
			secret: SECRET,
		});
		expect(webhook.executions[0][0].json.user_id).toBe('7214015683695250235');
	});

	it('reports a received ack for emitted messages when asked', async () => {
		await serve({ options: { reportAck: true } });
		const message = gift(1);
		await pushToCallback({
			url: webhook.url,
			roomId: ROOM_ID,
			msgType: 'live_gift',
			messages: [message],
			secret: SECRET,
		});
		for (let i = 0; i < 50 && server.acks.length === 0; i++)
			await new Promise((r) => setTimeout(r, 20));
		expect(server.acks).toEqual([
			expect.objectContaining({
				room_id: ROOM_ID,
				ack_type: 1,
				data: [expect.objectContaining({ msg_id: message.msg_id, msg_type: 'live_gift' })],
			}),
		]);
	});

	it("answers an accepted push with a small JSON body of its own, not n8n's fallback", async () => {
		await serve();
		const accepted = await pushToCallback({
			url: webhook.url,
			roomId: ROOM_ID,
			msgType: 'live_comment',
			messages: [comment('a'), comment('b')],
			secret: SECRET,
		});
		expect(accepted.status).toBe(200);
		expect(JSON.parse(accepted.text)).toEqual({ received: true, emitted: 2 });
		expect(webhook.executions).toHaveLength(1);
	});
});

describe('Douyin Live Trigger duplicates across n8n processes', () => {
	const nodeType = new DouyinLiveTrigger();
	const node: INode = {
		id: 'trigger-node',
		name: 'Douyin Live Trigger',
		type: 'n8n-nodes-bytedance.douyinLiveTrigger',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	};
	const nodeTypes: INodeTypes = {
		getByName: () => nodeType,
		getByNameAndVersion: () => nodeType,
		getKnownTypes: () => ({}),
	};
	type DropDelivered = typeof import('../../nodes/DouyinLive/trigger/pushRequest').dropDelivered;
	/** A fresh copy of the module, as another n8n process (or the same one after a restart) has it. */
	const processMemory = (): DropDelivered => {
		let loaded!: DropDelivered;
		jest.isolateModules(() => {
			loaded = (
				jest.requireActual('../../nodes/DouyinLive/trigger/pushRequest') as {
					dropDelivered: DropDelivered;
				}
			).dropDelivered;
		});
		return loaded;
	};

	/**
	 * One production webhook request as n8n's LiveWebhooks serves it in any process: the workflow and its
	 * static data are read from the database, the trigger reads its node static data, and the static data
	 * is written back when the observed object reports `__dataChanged`.
	 */
	const request = (database: { staticData: string }, drop: DropDelivered, msgIds: string[]) => {
		const workflow = new Workflow({
			id: 'wf-1',
			nodes: [node],
			connections: {},
			active: true,
			nodeTypes,
			staticData: JSON.parse(database.staticData) as IDataObject,
		});
		const messages = msgIds.map((id) => toPushMessage({ msg_id: id }, 'live_gift', ROOM_ID));
		const kept = drop(messages, workflow.getStaticData('node', node), 'wf-1', node.name);
		if (workflow.staticData.__dataChanged === true)
			database.staticData = JSON.stringify(workflow.staticData);
		return kept.map((m) => m.msgId);
	};

	it('runs a msg_id once when the same push reaches two processes, or one process before and after a restart', () => {
		const database = { staticData: '{}' };
		const main = processMemory();
		const webhookProcessor = processMemory();
		expect(request(database, main, ['m1', 'm2'])).toEqual(['m1', 'm2']);
		expect(request(database, webhookProcessor, ['m1', 'm2', 'm3'])).toEqual(['m3']);
		const restarted = processMemory();
		expect(request(database, restarted, ['m3', 'm4'])).toEqual(['m4']);
	});

	it('forgets the oldest msg_ids beyond its bound, keeping the static data small', () => {
		const database = { staticData: '{}' };
		const ids = Array.from({ length: 2100 }, (_, i) => `id-${i}`);
		expect(request(database, processMemory(), ids)).toHaveLength(2100);
		const saved = JSON.parse(database.staticData) as Record<string, { deliveredMsgIds: string[] }>;
		const kept = saved['node:Douyin Live Trigger'].deliveredMsgIds;
		expect(kept).toHaveLength(2000);
		expect(kept[0]).toBe('id-100');
	});
});

import { Workflow, type IDataObject, type INode, type INodeTypes } from 'n8n-workflow';

import { DouyinOpenTrigger } from '../../nodes/DouyinOpen/DouyinOpenTrigger.node';
import { seenMsgIds } from '../../nodes/DouyinOpen/trigger/webhook';
import { serveWebhook, type WebhookServer } from '../helpers/n8nEngine';
import { events, sendWebhook } from '../servers/douyinOpen/webhookSender';
import { APP, GROUP_ID, OWNER } from './fixtures';

const nodeType = new DouyinOpenTrigger();
const credentials = {
	douyinOpenApi: {
		clientKey: APP.clientKey,
		clientSecret: APP.clientSecret,
		baseUrl: 'http://127.0.0.1:9',
	},
};
const ALL_GROUP_EVENTS = [
	'im_group_receive_msg',
	'im_group_send_msg',
	'group_fans_event',
	'enter_group_audit_change',
];

describe("Douyin Open Trigger through n8n's WebhookContext", () => {
	let hook: WebhookServer;

	const serve = async (eventsParameter: string[] = ALL_GROUP_EVENTS) => {
		hook = await serveWebhook({ nodeType, parameters: { events: eventsParameter }, credentials });
	};
	const send = (
		body: Record<string, unknown> | string,
		options: Partial<Parameters<typeof sendWebhook>[1]> = {},
	) => sendWebhook(hook.url, { clientSecret: APP.clientSecret, body, ...options });

	beforeEach(() => seenMsgIds.clear());
	afterEach(() => hook?.close());

	it('answers the verify_webhook challenge with the same number and starts nothing', async () => {
		await serve();
		const answer = await send(events.verify(APP.clientKey, 987654));
		expect(answer.status).toBe(200);
		expect(answer.text).toBe('{"challenge":987654}');
		expect(hook.executions).toHaveLength(0);
	});

	it('echoes a challenge above 2^53 digit for digit, also when sent unsigned', async () => {
		await serve();
		const answer = await send(
			`{"event":"verify_webhook","client_key":"${APP.clientKey}","content":{"challenge":92233720368547758}}`,
			{ signature: 'missing' },
		);
		expect(answer.status).toBe(200);
		expect(answer.text).toBe('{"challenge":92233720368547758}');
	});

	it('refuses a challenge with a wrong signature', async () => {
		await serve();
		const answer = await send(events.verify(APP.clientKey), { signature: 'forged' });
		expect(answer.status).toBe(401);
	});

	it('emits a group message with a valid signature over the raw bytes', async () => {
		await serve();
		const answer = await send(
			events.groupMessage(APP.clientKey, {
				groupId: GROUP_ID,
				ownerId: OWNER,
				fromUserId: 'fan-1',
				text: '你好',
				serverMessageId: '7300000000000000123',
			}),
			{ msgId: 'msg-1' },
		);
		expect(answer.status).toBe(200);
		expect(hook.executions).toHaveLength(1);
		expect(hook.executions[0][0].json).toMatchObject({
			event: 'im_group_receive_msg',
			eventName: 'Group Message Received',
			msgId: 'msg-1',
			clientKey: APP.clientKey,
			fromUserId: 'fan-1',
			toUserId: OWNER,
			groupId: GROUP_ID,
			serverMessageId: '7300000000000000123',
			messageType: 'text',
			text: '你好',
			content: expect.objectContaining({ conversation_short_id: GROUP_ID, conversation_type: 2 }),
		});
	});

	it('parses the stringified content of join and join-request events', async () => {
		await serve();
		await send(
			events.fanJoined(APP.clientKey, { groupId: GROUP_ID, ownerId: OWNER, userId: 'fan-2' }),
		);
		await send(
			events.joinRequest(APP.clientKey, {
				groupId: GROUP_ID,
				ownerId: OWNER,
				userId: 'fan-3',
				applyId: '7100000000000000009',
			}),
		);
		expect(hook.executions.map((e) => e[0].json.event)).toEqual([
			'group_fans_event',
			'enter_group_audit_change',
		]);
		expect(hook.executions[0][0].json).toMatchObject({
			groupId: GROUP_ID,
			fromUserId: 'fan-2',
			content: { im_group_id: GROUP_ID, group_type: 1, create_group_type: '5', open_id: OWNER },
		});
		expect(hook.executions[1][0].json).toMatchObject({
			groupId: GROUP_ID,
			applyId: '7100000000000000009',
			applyStatus: 1,
			content: { user_nicker: '申请人' },
		});
	});

	it('keeps int64 numbers in content exact', async () => {
		await serve();
		const body = `{"event":"im_group_receive_msg","client_key":"${APP.clientKey}","from_user_id":"u","to_user_id":"o","content":{"conversation_short_id":"${GROUP_ID}","server_message_id":7300000000000000123,"message_type":"text","text":"x"}}`;
		await send(body);
		expect(hook.executions[0][0].json.serverMessageId).toBe('7300000000000000123');
	});

	it.each([
		['forged', 'forged' as const],
		['missing', 'missing' as const],
		['malformed', { value: 'not-a-signature' }],
	])('answers 401 and emits nothing for a %s signature', async (_name, signature) => {
		await serve();
		const answer = await send(
			events.groupMessage(APP.clientKey, {
				groupId: GROUP_ID,
				ownerId: OWNER,
				fromUserId: 'fan',
				text: 'evil',
			}),
			{ signature },
		);
		expect(answer.status).toBe(401);
		expect(answer.json).toEqual({ error: expect.stringMatching(/X-Douyin-Signature/) });
		expect(hook.executions).toHaveLength(0);
	});

	it('refuses a body changed after signing', async () => {
		await serve();
		const original = JSON.stringify(
			events.groupMessage(APP.clientKey, {
				groupId: GROUP_ID,
				ownerId: OWNER,
				fromUserId: 'fan',
				text: 'pay 1',
			}),
		);
		const { douyinSignature } = await import('../servers/douyinOpen/webhookSender');
		const answer = await send(original.replace('pay 1', 'pay 9'), {
			signature: { value: douyinSignature(APP.clientSecret, original) },
		});
		expect(answer.status).toBe(401);
		expect(hook.executions).toHaveLength(0);
	});

	it('drops a repeated Msg-Id, and a forged repeat does not use up the id', async () => {
		await serve();
		const body = events.groupMessage(APP.clientKey, {
			groupId: GROUP_ID,
			ownerId: OWNER,
			fromUserId: 'fan',
			text: 'once',
		});
		expect((await send(body, { msgId: 'dup-1', signature: 'forged' })).status).toBe(401);
		const first = await send(body, { msgId: 'dup-1' });
		const second = await send(body, { msgId: 'dup-1' });
		const other = await send(body, { msgId: 'dup-2' });
		expect([first.status, second.status, other.status]).toEqual([200, 200, 200]);
		expect(second.json).toEqual({ status: 'duplicate', msgId: 'dup-1' });
		expect(hook.executions.map((e) => e[0].json.msgId)).toEqual(['dup-1', 'dup-2']);
	});

	it('acknowledges but does not emit events outside the filter, and Any Other Event catches the rest', async () => {
		await serve(['group_fans_event']);
		const answer = await send(
			events.groupMessage(APP.clientKey, {
				groupId: GROUP_ID,
				ownerId: OWNER,
				fromUserId: 'fan',
				text: 'x',
			}),
		);
		expect(answer.status).toBe(200);
		expect(answer.json).toEqual({ status: 'ignored', event: 'im_group_receive_msg' });
		expect(hook.executions).toHaveLength(0);
		await hook.close();
		await serve(['*']);
		await send({
			event: 'im_receive_msg',
			client_key: APP.clientKey,
			content: { text: 'private' },
		});
		await send(
			events.groupMessage(APP.clientKey, {
				groupId: GROUP_ID,
				ownerId: OWNER,
				fromUserId: 'fan',
				text: 'x',
			}),
		);
		expect(hook.executions.map((e) => e[0].json.event)).toEqual(['im_receive_msg']);
	});

	it('answers 400 for a body that is not a JSON event', async () => {
		await serve();
		expect((await send('not json')).status).toBe(400);
		expect((await send('{"content":{}}')).status).toBe(400);
		expect(hook.executions).toHaveLength(0);
	});

	it("answers an accepted event with a small JSON body of its own, not n8n's fallback", async () => {
		await serve();
		const answer = await send(
			events.fanJoined(APP.clientKey, { groupId: GROUP_ID, ownerId: OWNER, userId: 'fan-9' }),
			{ msgId: 'join-9' },
		);
		expect(answer.status).toBe(200);
		expect(JSON.parse(answer.text)).toEqual({
			status: 'received',
			event: 'group_fans_event',
			msgId: 'join-9',
		});
		expect(hook.executions).toHaveLength(1);
	});
});

describe('Douyin Open Trigger duplicates across n8n processes', () => {
	const node: INode = {
		id: 'open-trigger',
		name: 'Douyin Open Trigger',
		type: 'n8n-nodes-bytedance.douyinOpenTrigger',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	};
	const nodeTypes: INodeTypes = {
		getByName: () => nodeType,
		getByNameAndVersion: () => nodeType,
		getKnownTypes: () => ({}),
	};
	type IsRepeat = typeof import('../../nodes/DouyinOpen/trigger/webhook').isRepeatDelivery;
	/** A fresh copy of the module: another n8n process, or the same one after a restart. */
	const processMemory = (): IsRepeat => {
		let loaded!: IsRepeat;
		jest.isolateModules(() => {
			loaded = (
				jest.requireActual('../../nodes/DouyinOpen/trigger/webhook') as {
					isRepeatDelivery: IsRepeat;
				}
			).isRepeatDelivery;
		});
		return loaded;
	};
	/** One production webhook request as n8n serves it: static data read from and saved to the database. */
	const deliver = (database: { staticData: string }, isRepeat: IsRepeat, msgId: string) => {
		const workflow = new Workflow({
			id: 'wf-open',
			nodes: [node],
			connections: {},
			active: true,
			nodeTypes,
			staticData: JSON.parse(database.staticData) as IDataObject,
		});
		const repeat = isRepeat(workflow.getStaticData('node', node), 'wf-open\nopen-trigger', msgId);
		if (workflow.staticData.__dataChanged === true)
			database.staticData = JSON.stringify(workflow.staticData);
		return repeat;
	};

	it('runs a Msg-Id once when the retry reaches another process or the same one after a restart', () => {
		const database = { staticData: '{}' };
		expect(deliver(database, processMemory(), 'msg-a')).toBe(false);
		expect(deliver(database, processMemory(), 'msg-a')).toBe(true);
		expect(deliver(database, processMemory(), 'msg-b')).toBe(false);
		expect(deliver(database, processMemory(), 'msg-a')).toBe(true);
	});
});

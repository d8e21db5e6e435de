import { DouyinLive } from '../../nodes/DouyinLive/DouyinLive.node';
import { douyinLiveGameApiTest } from '../../nodes/DouyinLive/credentials';
import { douyinLiveTokenCache } from '../../nodes/DouyinLive/transport/tokenCache';
import type { DouyinLiveServer } from '../servers/douyinLive/DouyinLiveServer';
import { executeNode } from '../helpers/n8nEngine';
import { APP, COMPANION_TOKEN, ROOM_ID, credentialsFor, startDouyinServer } from './fixtures';

const nodeType = new DouyinLive();

describe('Douyin Live node through the n8n execution engine', () => {
	let server: DouyinLiveServer;

	beforeEach(async () => {
		douyinLiveTokenCache.clear();
		server = await startDouyinServer();
	});
	afterEach(() => server.stop());

	const run = (
		parameters: Record<string, unknown>,
		options: {
			items?: Array<Record<string, unknown>>;
			continueOnFail?: boolean;
			credentials?: ReturnType<typeof credentialsFor>;
		} = {},
	) =>
		executeNode({
			nodeType,
			parameters: parameters as never,
			credentials: options.credentials ?? credentialsFor(server),
			items: options.items as never,
			continueOnFail: options.continueOnFail,
		});

	it('starts one push task per chosen message type and keeps the room id exact', async () => {
		const { items, error } = await run({
			resource: 'task',
			operation: 'start',
			roomId: ROOM_ID,
			msgTypes: ['live_comment', 'live_gift'],
		});
		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual([
			expect.objectContaining({
				roomId: ROOM_ID,
				msgType: 'live_comment',
				started: true,
				taskId: expect.any(String),
			}),
			expect.objectContaining({ roomId: ROOM_ID, msgType: 'live_gift', started: true }),
		]);
		expect(server.rooms.get(ROOM_ID)!.get('live_gift')).toBe(3);
		const sent = JSON.parse(server.requestsTo('/api/live_data/task/start')[0].body);
		expect(sent).toEqual({ roomid: ROOM_ID, appid: APP.appId, msg_type: 'live_comment' });
	});

	it('reports task status as running only for status 3, and stops tasks', async () => {
		await run({ resource: 'task', operation: 'start', roomId: ROOM_ID, msgTypes: ['live_like'] });
		let { items } = await run({
			resource: 'task',
			operation: 'getStatus',
			roomId: ROOM_ID,
			msgTypes: ['live_like', 'live_comment'],
		});
		expect(items.map((i) => [i.json.msgType, i.json.status, i.json.running])).toEqual([
			['live_like', 3, true],
			['live_comment', 2, false],
		]);
		await run({ resource: 'task', operation: 'stop', roomId: ROOM_ID, msgTypes: ['live_like'] });
		({ items } = await run({
			resource: 'task',
			operation: 'getStatus',
			roomId: ROOM_ID,
			msgTypes: ['live_like'],
		}));
		expect(items[0].json).toMatchObject({ status: 2, statusName: 'notStarted', running: false });
	});

	it('reads the room id of a companion token as an exact string', async () => {
		const { items } = await run({
			resource: 'room',
			operation: 'getInfo',
			companionToken: COMPANION_TOKEN,
		});
		expect(items[0].json).toMatchObject({
			roomId: ROOM_ID,
			anchorOpenId: 'anchor-open-id',
			nickName: '主播',
		});
		expect(server.requestsTo('/api/webcastmate/info')[0].headers['x-token']).toMatch(/^0801121/);
	});

	it('maps a room id from the input item through an expression', async () => {
		const { items } = await run(
			{
				resource: 'task',
				operation: 'getStatus',
				roomId: '={{ $json.roomId }}',
				msgTypes: ['live_gift'],
			},
			{ items: [{ roomId: ROOM_ID }, { roomId: '42' }] },
		);
		expect(items.map((i) => [i.json.roomId, i.json.status])).toEqual([
			[ROOM_ID, 2],
			['42', 1],
		]);
		expect(items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	});

	it('returns every failed push across pages with Return All, payloads parsed into items', async () => {
		for (let i = 0; i < 7; i++)
			server.addFailedPush(ROOM_ID, 'live_gift', [
				{
					msg_id: `m${i}`,
					sec_gift_id: 'g',
					gift_num: i,
					gift_value: 100,
					sec_openid: `u${i}`,
					timestamp: 1649068964,
				},
			]);
		const { items } = await run({
			resource: 'failedData',
			operation: 'getMany',
			roomId: ROOM_ID,
			msgType: 'live_gift',
			returnAll: true,
			options: { pageSize: 3 },
		});
		expect(items.map((i) => i.json.msg_id)).toEqual(['m0', 'm1', 'm2', 'm3', 'm4', 'm5', 'm6']);
		expect(items[4].json).toMatchObject({
			roomId: ROOM_ID,
			msgType: 'live_gift',
			pageNum: 2,
			gift_num: 4,
		});
		expect(
			server.requestsTo('/api/live_data/task/fail_data/get').map((r) => r.query.page_num),
		).toEqual(['1', '2', '3']);
	});

	it('stops at the limit when Return All is off', async () => {
		for (let i = 0; i < 5; i++)
			server.addFailedPush(ROOM_ID, 'live_fansclub', [
				{ msg_id: `f${i}`, fansclub_reason_type: 2, fansclub_level: 1 },
			]);
		const { items } = await run({
			resource: 'failedData',
			operation: 'getMany',
			roomId: ROOM_ID,
			msgType: 'live_fansclub',
			returnAll: false,
			limit: 2,
			options: { pageSize: 2 },
		});
		expect(items.map((i) => i.json.msg_id)).toEqual(['f0', 'f1']);
		expect(server.requestsTo('/api/live_data/task/fail_data/get')).toHaveLength(1);
	});

	it('looks up fans club members, splitting more than 10 users into several calls', async () => {
		await run({
			resource: 'task',
			operation: 'start',
			roomId: ROOM_ID,
			msgTypes: ['live_fansclub'],
		});
		server.fansClub.set(ROOM_ID, { user3: { level_layer: 4, participate_time: 1685432708 } });
		const users = Array.from({ length: 12 }, (_, i) => `user${i}`).join(',');
		const { items } = await run({
			resource: 'fansClub',
			operation: 'getInfo',
			roomId: ROOM_ID,
			anchorOpenId: 'anchor',
			userOpenIds: users,
		});
		expect(items).toHaveLength(12);
		expect(items[3].json).toMatchObject({
			openId: 'user3',
			isMember: true,
			levelLayer: 4,
			participateTime: 1685432708,
		});
		expect(items[0].json).toMatchObject({ openId: 'user0', isMember: false });
		expect(server.requestsTo('/api/live_data/fans_club/get_info')).toHaveLength(2);
	});

	it('reports an ack with data as a JSON string', async () => {
		const { items } = await run({
			resource: 'ack',
			operation: 'report',
			roomId: ROOM_ID,
			ackType: 1,
			msgType: 'live_gift',
			msgIds: 'a1,a2',
			clientTime: '2026-11-25T12:00:00Z',
		});
		expect(items[0].json).toMatchObject({ acknowledged: true, msgIds: ['a1', 'a2'] });
		expect(server.acks[0]).toEqual({
			room_id: ROOM_ID,
			app_id: APP.appId,
			ack_type: 1,
			data: [
				{ msg_id: 'a1', msg_type: 'live_gift', client_time: Date.parse('2026-11-25T12:00:00Z') },
				{ msg_id: 'a2', msg_type: 'live_gift', client_time: Date.parse('2026-11-25T12:00:00Z') },
			],
		});
	});

	it('pins gifts with the legacy endpoint', async () => {
		const { items } = await run({
			resource: 'gift',
			operation: 'pin',
			roomId: ROOM_ID,
			secGiftIds: 'g1, g2',
		});
		expect(items[0].json).toMatchObject({ pinnedGiftIds: ['g1', 'g2'] });
	});

	it('gets the cached access token, and a new one only when forced', async () => {
		const withValue = { resource: 'accessToken', operation: 'get', includeTokenValue: true };
		const first = await run(withValue);
		const again = await run(withValue);
		expect(first.items[0].json.accessToken).toMatch(/^0801121/);
		expect(again.items[0].json.accessToken).toBe(first.items[0].json.accessToken);
		const forced = await run({ ...withValue, forceRefresh: true });
		expect(forced.items[0].json.accessToken).not.toBe(first.items[0].json.accessToken);
		expect(server.tokenFetches).toBe(2);
	});

	it('shows the app and the expiry but not the token value unless Include Token Value is on', async () => {
		const { items, error } = await run({ resource: 'accessToken', operation: 'get' });
		expect(error).toBeUndefined();
		const [token] = [...server.tokens.keys()];
		expect(JSON.stringify(items)).not.toContain(token);
		expect(items[0].json).not.toHaveProperty('accessToken');
		expect(items[0].json).toMatchObject({ appId: APP.appId });
		const expiresAt = Date.parse(String(items[0].json.expiresAt));
		expect(expiresAt).toBeGreaterThan(Date.now() + 60 * 60 * 1000);
		expect(expiresAt).toBeLessThanOrEqual(Date.now() + 2 * 60 * 60 * 1000);
	});

	describe('with a server that echoes the token and secret in its errors', () => {
		beforeEach(() => {
			server.echoCredentialsInErrors = true;
		});

		/** Everything of the error n8n keeps and shows: message, description, cause, context, messages. */
		const everythingOf = (error: unknown) => {
			// n8n attaches the node itself (its parameters, which hold the companion token the user typed).
			const { node: _node, ...e } = (error ?? {}) as Record<string, unknown>;
			return JSON.stringify({
				all: e,
				message: e?.message,
				description: e?.description,
				cause: e?.cause,
				context: e?.context,
				errorResponse: e?.errorResponse,
				messages: e?.messages,
				stack: e?.stack,
			});
		};

		it('redacts the access token and App Secret from a live_data error, its description and body', async () => {
			const { error } = await run({
				resource: 'task',
				operation: 'start',
				roomId: '999',
				msgTypes: ['live_gift'],
			});
			expect(error?.message).toContain('[5003019]');
			const [token] = [...server.tokens.keys()];
			expect(everythingOf(error)).toContain('***');
			expect(everythingOf(error)).not.toContain(token);
			expect(everythingOf(error)).not.toContain(APP.appSecret);
		});

		it('redacts a wrong App Secret echoed by the token endpoint', async () => {
			const { error } = await run(
				{ resource: 'task', operation: 'start', roomId: ROOM_ID, msgTypes: ['live_gift'] },
				{ credentials: credentialsFor(server, { appSecret: 'bad-secret-VALUE-123' }) },
			);
			expect(error?.message).toContain('[40017]');
			expect(everythingOf(error)).not.toContain('bad-secret-VALUE-123');
		});

		it('redacts the companion token and app token echoed by webcastmate/info, also in a Continue On Fail item', async () => {
			const params = {
				resource: 'room',
				operation: 'getInfo',
				companionToken: 'companion-unknown-4711',
			};
			const { error } = await run(params);
			expect(error?.message).toContain('[40001]');
			const [token] = [...server.tokens.keys()];
			for (const secret of ['companion-unknown-4711', token, APP.appSecret])
				expect(everythingOf(error)).not.toContain(secret);
			const { items } = await run(params, { continueOnFail: true });
			expect(items[0].json.error).toBeDefined();
			for (const secret of ['companion-unknown-4711', token])
				expect(JSON.stringify(items)).not.toContain(secret);
		});
	});

	describe('when one message type of several fails', () => {
		const start = {
			resource: 'task',
			operation: 'start',
			roomId: ROOM_ID,
			msgTypes: ['live_comment', 'live_gift', 'live_like'],
		};

		beforeEach(() => server.refusedMsgTypes.add('live_gift'));

		it('still starts the others and names what was started in the error', async () => {
			const { error } = await run(start);
			expect(error?.message).toContain('[5003019]');
			expect(error?.message).toContain('live_gift');
			expect(error?.description).toMatch(/live_comment started \(task \d+\)/);
			expect(error?.description).toMatch(/live_like started \(task \d+\)/);
			expect(server.rooms.get(ROOM_ID)!.get('live_comment')).toBe(3);
			expect(server.rooms.get(ROOM_ID)!.get('live_like')).toBe(3);
		});

		it('with Continue On Fail, outputs every type: the started ones and the failed one with its error', async () => {
			const { items } = await run(start, { continueOnFail: true });
			expect(
				items.map((i) => [i.json.msgType, i.json.started, i.json.code ?? null, i.pairedItem]),
			).toEqual([
				['live_comment', true, null, { item: 0 }],
				['live_gift', false, 5003019, { item: 0 }],
				['live_like', true, null, { item: 0 }],
			]);
			expect(items[0].json.taskId).toEqual(expect.any(String));
			expect(items[1].json.error).toMatch(/capability for live_gift/);
		});

		it('reports the statuses it could read beside the one that failed', async () => {
			const { items } = await run(
				{ ...start, operation: 'getStatus', msgTypes: ['live_gift', 'live_comment'] },
				{ continueOnFail: true },
			);
			expect(items.map((i) => [i.json.msgType, i.json.status ?? null, !!i.json.error])).toEqual([
				['live_gift', null, true],
				['live_comment', 2, false],
			]);
		});
	});

	it('keeps the fans club chunks that answered when one chunk fails', async () => {
		await run({
			resource: 'task',
			operation: 'start',
			roomId: ROOM_ID,
			msgTypes: ['live_fansclub'],
		});
		server.fansClub.set(ROOM_ID, { user3: { level_layer: 4, participate_time: 1685432708 } });
		server.fansClubFailingUsers.add('user12');
		const params = {
			resource: 'fansClub',
			operation: 'getInfo',
			roomId: ROOM_ID,
			anchorOpenId: 'anchor',
			userOpenIds: Array.from({ length: 25 }, (_, i) => `user${i}`).join(','),
		};
		const { items } = await run(params, { continueOnFail: true });
		const answered = items.filter((i) => !i.json.error);
		expect(answered.map((i) => i.json.openId)).toEqual([
			...Array.from({ length: 10 }, (_, i) => `user${i}`),
			...Array.from({ length: 5 }, (_, i) => `user${20 + i}`),
		]);
		const failed = items.filter((i) => i.json.error);
		expect(failed).toHaveLength(1);
		expect(failed[0].json).toMatchObject({ code: 10001 });
		expect(failed[0].json.openIds).toEqual(Array.from({ length: 10 }, (_, i) => `user${10 + i}`));
		const { error } = await run(params);
		expect(error?.message).toContain('[10001]');
		expect(error?.description).toMatch(/15 of 25 users were looked up/);
	});

	it('refreshes an expired token once and retries the call', async () => {
		await run({
			resource: 'task',
			operation: 'getStatus',
			roomId: ROOM_ID,
			msgTypes: ['live_gift'],
		});
		server.expireAllTokens();
		const { items, error } = await run({
			resource: 'task',
			operation: 'getStatus',
			roomId: ROOM_ID,
			msgTypes: ['live_gift'],
		});
		expect(error).toBeUndefined();
		expect(items[0].json.status).toBe(2);
		expect(server.tokenFetches).toBe(2);
	});

	it('fails with the API code and a hint, and never shows the secret, for a wrong App Secret', async () => {
		const { error } = await run(
			{ resource: 'task', operation: 'start', roomId: ROOM_ID, msgTypes: ['live_gift'] },
			{ credentials: credentialsFor(server, { appSecret: 'wrong-secret-value' }) },
		);
		expect(error?.message).toContain('[40017]');
		expect(error?.description).toContain('App Secret is wrong');
		expect(JSON.stringify(error)).not.toContain('wrong-secret-value');
	});

	it('keeps the other items when one fails and Continue On Fail is on', async () => {
		const { items } = await run(
			{
				resource: 'task',
				operation: 'start',
				roomId: '={{ $json.roomId }}',
				msgTypes: ['live_gift'],
			},
			{
				items: [{ roomId: ROOM_ID }, { roomId: '999' }, { roomId: '' }, { roomId: ROOM_ID }],
				continueOnFail: true,
			},
		);
		expect(items.map((i) => (i.json.error ? `error:${i.json.code ?? ''}` : 'ok'))).toEqual([
			'ok',
			'error:5003019',
			'error:',
			'ok',
		]);
		expect(items[1].json.hint).toMatch(/not found or the anchor is off air/);
		expect(items[2].json.error).toMatch(/Room ID is empty/);
		expect(items.map((i) => i.pairedItem)).toEqual([
			{ item: 0 },
			{ item: 1 },
			{ item: 2 },
			{ item: 3 },
		]);
	});

	it.each([
		['an HTML gateway page', { kind: 'html' as const }, /HTML page instead of JSON/],
		['malformed JSON', { kind: 'malformed' as const }, /malformed JSON/],
		['an empty body', { kind: 'empty' as const }, /empty body/],
	])('names the cause when the server answers %s', async (_name, fault, pattern) => {
		// GET is retried on 5xx, so the fault is queued for every attempt.
		server.injectFault('/api/live_data/task/get', fault, 3);
		const { error } = await run({
			resource: 'task',
			operation: 'getStatus',
			roomId: ROOM_ID,
			msgTypes: ['live_gift'],
		});
		expect(error?.message).toMatch(pattern);
	});

	it('retries a 5xx on an idempotent call and succeeds', async () => {
		server.injectFault('/api/live_data/task/get', { kind: 'status', status: 503 }, 1);
		const { items, error } = await run({
			resource: 'task',
			operation: 'getStatus',
			roomId: ROOM_ID,
			msgTypes: ['live_gift'],
		});
		expect(error).toBeUndefined();
		expect(items[0].json.status).toBe(2);
	});

	it("tests the credential: OK for the right secret, the API's reason (and no secret) for a wrong one", async () => {
		const test = (data: Record<string, string>) =>
			douyinLiveGameApiTest.call({} as never, {
				id: 'c',
				name: 'c',
				type: 'douyinLiveGameApi',
				data,
			});
		const good = credentialsFor(server).douyinLiveGameApi;
		expect(await test(good)).toEqual({ status: 'OK', message: 'Fetched an app access token' });
		const bad = await test({ ...good, appSecret: 'wrong-secret-value' });
		expect(bad.status).toBe('Error');
		expect(bad.message).toContain('App Secret is wrong');
		expect(bad.message).not.toContain('wrong-secret-value');
		const unreachable = await test({ ...good, tokenBaseUrl: 'http://127.0.0.1:1' });
		expect(unreachable.message).toMatch(/Connection refused by http:\/\/127\.0\.0\.1:1/);
	});

	it('lets a run reuse the token the credential test fetched: one fetch, not two (each cuts the last)', async () => {
		const credential = credentialsFor(server).douyinLiveGameApi;
		const test = () =>
			douyinLiveGameApiTest.call({} as never, {
				id: 'c',
				name: 'c',
				type: 'douyinLiveGameApi',
				data: credential,
			});
		expect((await test()).status).toBe('OK');
		const { error } = await run({
			resource: 'task',
			operation: 'getStatus',
			roomId: ROOM_ID,
			msgTypes: ['live_gift'],
		});
		expect(error).toBeUndefined();
		expect(await test()).toMatchObject({
			status: 'OK',
			message: expect.stringMatching(/valid until/),
		});
		expect(server.tokenFetches).toBe(1);
	});
});

/**
 * What the Douyin Live client must guarantee when more than one caller shares an app: tokens belong to
 * whoever proves the secret, every attempt counts against Douyin's 10 calls/s, effects are never doubled,
 * and processes that cannot see each other's limiter still all get through on 40007.
 */
import {
	DouyinLiveClient,
	rateLimitDelayMs,
} from '../../nodes/DouyinLive/transport/DouyinLiveClient';
import { douyinLiveTokenCache } from '../../nodes/DouyinLive/transport/tokenCache';
import { ApiError } from '../../nodes/shared/errors';
import type { DouyinLiveServer } from '../servers/douyinLive/DouyinLiveServer';
import { APP, COMPANION_TOKEN, ROOM_ID, startDouyinServer } from './fixtures';

type ClientClass = typeof DouyinLiveClient;

/**
 * A fresh copy of the client's modules, as another n8n process (queue-mode worker) would have: its own
 * token cache, its own rate limiter, its own connection pool.
 */
function clientClassOfAnotherProcess(): ClientClass {
	let loaded!: ClientClass;
	jest.isolateModules(() => {
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		loaded = require('../../nodes/DouyinLive/transport/DouyinLiveClient').DouyinLiveClient;
	});
	return loaded;
}

describe('DouyinLiveClient shared by several credentials and processes', () => {
	let server: DouyinLiveServer;
	const credentials = (overrides: Partial<typeof APP> = {}) => ({
		...APP,
		...overrides,
		tokenBaseUrl: server.url,
		webcastBaseUrl: server.url,
	});

	beforeEach(async () => {
		douyinLiveTokenCache.clear();
		server = await startDouyinServer();
	});
	afterEach(() => server.stop());

	it('makes a credential with the same App ID but a wrong secret fetch (and fail) its own token', async () => {
		await new DouyinLiveClient(credentials()).getTaskStatus(ROOM_ID, 'live_gift');
		expect(server.tokenFetches).toBe(1);
		const error = await new DouyinLiveClient(credentials({ appSecret: 'someone-elses-guess' }))
			.getTaskStatus(ROOM_ID, 'live_gift')
			.catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ApiError);
		expect((error as ApiError).code).toBe(40017);
		expect(server.tokenFetches).toBe(2);
		// The right credential still uses its cached token.
		await new DouyinLiveClient(credentials()).getTaskStatus(ROOM_ID, 'live_gift');
		expect(server.tokenFetches).toBe(2);
	});

	it('never keeps the App Secret in the cache key', () => {
		const { tokenCacheKey } = jest.requireActual('../../nodes/DouyinLive/transport/tokenCache');
		const key = String(tokenCacheKey(server.url, APP.appId, APP.appSecret));
		expect(key).not.toContain(APP.appSecret);
		expect(key).not.toBe(String(tokenCacheKey(server.url, APP.appId, `${APP.appSecret}x`)));
	});

	it('counts every retry of a 5xx storm against 10 calls/s at the server', async () => {
		server.injectFault('/api/live_data/task/get', { kind: 'status', status: 503 }, 25);
		const client = new DouyinLiveClient(credentials());
		await Promise.allSettled(
			Array.from({ length: 20 }, () => client.getTaskStatus(ROOM_ID, 'live_gift')),
		);
		expect(server.requestsTo('/api/live_data/task/get').length).toBeGreaterThan(20);
		expect(server.maxWebcastCallsPerWindow()).toBeLessThanOrEqual(10);
	}, 30_000);

	it('does not resend an ack after a 5xx: Douyin may have recorded it', async () => {
		server.injectFault('/api/live_data/ack', { kind: 'status', status: 503 }, 1);
		const error = await new DouyinLiveClient(credentials())
			.reportAck(ROOM_ID, 1, [{ msgId: 'm1', msgType: 'live_gift', clientTime: 1 }])
			.catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ApiError);
		expect(server.requestsTo('/api/live_data/ack')).toHaveLength(1);
		expect(server.acks).toHaveLength(0);
	});

	it('does resend an ack that Douyin refused with 40007 (a refused call had no effect)', async () => {
		server.injectFault(
			'/api/live_data/ack',
			{ kind: 'envelope', body: { err_no: 40007, err_msg: 'rate limited', logid: 'L' } },
			1,
		);
		await new DouyinLiveClient(credentials()).reportAck(ROOM_ID, 2, [
			{ msgId: 'm1', msgType: 'live_gift', clientTime: 1 },
		]);
		expect(server.requestsTo('/api/live_data/ack')).toHaveLength(2);
		expect(server.acks).toHaveLength(1);
	});

	it.each(['query', 'headers'] as const)(
		'reads task status and failed data from a server that takes parameters from the %s only',
		async (source) => {
			server.paramSource = source;
			server.addFailedPush(ROOM_ID, 'live_gift', [{ msg_id: 'g1' }]);
			const client = new DouyinLiveClient(credentials());
			expect((await client.getTaskStatus(ROOM_ID, 'live_gift')).status).toBe(2);
			const page = await client.getFailData(ROOM_ID, 'live_gift', 1, 10);
			expect(page.pushes.map((p) => p.messages[0].msg_id)).toEqual(['g1']);
			const sent = server.requestsTo('/api/live_data/task/get')[0];
			expect(sent.query).toMatchObject({ roomid: ROOM_ID, appid: APP.appId });
			expect(sent.headers).toMatchObject({ roomid: ROOM_ID, appid: APP.appId });
		},
	);

	it.each(['nested', 'flat'] as const)(
		'reads room info with the fields %s under data',
		async (shape) => {
			server.roomInfoShape = shape;
			const info = await new DouyinLiveClient(credentials()).getRoomInfo(COMPANION_TOKEN);
			expect(info).toMatchObject({
				roomId: ROOM_ID,
				anchorOpenId: 'anchor-open-id',
				nickName: '主播',
				joinGameUserOpenId: 'anchor-open-id',
				joinGameUserRole: 1,
			});
			expect(Object.keys(info).filter((key) => key.includes('_'))).toEqual([]);
		},
	);

	it('waits after 40007 what the server asks (capped), else a jittered multiple of the 1 s window', () => {
		expect(rateLimitDelayMs(0, 3000, () => 0)).toBe(3000);
		expect(rateLimitDelayMs(0, 10 ** 9, () => 0)).toBe(60_000);
		expect([
			rateLimitDelayMs(0, undefined, () => 0),
			rateLimitDelayMs(0, undefined, () => 1),
		]).toEqual([1000, 2000]);
		expect(rateLimitDelayMs(2, undefined, () => 0)).toBe(4000);
		expect(rateLimitDelayMs(9, undefined, () => 1)).toBe(8000);
	});

	it('gets three concurrent 30-call runs in three processes through a strict 10/s limit with 0 failures', async () => {
		const processes = [1, 2, 3].map(() => clientClassOfAnotherProcess());
		const failures: unknown[] = [];
		await Promise.all(
			processes.map(async (Client) => {
				const client = new Client(credentials());
				for (let i = 0; i < 30; i++) {
					await client.getTaskStatus(ROOM_ID, 'live_gift').catch((e: unknown) => failures.push(e));
				}
			}),
		);
		expect(failures).toEqual([]);
		expect(server.rateLimitedAnswers).toBeGreaterThan(0);
	}, 120_000);

	it('survives a token cut by another process (40022, one refetch, retry) and counts token fetches per caller', async () => {
		let clock = Date.now();
		server.now = () => clock;
		const [A, B] = [clientClassOfAnotherProcess(), clientClassOfAnotherProcess()];
		const a = new A(credentials());
		const b = new B(credentials());
		await a.getTaskStatus(ROOM_ID, 'live_gift');
		await b.getTaskStatus(ROOM_ID, 'live_gift'); // B's token cuts A's to 5 minutes.
		clock += 6 * 60 * 1000;
		expect((await a.getTaskStatus(ROOM_ID, 'live_gift')).status).toBe(2);
		expect((await b.getTaskStatus(ROOM_ID, 'live_gift')).status).toBe(2);
		const counts = Object.values(server.tokenFetchesByCaller()).sort();
		expect(counts).toEqual([1, 2]);
	});
});

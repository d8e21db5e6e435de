/**
 * "Items in Parallel" through n8n's execution engine: read operations keep several items in flight, and
 * the output is still in input order with the right pairedItem and Continue On Fail per item, even when the
 * local servers answer the items in reverse order. Writes stay one by one; rate limits and single-flight
 * logins and token refreshes hold under parallel items.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

import { DouyinLive } from '../../nodes/DouyinLive/DouyinLive.node';
import { douyinLiveTokenCache } from '../../nodes/DouyinLive/transport/tokenCache';
import { DouyinOpen } from '../../nodes/DouyinOpen/DouyinOpen.node';
import { clearDouyinOpenTokens } from '../../nodes/DouyinOpen/transport/tokenStore';
import type { UserRecord } from '../servers/simpleDouyin/SimpleDouyinServer';
import { executeNode } from '../helpers/n8nEngine';
import {
	credentialsFor as liveCredentials,
	ROOM_ID,
	startDouyinServer,
} from '../douyinLive/fixtures';
import { credentialsFor as openCredentials, startOpenServer } from '../douyinOpen/fixtures';
import {
	nodeType as simpleDouyin,
	passwordCredentials,
	startServer,
} from '../simpleDouyin/fixtures';

/** Counts requests in flight at the server: the most seen at once, and the order answers finished in. */
function inFlightTracker() {
	const tracker = { now: 0, max: 0, finished: [] as string[] };
	const track = (res: ServerResponse, label: string) => {
		tracker.now++;
		tracker.max = Math.max(tracker.max, tracker.now);
		res.on('finish', () => {
			tracker.now--;
			tracker.finished.push(label);
		});
	};
	return { tracker, track };
}

function queryOf(req: IncomingMessage): URLSearchParams {
	return new URL(req.url ?? '/', 'http://127.0.0.1').searchParams;
}

describe('Items in Parallel (runPerItem through the n8n engine)', () => {
	describe('Simple Douyin', () => {
		const ITEMS = 24;
		let started: Awaited<ReturnType<typeof startServer>>;
		let users: UserRecord[];

		beforeEach(async () => {
			started = await startServer();
			users = Array.from({ length: ITEMS }, (_, i) =>
				started.server.addUser(`user${String(i).padStart(2, '0')}`, 'password-1'),
			);
		});
		afterEach(() => started.server.stop());

		/** Item i's answer waits longer the earlier the item: answers come back in reverse order. */
		const reverseDelays = (label: (req: IncomingMessage) => string | undefined) => {
			const { tracker, track } = inFlightTracker();
			started.server.answerDelayMs = (req, res) => {
				const item = label(req);
				if (item === undefined) return 0;
				track(res, item);
				return 5 + (ITEMS - Number(item)) * 4;
			};
			return tracker;
		};
		const itemOfUser = (req: IncomingMessage) => {
			const id = queryOf(req).get('user_id');
			const index = users.findIndex((u) => u.id === id);
			return index < 0 ? (id ? `unknown:${id}` : undefined) : String(index);
		};

		const getUsers = (ids: string[], options: { continueOnFail?: boolean; parallel?: number }) =>
			executeNode({
				nodeType: simpleDouyin,
				parameters: {
					resource: 'user',
					operation: 'get',
					userId: '={{ $json.uid }}',
					...(options.parallel === undefined ? {} : { itemsInParallel: options.parallel }),
				},
				credentials: passwordCredentials(started.server),
				items: ids.map((uid) => ({ uid })),
				continueOnFail: options.continueOnFail,
			});

		it('keeps 10 items in flight by default and outputs them in input order, paired, when answers come back reversed', async () => {
			const tracker = reverseDelays(itemOfUser);
			const { items, error } = await getUsers(
				users.map((u) => u.id),
				{},
			);
			expect(error).toBeUndefined();
			expect(tracker.max).toBe(10);
			// The server finished later items first: the order below is not the order of the answers.
			expect(tracker.finished.slice(0, 3)).not.toEqual(['0', '1', '2']);
			expect(items.map((item) => item.json.id)).toEqual(users.map((u) => u.id));
			expect(items.map((item) => item.pairedItem)).toEqual(users.map((_, i) => ({ item: i })));
			expect(started.server.loginCount).toBe(1);
		});

		it('runs one item at a time with Items in Parallel = 1', async () => {
			const tracker = reverseDelays(itemOfUser);
			const { items } = await getUsers(
				users.slice(0, 6).map((u) => u.id),
				{ parallel: 1 },
			);
			expect(tracker.max).toBe(1);
			expect(tracker.finished).toEqual(['0', '1', '2', '3', '4', '5']);
			expect(items).toHaveLength(6);
		});

		it('with Continue On Fail puts each failure at its own item, between successes that finished out of order', async () => {
			const tracker = reverseDelays(itemOfUser);
			const ids = users.map((u) => u.id);
			const failing = new Set([0, 7, 8, 23]);
			for (const index of failing) ids[index] = `9${index}00000000000000001`;
			const { items, error } = await getUsers(ids, { continueOnFail: true });
			expect(error).toBeUndefined();
			expect(tracker.max).toBe(10);
			expect(items).toHaveLength(ITEMS);
			items.forEach((item, i) => {
				expect(item.pairedItem).toEqual({ item: i });
				if (failing.has(i))
					expect(item.json).toEqual(expect.objectContaining({ error: expect.any(String) }));
				else expect(item.json.id).toBe(users[i].id);
			});
		});

		it('without Continue On Fail starts no item after a failure and reports the lowest failed item', async () => {
			reverseDelays(itemOfUser);
			const ids = users.map((u) => u.id);
			// Item 9 fails first in time (it answers sooner than item 4), item 4 is the one a sequential run stops at.
			ids[4] = '94000000000000001';
			ids[9] = '99000000000000001';
			const { error, items } = await getUsers(ids, {});
			expect(items).toEqual([]);
			expect(error?.message).toContain('Simple Douyin');
			expect((error as { context?: { itemIndex?: number } }).context?.itemIndex).toBe(4);
			// Items 0–9 were in flight when item 9 failed; at most the ones started before that answer follow.
			expect(started.server.requestsTo('user').length).toBeLessThan(ITEMS);
		});

		it('runs writes one by one in input order whatever Items in Parallel says', async () => {
			const { tracker, track } = inFlightTracker();
			started.server.answerDelayMs = (req, res) => {
				const content = queryOf(req).get('content');
				if (!content) return 0;
				track(res, content);
				return 30 - Number(content.slice(4)) * 5;
			};
			const { items, error } = await executeNode({
				nodeType: simpleDouyin,
				parameters: {
					resource: 'message',
					operation: 'send',
					toUserId: started.bob.id,
					content: '={{ $json.text }}',
					itemsInParallel: 10,
				},
				credentials: passwordCredentials(started.server),
				items: [0, 1, 2, 3, 4].map((i) => ({ text: `msg ${i}` })),
			});
			expect(error).toBeUndefined();
			expect(items).toHaveLength(5);
			expect(tracker.max).toBe(1);
			expect(tracker.finished).toEqual(['msg 0', 'msg 1', 'msg 2', 'msg 3', 'msg 4']);
		});

		it('logs in once for 24 parallel items, and once more when the server forgets the token mid-run', async () => {
			const ids = users.map((u) => u.id);
			const first = await getUsers(ids, {});
			expect(first.error).toBeUndefined();
			expect(started.server.loginCount).toBe(1);
			started.server.revokeAllTokens();
			const second = await getUsers(ids, {});
			expect(second.error).toBeUndefined();
			expect(second.items.map((item) => item.json.id)).toEqual(ids);
			expect(started.server.loginCount).toBe(2);
		});
	});

	describe('Douyin Open', () => {
		let started: Awaited<ReturnType<typeof startOpenServer>>;

		beforeEach(async () => {
			clearDouyinOpenTokens();
			started = await startOpenServer();
		});
		afterEach(() => started.server.stop());

		it('refreshes an expired access token once for 30 parallel items, and outputs every item', async () => {
			const { tracker, track } = inFlightTracker();
			let calls = 0;
			started.server.answerDelayMs = (req, res) => {
				if (!req.url?.startsWith('/im/group/count')) return 0;
				track(res, String(calls));
				return 40 - (calls++ % 10) * 4;
			};
			started.server.expireAccessTokens();
			const { items, error } = await executeNode({
				nodeType: new DouyinOpen(),
				parameters: { resource: 'imGroup', operation: 'getQuota' },
				credentials: openCredentials(started),
				items: Array.from({ length: 30 }, (_, i) => ({ i })),
			});
			expect(error).toBeUndefined();
			expect(tracker.max).toBeGreaterThan(1);
			expect(started.server.refreshCalls).toBe(1);
			expect(items.map((item) => item.pairedItem)).toEqual(
				Array.from({ length: 30 }, (_, i) => ({ item: i })),
			);
			expect(items.every((item) => item.json.leftCount === 3)).toBe(true);
		});
	});

	describe('Douyin Live', () => {
		let server: Awaited<ReturnType<typeof startDouyinServer>>;

		beforeEach(async () => {
			douyinLiveTokenCache.clear();
			server = await startDouyinServer();
		});
		afterEach(() => server.stop());

		it('never exceeds 10 calls/s with 10 items in flight: no 40007, one token, every item in order', async () => {
			const arrivals: number[] = [];
			const { tracker, track } = inFlightTracker();
			server.answerDelayMs = (req, res) => {
				if (!req.url?.startsWith('/api/live_data/task/get')) return 0;
				arrivals.push(Date.now());
				track(res, String(arrivals.length));
				// A slow answer: one by one, 25 calls would take 6 s; the limiter, not the latency, sets the pace.
				return 250;
			};
			const ITEMS = 25;
			const { items, error } = await executeNode({
				nodeType: new DouyinLive(),
				parameters: {
					resource: 'task',
					operation: 'getStatus',
					roomId: ROOM_ID,
					msgTypes: ['live_comment'],
				},
				credentials: liveCredentials(server),
				items: Array.from({ length: ITEMS }, (_, i) => ({ i })),
			});
			expect(error).toBeUndefined();
			expect(server.rateLimitedAnswers).toBe(0);
			expect(server.tokenFetches).toBe(1);
			expect(tracker.max).toBeGreaterThan(1);
			expect(tracker.max).toBeLessThanOrEqual(10);
			// Arrivals at the server in any 1 s window, the server's own rule (reference §1: 10 calls/s per app).
			const busiest = Math.max(
				...arrivals.map((start) => arrivals.filter((t) => t >= start && t < start + 1000).length),
			);
			expect(busiest).toBeLessThanOrEqual(10);
			expect(items.map((item) => item.pairedItem)).toEqual(
				Array.from({ length: ITEMS }, (_, i) => ({ item: i })),
			);
		});
	});
});

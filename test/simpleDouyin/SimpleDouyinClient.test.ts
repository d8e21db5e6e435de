import {
	SimpleDouyinClient,
	normalizeBaseUrl,
} from '../../nodes/SimpleDouyin/transport/SimpleDouyinClient';
import { normalizeUser } from '../../nodes/SimpleDouyin/transport/normalize';
import type { SimpleDouyinServer } from '../servers/simpleDouyin/SimpleDouyinServer';
import { ALICE, isUnsafeId, startServer } from './fixtures';

describe('Simple Douyin client against server variants', () => {
	let server: SimpleDouyinServer;
	afterEach(() => server?.stop());

	const clientFor = (s: SimpleDouyinServer, timeoutMs?: number) =>
		new SimpleDouyinClient({ baseUrl: s.baseUrl, authMode: 'password', ...ALICE }, { timeoutMs });

	it('the server really sends ids as bare numbers that JSON.parse would round', async () => {
		const started = await startServer();
		server = started.server;
		const token = server.issueToken(started.alice.id);
		const text = await (await fetch(`${server.baseUrl}/user/?token=${token}`)).text();
		expect(text).toContain(`"id":${started.alice.id},`);
		expect(String(JSON.parse(text).user.id)).not.toBe(started.alice.id);
		expect((await clientFor(server).getUser()).id).toBe(started.alice.id);
	});

	it('speaks to an Ocyss/douyin-style server: quoted ids, user_id, msg_type, feed without slash behind a redirect', async () => {
		const started = await startServer({ flavor: 'ocyss', strictSlashes: true, feedPageSize: 3 });
		server = started.server;
		const client = clientFor(server);

		const user = await client.getUser();
		expect(user.id).toBe(started.alice.id);
		expect(user.user_id).toBeUndefined();

		const feed = await client.feed();
		expect(feed.map((v) => v.id)).toEqual([...started.videos].reverse().map((v) => v.id));
		const feedRequests = server.requests.filter((r) => r.path.startsWith('/douyin/feed'));
		// The spec form /feed/ is redirected once (301), then the learned form /feed is used directly: 3 pages, the last empty.
		expect(feedRequests.map((r) => r.path)).toEqual([
			'/douyin/feed/',
			'/douyin/feed',
			'/douyin/feed',
			'/douyin/feed',
		]);
		expect(feedRequests[2].query.latest_time).toBe(started.videos[1].id);

		const friends = await client.friends();
		expect(friends).toEqual([
			expect.objectContaining({
				id: started.bob.id,
				message: 'Hi Alice, did you see the cat video?',
				msg_type: 0,
			}),
		]);
		const chat = await client.chat(started.bob.id);
		expect(chat[0]).toMatchObject({ from_user_id: started.bob.id, to_user_id: started.alice.id });
		expect(isUnsafeId(chat[0].id)).toBe(true);

		await client.follow(started.carol.id);
		expect(server.follows.has(`${started.alice.id}|${started.carol.id}`)).toBe(true);
	});

	it('reads Ocyss-style Chinese failures, including a refused token, and logs in again once', async () => {
		const started = await startServer({ flavor: 'ocyss' });
		server = started.server;
		const client = clientFor(server);
		await client.getUser();
		server.revokeAllTokens();
		expect((await client.getUser()).name).toBe('alice');
		expect(server.loginCount).toBe(2);
		await expect(client.like('abc')).rejects.toMatchObject({
			message: 'Could not like the video: 参数不正确',
			details: { code: 1, hint: expect.stringContaining('Server detail: strconv.ParseInt') },
		});
	});

	it('treats latest_time as an opaque cursor and stops when a page brings nothing new', async () => {
		const started = await startServer({ feedPageSize: 2 });
		server = started.server;
		// A server that ignores latest_time (like the official demo) would loop forever without the stop rule.
		const client = clientFor(server);
		server.injectFault(
			'feed',
			{
				kind: 'envelope',
				body: { status_code: 0, video_list: [{ id: 1 }, { id: 2 }], next_time: 5 },
			},
			3,
		);
		const videos = await client.feed();
		expect(videos.map((v) => v.id)).toEqual(['1', '2']);
		expect(server.requestsTo('feed')).toHaveLength(2);
	});

	it('times out a hanging write with a clear message and does not resend it', async () => {
		const started = await startServer();
		server = started.server;
		const client = clientFor(server, 150);
		await client.session();
		server.injectFault('messageAction', { kind: 'delay', ms: 600 });
		await expect(client.sendMessage(started.bob.id, 'hello')).rejects.toMatchObject({
			message: expect.stringMatching(/did not answer within 150 ms/),
		});
		expect(server.requestsTo('messageAction')).toHaveLength(1);
	});

	it('shares one login between concurrent calls, and one re-login after the server forgets the token', async () => {
		const started = await startServer();
		server = started.server;
		// Two clients of the same credential, as two nodes of one workflow would be.
		const [a, b] = [clientFor(server), clientFor(server)];
		const first = await Promise.all(
			[a, b, a, b, a].map((client) => client.getUser(started.bob.id)),
		);
		expect(first.map((u) => u.name)).toEqual(['bob', 'bob', 'bob', 'bob', 'bob']);
		expect(server.loginCount).toBe(1);
		server.revokeAllTokens();
		const again = await Promise.all(
			[a, b, a, b, a].map((client) => client.getUser(started.carol.id)),
		);
		expect(again.map((u) => u.name)).toEqual(['carol', 'carol', 'carol', 'carol', 'carol']);
		expect(server.loginCount).toBe(2);
	});

	it('normalises base URLs and user objects', () => {
		expect(normalizeBaseUrl('http://localhost:8080')).toBe('http://localhost:8080/douyin');
		expect(normalizeBaseUrl('http://h:1/douyin/')).toBe('http://h:1/douyin');
		expect(normalizeBaseUrl('')).toBe('http://localhost:23724/douyin');
		expect(() => normalizeBaseUrl('not a url')).toThrow(/not a URL/);
		expect(
			normalizeUser({
				user_id: '5074206165047358464',
				name: 'x',
				msgType: 1,
				total_favorited: '3',
			}),
		).toEqual({
			id: '5074206165047358464',
			name: 'x',
			follow_count: 0,
			follower_count: 0,
			is_follow: false,
			avatar: '',
			background_image: '',
			signature: '',
			total_favorited: '3',
			work_count: 0,
			favorite_count: 0,
			msg_type: 1,
		});
		expect(normalizeUser({ id: 42 })).toMatchObject({ id: '42', name: '', is_follow: false });
	});
});

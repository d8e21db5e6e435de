import type {
	SimpleDouyinServer,
	UserRecord,
	VideoRecord,
} from '../servers/simpleDouyin/SimpleDouyinServer';
import { SimpleDouyinClient } from '../../nodes/SimpleDouyin/transport/SimpleDouyinClient';
import { ALICE, isUnsafeId, runner, startServer, tokenCredentials } from './fixtures';

/**
 * The node against the strict "gin" flavour of the local server, which plays the independent Go/gin
 * implementation measured in reference §7 (issue 10.1–10.6).
 */
describe('Simple Douyin node against a gin-style server', () => {
	let server: SimpleDouyinServer;
	let alice: UserRecord;
	let bob: UserRecord;
	let carol: UserRecord;
	let videos: VideoRecord[];
	const run = runner(() => server);

	beforeEach(async () => {
		({ server, alice, bob, carol, videos } = await startServer({ flavor: 'gin' }));
	});
	afterEach(() => server.stop());

	describe('Feed › Get with default parameters', () => {
		it('works on gin, which requires latest_time and then ignores it', async () => {
			const { items, error } = await run({ resource: 'feed', operation: 'get', returnAll: true });
			expect(error).toBeUndefined();
			expect(items.map((i) => i.json.id)).toEqual([...videos].reverse().map((v) => v.id));
			expect(items.every((i) => isUnsafeId(i.json.id))).toBe(true);
		});

		it('asks the server for latest_time once, then sends it directly', async () => {
			await run({ resource: 'feed', operation: 'get', returnAll: true });
			await run({ resource: 'feed', operation: 'get', returnAll: true });
			const sent = server.requestsTo('feed').filter((r) => r.path === '/douyin/feed');
			// Run 1: refused without, the first page with "now", the second (same) page; run 2: with "now" at once.
			expect(sent.map((r) => r.query.latest_time !== undefined)).toEqual([
				false,
				true,
				true,
				true,
				true,
			]);
			expect(Number(sent[1].query.latest_time)).toBeLessThan(1e11);
		});

		it("gives a server's own failure back instead of an empty feed", async () => {
			await server.stop();
			({ server } = await startServer({ flavor: 'ocyss' }));
			server.injectFault('feed', {
				kind: 'envelope',
				body: { status_code: 1, status_msg: '数据库错误' },
			});
			const { error } = await run({ resource: 'feed', operation: 'get', returnAll: true });
			expect(error?.message).toBe('Simple Douyin [1]: Could not get the feed: 数据库错误');
			const firstRun = server.requestsTo('feed').length;
			const again = await run({ resource: 'feed', operation: 'get', returnAll: true });
			expect(again.items).toHaveLength(4);
			expect(server.requestsTo('feed')[firstRun].query.latest_time).toBeUndefined();
		});

		it.each(['spec', 'ocyss'] as const)('still works on the %s flavour', async (flavor) => {
			await server.stop();
			({ server, videos } = await startServer({ flavor, strictSlashes: true }));
			const { items, error } = await run({ resource: 'feed', operation: 'get', returnAll: true });
			expect(error).toBeUndefined();
			expect(items.map((i) => i.json.id)).toEqual([...videos].reverse().map((v) => v.id));
		});
	});

	describe('Message › Get Chat', () => {
		it('returns the whole conversation with default parameters', async () => {
			const { items, error } = await run({
				resource: 'message',
				operation: 'getChat',
				toUserId: bob.id,
				returnAll: true,
			});
			expect(error).toBeUndefined();
			expect(items.map((i) => i.json.content)).toEqual(['Hi Alice, did you see the cat video?']);
		});

		it("takes a create_time it received back, in the server's own unit (seconds here)", async () => {
			const start = Date.now() - 60_000;
			server.addMessage(alice.id, bob.id, 'first', start);
			server.addMessage(bob.id, alice.id, 'second', start + 5_000);
			const all = await run({
				resource: 'message',
				operation: 'getChat',
				toUserId: bob.id,
				returnAll: true,
			});
			const first = all.items.find((i) => i.json.content === 'first')!.json;
			expect(first.create_time).toBe(Math.floor(start / 1000));
			const newer = await run({
				resource: 'message',
				operation: 'getChat',
				toUserId: bob.id,
				returnAll: true,
				options: { preMsgTime: String(first.create_time) },
			});
			expect(newer.error).toBeUndefined();
			expect(newer.items.map((i) => i.json.content)).toEqual([
				'second',
				'Hi Alice, did you see the cat video?',
			]);
		});

		it('says so when a millisecond value meets a server that counts seconds, instead of returning nothing', async () => {
			const { items, error } = await run({
				resource: 'message',
				operation: 'getChat',
				toUserId: bob.id,
				returnAll: true,
				options: { preMsgTime: String(Date.now() - 3_600_000) },
			});
			expect(items).toHaveLength(0);
			expect(error?.message).toMatch(/Previous Message Time .* milliseconds/);
			expect(error?.description).toMatch(/seconds.*create_time/);
		});

		it('says so when a seconds value meets a server that counts milliseconds, instead of returning everything', async () => {
			await server.stop();
			({ server, bob } = await startServer({ flavor: 'spec' }));
			const { error } = await run({
				resource: 'message',
				operation: 'getChat',
				toUserId: bob.id,
				returnAll: true,
				options: { preMsgTime: String(Math.floor(Date.now() / 1000) - 3600) },
			});
			expect(error?.message).toMatch(/is in seconds, but this server counts milliseconds/);
		});
	});

	describe('refused tokens (status_code 401/402)', () => {
		it('logs in again once after the server forgot its tokens (401 身份验证失败) and carries on', async () => {
			await run({ resource: 'user', operation: 'get' });
			server.revokeAllTokens();
			const { items, error } = await run({ resource: 'user', operation: 'get' });
			expect(error).toBeUndefined();
			expect(items[0].json.id).toBe(alice.id);
			expect(server.loginCount).toBe(2);
		});

		it('logs in again once after an expired token (402)', async () => {
			await run({ resource: 'relation', operation: 'getFollowing', returnAll: true });
			server.expireAllTokens();
			const { items, error } = await run({
				resource: 'relation',
				operation: 'getFollowing',
				returnAll: true,
			});
			expect(error).toBeUndefined();
			expect(items.map((i) => i.json.name)).toEqual(['bob']);
			expect(server.loginCount).toBe(2);
		});

		it('shares one re-login between calls refused at the same time', async () => {
			const client = new SimpleDouyinClient({
				baseUrl: server.baseUrl,
				authMode: 'password',
				...ALICE,
			});
			await client.following();
			server.revokeAllTokens();
			const lists = await Promise.all(Array.from({ length: 6 }, () => client.following()));
			expect(lists.map((list) => list.map((u) => u.id))).toEqual(
				Array.from({ length: 6 }, () => [bob.id]),
			);
			expect(server.loginCount).toBe(2);
		});

		it('explains a refused fixed token with a hint about the token, not the ID', async () => {
			const { error } = await run(
				{ resource: 'favorite', operation: 'like', videoId: videos[0].id },
				{ credentials: tokenCredentials(server, 'forged-token-abcdef') },
			);
			expect(error?.message).toBe('Simple Douyin [401]: Could not like the video: 身份验证失败');
			expect(error?.description).toMatch(/refused the token in the credential/);
			expect(error?.description).not.toMatch(/Check the ID/);
			expect(JSON.stringify(error)).not.toContain('forged-token-abcdef');
		});

		it('gives up after one fresh login that is refused too', async () => {
			server.refuseAllTokens = true;
			const { error } = await run({ resource: 'user', operation: 'get' });
			expect(server.loginCount).toBe(2);
			expect(error?.message).toBe('Simple Douyin [401]: Could not get the user: 身份验证失败');
			expect(error?.description).toMatch(/refused the token even right after a fresh login/);
			expect(JSON.stringify(error)).not.toContain(ALICE.password);
		});
	});

	describe('a fixed token and "leave empty for the logged-in user"', () => {
		it('learns the owner once when many calls start at the same time', async () => {
			const client = new SimpleDouyinClient({
				baseUrl: server.baseUrl,
				authMode: 'token',
				token: server.issueToken(alice.id),
			});
			const lists = await Promise.all(
				Array.from({ length: 8 }, (_, i) => (i % 2 ? client.following() : client.favoriteVideos())),
			);
			expect(lists.map((list) => list[0].id)).toEqual(
				Array.from({ length: 8 }, (_, i) => (i % 2 ? bob.id : videos[0].id)),
			);
			expect(server.requestsTo('user')).toHaveLength(1);
		});

		it('asks for the User ID when the server will not tell whose the token is', async () => {
			server.injectFault('user', {
				kind: 'envelope',
				body: { status_code: 407, status_msg: '参数错误' },
			});
			const { error } = await run(
				{ resource: 'favorite', operation: 'getMany', returnAll: true },
				{ credentials: tokenCredentials(server, server.issueToken(alice.id)) },
			);
			expect(error?.message).toMatch(/HTTP 200 with an empty body/);
			expect(error?.description).toMatch(/Enter the User ID/);
		});

		it('learns the owner the same way when a login answer has no user_id', async () => {
			server.injectFault('login', {
				kind: 'envelope',
				body: { status_code: 0, token: server.issueToken(alice.id) },
			});
			const { items, error } = await run({
				resource: 'relation',
				operation: 'getFollowing',
				returnAll: true,
			});
			expect(error).toBeUndefined();
			expect(items.map((i) => i.json.id)).toEqual([bob.id]);
			expect(server.requestsTo('followList')[0].query.user_id).toBe(alice.id);
		});

		it('learns the owner per token: another token gets its own', async () => {
			await run(
				{ resource: 'favorite', operation: 'getMany', returnAll: true },
				{ credentials: tokenCredentials(server, server.issueToken(alice.id)) },
			);
			const { items } = await run(
				{ resource: 'favorite', operation: 'getMany', returnAll: true },
				{ credentials: tokenCredentials(server, server.issueToken(carol.id)) },
			);
			expect(items.map((i) => i.json.id)).toEqual([videos[0].id]);
			expect(server.requestsTo('favoriteList').map((r) => r.query.user_id)).toEqual([
				alice.id,
				carol.id,
			]);
		});

		it.each([
			['favorite', 'getMany', () => [videos[0].id]],
			['video', 'getPublished', () => [videos[2].id]],
			['relation', 'getFollowing', () => [bob.id]],
			['relation', 'getFollowers', () => [bob.id, carol.id]],
		])('%s › %s uses the id of the token’s owner', async (resource, operation, expected) => {
			const token = server.issueToken(alice.id);
			const { items, error } = await run(
				{ resource, operation, returnAll: true },
				{ credentials: tokenCredentials(server, token), items: [{}, {}, {}] },
			);
			expect(error).toBeUndefined();
			expect(items.map((i) => i.json.id)).toEqual([...expected(), ...expected(), ...expected()]);
			// The owner is learned once (GET /douyin/user/ answers with the token's owner), not per item.
			expect(server.requestsTo('user')).toHaveLength(1);
			expect(server.requestsTo('user')[0].query.user_id).toBeUndefined();
		});
	});

	describe('User › Get', () => {
		it("fails clearly when the server answers another user's id with the caller", async () => {
			const { items, error } = await run({ resource: 'user', operation: 'get', userId: bob.id });
			expect(items).toHaveLength(0);
			expect(error?.message).toContain(`answered with user ${alice.id} instead of ${bob.id}`);
			expect(error?.description).toMatch(/ignores user_id/);
		});

		it('still gets the logged-in user', async () => {
			const { items, error } = await run({ resource: 'user', operation: 'get' });
			expect(error).toBeUndefined();
			expect(items[0].json).toMatchObject({ id: alice.id, name: 'alice' });
		});
	});

	describe('Video › Publish', () => {
		const publish = (bytes: Buffer) =>
			run(
				{ resource: 'video', operation: 'publish', binaryPropertyName: 'clip', title: 'Clip' },
				{
					binary: [
						{
							clip: { data: bytes.toString('base64'), mimeType: 'video/mp4', fileName: 'c.mp4' },
						},
					],
				},
			);

		it('reports the upload although the server answers without a video id', async () => {
			const { items, error } = await publish(Buffer.from('\x00\x00\x00\x18ftypmp42 body'));
			expect(error).toBeUndefined();
			expect(items[0].json).toMatchObject({ published: true, title: 'Clip', video_id: null });
			expect(server.videos.at(-1)!.title).toBe('Clip');
		});

		it("passes on the server's refusal of a file that is not a video, with a hint", async () => {
			const { error } = await publish(Buffer.from('plain text, not a video'));
			expect(error?.message).toBe(
				'Simple Douyin [404]: Could not publish "Clip": 上传的文件不是视频',
			);
			expect(error?.description).toMatch(/holds a video the server accepts/);
		});
	});

	describe('omitempty answers', () => {
		it('outputs every documented field on every item, with its zero value', async () => {
			server.addVideo(carol.id, 'No likes yet');
			const feed = await run({ resource: 'feed', operation: 'get', returnAll: true });
			const keys = feed.items.map((i) => Object.keys(i.json).sort().join(','));
			expect(new Set(keys).size).toBe(1);
			const fresh = feed.items[0].json;
			expect(fresh).toMatchObject({
				favorite_count: 0,
				comment_count: 0,
				is_favorite: false,
				title: '',
			});
			const authorKeys = feed.items.map((i) => Object.keys(i.json.author as object).sort());
			expect(authorKeys.every((k) => k.join() === authorKeys[0].join())).toBe(true);
			expect(fresh.author).toMatchObject({ id: carol.id, is_follow: false, signature: '' });
			expect(authorKeys[0]).toEqual(
				[
					'avatar',
					'background_image',
					'favorite_count',
					'follow_count',
					'follower_count',
					'id',
					'is_follow',
					'name',
					'signature',
					'total_favorited',
					'work_count',
				].sort(),
			);
		});

		it('fills the zero values of users and comments', async () => {
			const followers = await run({
				resource: 'relation',
				operation: 'getFollowers',
				returnAll: true,
			});
			expect(followers.items.map((i) => i.json.id)).toEqual([bob.id, carol.id]);
			const keys = followers.items.map((i) => Object.keys(i.json).sort().join());
			expect(keys[1]).toBe(keys[0]);
			expect(followers.items[1].json).toMatchObject({ signature: '', favorite_count: 1 });
			const comments = await run({
				resource: 'comment',
				operation: 'getMany',
				videoId: videos[0].id,
				returnAll: true,
			});
			expect(Object.keys(comments.items[0].json).sort()).toEqual([
				'content',
				'create_date',
				'id',
				'user',
				'video_id',
			]);
			expect((comments.items[0].json.user as Record<string, unknown>).signature).toBe('');
		});
	});
});

import type {
	SimpleDouyinServer,
	UserRecord,
	VideoRecord,
} from '../servers/simpleDouyin/SimpleDouyinServer';
import {
	ALICE,
	isUnsafeId,
	nodeType,
	passwordCredentials,
	runner,
	startServer,
	tokenCredentials,
} from './fixtures';

describe('Simple Douyin node through the n8n execution engine', () => {
	let server: SimpleDouyinServer;
	let alice: UserRecord;
	let bob: UserRecord;
	let carol: UserRecord;
	let videos: VideoRecord[];
	const run = runner(() => server);

	beforeEach(async () => {
		({ server, alice, bob, carol, videos } = await startServer());
	});
	afterEach(() => server.stop());

	describe('User', () => {
		it('gets the logged-in user with an exact int64 id, logging in once', async () => {
			const { items, error } = await run({ resource: 'user', operation: 'get' });
			expect(error).toBeUndefined();
			expect(isUnsafeId(alice.id)).toBe(true);
			expect(items).toHaveLength(1);
			expect(items[0].json).toMatchObject({
				id: alice.id,
				name: 'alice',
				follow_count: 1,
				follower_count: 2,
				signature: 'Hello from Alice',
				work_count: 1,
			});
			await run({ resource: 'user', operation: 'get' });
			expect(server.loginCount).toBe(1);
			const sent = server.requestsTo('user').at(-1)!;
			expect(sent.query.user_id).toBe(alice.id);
			expect(sent.query.token).toMatch(/^sdy\./);
		});

		it('gets other users from ids mapped by expression, one item each', async () => {
			const { items } = await run(
				{ resource: 'user', operation: 'get', userId: '={{ $json.uid }}' },
				{ items: [{ uid: bob.id }, { uid: carol.id }] },
			);
			expect(items.map((i) => [i.json.id, i.json.name, i.json.is_follow])).toEqual([
				[bob.id, 'bob', true],
				[carol.id, 'carol', false],
			]);
			expect(items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		});

		it('registers and logs in without putting the token or password into the item', async () => {
			const registered = await run({
				resource: 'user',
				operation: 'register',
				username: 'dave',
				password: 'dave-secret-pw',
				additionalFields: { signature: 'Dave here' },
			});
			const dave = server.userByName('dave')!;
			expect(registered.items[0].json).toEqual({
				user_id: dave.id,
				username: 'dave',
				registered: true,
			});
			expect(dave.signature).toBe('Dave here');
			const loggedIn = await run({
				resource: 'user',
				operation: 'login',
				username: 'dave',
				password: 'dave-secret-pw',
			});
			expect(loggedIn.items[0].json).toEqual({
				user_id: dave.id,
				username: 'dave',
				loggedIn: true,
			});
			const output = JSON.stringify([registered.items, loggedIn.items]);
			expect(output).not.toContain('dave-secret-pw');
			expect(output).not.toMatch(/sdy\./);
		});

		it('fails a duplicate registration and a wrong login with the server message, never the password', async () => {
			const dup = await run({
				resource: 'user',
				operation: 'register',
				username: 'bob',
				password: 'another-pass',
			});
			expect(dup.error?.message).toBe(
				'Simple Douyin [1]: Could not register "bob": User already exists',
			);
			const wrong = await run({
				resource: 'user',
				operation: 'login',
				username: 'bob',
				password: 'not-bobs-password',
			});
			expect(wrong.error?.message).toContain('Wrong username or password');
			expect(wrong.error?.description).toContain('Check the username and password');
			// n8n's error carries the node and its parameters (the password field is the user's own input); our parts must not echo it.
			const ours = wrong.error as unknown as {
				message: string;
				description: string;
				errorResponse: unknown;
			};
			expect(JSON.stringify([ours.message, ours.description, ours.errorResponse])).not.toContain(
				'not-bobs-password',
			);
		});
	});

	describe('Feed', () => {
		it('returns every video newest first across pages with Return All', async () => {
			server.feedPageSize = 2;
			for (let i = 0; i < 3; i++) server.addVideo(carol.id, `Extra ${i}`);
			const { items } = await run({ resource: 'feed', operation: 'get', returnAll: true });
			const expected = [...server.videos].reverse().map((v) => v.id);
			expect(items.map((i) => i.json.id)).toEqual(expected);
			expect(
				items.every(
					(i) => isUnsafeId(i.json.id) && isUnsafeId((i.json.author as { id: string }).id),
				),
			).toBe(true);
			// 7 videos, 2 a page: 4 pages, the last one short; an empty fifth page ends it.
			expect(server.requestsTo('feed').length).toBeGreaterThanOrEqual(4);
			expect(server.requestsTo('feed')[1].query.latest_time).toBe(
				String(server.videos[5].createdAt),
			);
		});

		it('stops at the limit, and starts from Latest Time', async () => {
			server.feedPageSize = 2;
			const limited = await run({ resource: 'feed', operation: 'get', returnAll: false, limit: 3 });
			expect(limited.items.map((i) => i.json.title)).toEqual([
				'Cat vs. cucumber',
				'Sunset timelapse',
				'Guitar basics',
			]);
			expect(server.requestsTo('feed')).toHaveLength(2);
			const older = await run({
				resource: 'feed',
				operation: 'get',
				returnAll: true,
				options: { latestTime: String(videos[2].createdAt) },
			});
			expect(older.items.map((i) => i.json.title)).toEqual(['Guitar basics', 'Cat on a keyboard']);
		});

		it('marks liked videos and followed authors for the logged-in user', async () => {
			const { items } = await run({ resource: 'feed', operation: 'get', returnAll: true });
			const cat = items.find((i) => i.json.id === videos[0].id)!.json;
			expect(cat).toMatchObject({
				is_favorite: true,
				favorite_count: 2,
				comment_count: 1,
				author: { id: bob.id, is_follow: true, total_favorited: '2' },
			});
		});
	});

	describe('Video', () => {
		it('publishes a video from an n8n binary property as multipart', async () => {
			const bytes = Buffer.from('\x00\x00\x00\x18ftypmp42 not really a video');
			const { items, error } = await run(
				{ resource: 'video', operation: 'publish', binaryPropertyName: 'clip', title: 'My upload' },
				{
					binary: [
						{
							clip: { data: bytes.toString('base64'), mimeType: 'video/mp4', fileName: 'clip.mp4' },
						},
					],
				},
			);
			expect(error).toBeUndefined();
			const stored = server.videos.at(-1)!;
			expect(stored).toMatchObject({
				title: 'My upload',
				authorId: alice.id,
				size: bytes.length,
				fileName: 'clip.mp4',
				mimeType: 'video/mp4',
			});
			expect(items[0].json).toEqual({
				published: true,
				title: 'My upload',
				video_id: stored.id,
				fileName: 'clip.mp4',
				fileSize: bytes.length,
			});
			expect(server.requestsTo('publish')[0].contentType).toMatch(
				/^multipart\/form-data; boundary=/,
			);
		});

		it('fails clearly when the binary property is missing', async () => {
			const { error } = await run(
				{ resource: 'video', operation: 'publish', binaryPropertyName: 'clip', title: 'x' },
				{ items: [{ a: 1 }] },
			);
			expect(error?.message).toMatch(/clip/);
			expect(server.requestsTo('publish')).toHaveLength(0);
		});

		it('publishes by URL and lists published videos of a user', async () => {
			const published = await run({
				resource: 'video',
				operation: 'publishByUrl',
				url: 'https://cdn.example.com/v.mp4',
				title: 'From a URL',
				options: { coverUrl: 'https://cdn.example.com/v.jpg' },
			});
			const id = published.items[0].json.video_id as string;
			expect(isUnsafeId(id)).toBe(true);
			const mine = await run({ resource: 'video', operation: 'getPublished', returnAll: true });
			expect(mine.items.map((i) => [i.json.id, i.json.title, i.json.play_url])).toEqual([
				[id, 'From a URL', 'https://cdn.example.com/v.mp4'],
				[videos[2].id, 'Sunset timelapse', expect.any(String)],
			]);
			const bobs = await run({
				resource: 'video',
				operation: 'getPublished',
				userId: bob.id,
				returnAll: false,
				limit: 1,
			});
			expect(bobs.items.map((i) => i.json.title)).toEqual(['Cat vs. cucumber']);
		});
	});

	describe('Favorite', () => {
		it('likes and unlikes a video by its exact id, and lists liked videos', async () => {
			const target = videos[3];
			await run({ resource: 'favorite', operation: 'like', videoId: target.id });
			expect(server.likes.has(`${alice.id}|${target.id}`)).toBe(true);
			let liked = await run({ resource: 'favorite', operation: 'getMany', returnAll: true });
			expect(liked.items.map((i) => i.json.id)).toEqual([target.id, videos[0].id]);
			const unliked = await run({ resource: 'favorite', operation: 'unlike', videoId: target.id });
			expect(unliked.items[0].json).toEqual({ video_id: target.id, liked: false });
			liked = await run({
				resource: 'favorite',
				operation: 'getMany',
				userId: carol.id,
				returnAll: true,
			});
			expect(liked.items.map((i) => i.json.id)).toEqual([videos[0].id]);
			expect(
				server
					.requestsTo('favoriteAction')
					.map((r) => [r.method, r.query.video_id, r.query.action_type]),
			).toEqual([
				['POST', target.id, '1'],
				['POST', target.id, '2'],
			]);
		});

		it('keeps ids exact from one node output into the next (feed → like by expression)', async () => {
			const feed = await run({ resource: 'feed', operation: 'get', returnAll: true });
			const { items, error } = await run(
				{ resource: 'favorite', operation: 'like', videoId: '={{ $json.id }}' },
				{ items: feed.items.map((i) => i.json) },
			);
			expect(error).toBeUndefined();
			expect(items.map((i) => i.json.video_id)).toEqual(feed.items.map((i) => i.json.id));
			for (const video of server.videos)
				expect(server.likes.has(`${alice.id}|${video.id}`)).toBe(true);
		});
	});

	describe('Comment', () => {
		it('creates, lists and deletes a comment', async () => {
			const created = await run({
				resource: 'comment',
				operation: 'create',
				videoId: videos[1].id,
				text: 'Nice chords',
			});
			const comment = created.items[0].json;
			expect(comment).toMatchObject({
				content: 'Nice chords',
				video_id: videos[1].id,
				user: { id: alice.id, name: 'alice' },
				create_date: expect.stringMatching(/^\d\d-\d\d$/),
			});
			expect(isUnsafeId(comment.id)).toBe(true);
			const list = await run({
				resource: 'comment',
				operation: 'getMany',
				videoId: videos[1].id,
				returnAll: true,
			});
			expect(list.items.map((i) => i.json.id)).toEqual([comment.id]);
			const deleted = await run(
				{
					resource: 'comment',
					operation: 'delete',
					videoId: '={{ $json.video_id }}',
					commentId: '={{ $json.id }}',
				},
				{ items: [comment] },
			);
			expect(deleted.items[0].json).toEqual({
				video_id: videos[1].id,
				comment_id: comment.id,
				deleted: true,
			});
			expect(server.comments.filter((c) => c.videoId === videos[1].id)).toHaveLength(0);
		});

		it("refuses to delete someone else's comment with the server's message and a hint", async () => {
			const carolsComment = server.comments[0];
			const { error } = await run({
				resource: 'comment',
				operation: 'delete',
				videoId: videos[0].id,
				commentId: carolsComment.id,
			});
			expect(error?.message).toBe(
				'Simple Douyin [1]: Could not delete the comment: Only the author can delete a comment',
			);
			expect(error?.description).toMatch(/only the author of a comment can delete it/);
		});
	});

	describe('Relation', () => {
		it('follows and unfollows, and lists following, followers and friends', async () => {
			await run({ resource: 'relation', operation: 'follow', toUserId: carol.id });
			const following = await run({
				resource: 'relation',
				operation: 'getFollowing',
				returnAll: true,
			});
			expect(following.items.map((i) => i.json.name)).toEqual(['bob', 'carol']);
			const friends = await run({ resource: 'relation', operation: 'getFriends', returnAll: true });
			expect(friends.items.map((i) => [i.json.name, i.json.message, i.json.msg_type])).toEqual([
				['bob', 'Hi Alice, did you see the cat video?', 0],
				// No message yet: the documented fields with their zero values.
				['carol', '', 0],
			]);
			const followers = await run({
				resource: 'relation',
				operation: 'getFollowers',
				userId: carol.id,
				returnAll: true,
			});
			expect(followers.items.map((i) => [i.json.id, i.json.name])).toEqual([[alice.id, 'alice']]);
			const unfollowed = await run({
				resource: 'relation',
				operation: 'unfollow',
				toUserId: carol.id,
			});
			expect(unfollowed.items[0].json).toEqual({ to_user_id: carol.id, following: false });
			expect(server.follows.has(`${alice.id}|${carol.id}`)).toBe(false);
		});

		it('passes on the refusal to follow yourself', async () => {
			const { error } = await run({
				resource: 'relation',
				operation: 'follow',
				toUserId: alice.id,
			});
			expect(error?.message).toContain('You cannot follow yourself');
			expect(error?.description).toContain('Servers refuse following yourself');
		});
	});

	describe('Message', () => {
		it('sends messages and reads the chat, all of it or only newer than pre_msg_time', async () => {
			const sent = await run({
				resource: 'message',
				operation: 'send',
				toUserId: bob.id,
				content: 'Yes, loved it!',
			});
			expect(sent.items[0].json).toEqual({
				to_user_id: bob.id,
				content: 'Yes, loved it!',
				sent: true,
			});
			const chat = await run({
				resource: 'message',
				operation: 'getChat',
				toUserId: bob.id,
				returnAll: true,
			});
			expect(
				chat.items.map((i) => [i.json.from_user_id, i.json.to_user_id, i.json.content]),
			).toEqual([
				[bob.id, alice.id, 'Hi Alice, did you see the cat video?'],
				[alice.id, bob.id, 'Yes, loved it!'],
			]);
			expect(typeof chat.items[0].json.create_time).toBe('number');
			expect(isUnsafeId(chat.items[0].json.id)).toBe(true);
			const newer = await run({
				resource: 'message',
				operation: 'getChat',
				toUserId: bob.id,
				returnAll: true,
				options: { preMsgTime: String(chat.items[0].json.create_time) },
			});
			expect(newer.items.map((i) => i.json.content)).toEqual(['Yes, loved it!']);
			expect(server.requestsTo('messageChat').at(-1)!.query.pre_msg_time).toBe(
				String(chat.items[0].json.create_time),
			);
		});
	});

	describe('Authentication', () => {
		it('logs in again once when the server has forgotten the token, and carries on', async () => {
			await run({ resource: 'user', operation: 'get' });
			server.revokeAllTokens();
			const { items, error } = await run({ resource: 'user', operation: 'get' });
			expect(error).toBeUndefined();
			expect(items[0].json.id).toBe(alice.id);
			expect(server.loginCount).toBe(2);
		});

		it('logs in again only once when every token is refused, then fails clearly', async () => {
			server.refuseAllTokens = true;
			const { error } = await run({ resource: 'user', operation: 'get' });
			expect(server.loginCount).toBe(2);
			expect(server.requestsTo('user')).toHaveLength(2);
			expect(error?.message).toBe(
				'Simple Douyin [1]: Could not get the user: Invalid token, please log in again',
			);
			expect(error?.description).toMatch(/refused the token even right after a fresh login/);
			expect(JSON.stringify(error)).not.toContain(ALICE.password);
			expect(JSON.stringify(error)).not.toMatch(/sdy\./);
		});

		it('fails clearly with a wrong password in the credential, without showing it', async () => {
			const { error } = await run(
				{ resource: 'user', operation: 'get' },
				{ credentials: passwordCredentials(server, { password: 'wrong-password-123' }) },
			);
			expect(error?.message).toBe(
				'Simple Douyin [1]: Could not log in as "alice": Wrong username or password',
			);
			expect(JSON.stringify(error)).not.toContain('wrong-password-123');
			expect(server.requestsTo('user')).toHaveLength(0);
		});

		it('uses a fixed token as is, and explains a refused one without showing it', async () => {
			const token = server.issueToken(bob.id);
			const ok = await run(
				{ resource: 'user', operation: 'get' },
				{ credentials: tokenCredentials(server, token) },
			);
			expect(ok.items[0].json).toMatchObject({ id: bob.id, name: 'bob' });
			expect(server.requestsTo('user')[0].query.user_id).toBeUndefined();
			expect(server.loginCount).toBe(0);
			const bad = await run(
				{ resource: 'user', operation: 'get' },
				{ credentials: tokenCredentials(server, 'forged-token-abcdef') },
			);
			expect(bad.error?.message).toContain('Invalid token, please log in again');
			expect(bad.error?.description).toMatch(/refused the token in the credential/);
			expect(JSON.stringify(bad.error)).not.toContain('forged-token-abcdef');
			expect(server.loginCount).toBe(0);
		});

		it('never gives the session of one credential to another with the same username and a wrong password', async () => {
			await run({ resource: 'user', operation: 'get' });
			const before = server.requestsTo('user').length;
			const { error } = await run(
				{ resource: 'user', operation: 'get' },
				{ credentials: passwordCredentials(server, { password: 'guessed-password' }) },
			);
			expect(error?.message).toContain('Wrong username or password');
			expect(server.requestsTo('user')).toHaveLength(before);
			expect(server.loginCount).toBe(2);
		});

		it('says what is missing when the credential has no password', async () => {
			const { error } = await run(
				{ resource: 'user', operation: 'get' },
				{ credentials: passwordCredentials(server, { password: '' }) },
			);
			expect(error?.message).toMatch(/no username or no password/);
		});

		it('tests the credential: OK with the right password, an error naming the cause otherwise', async () => {
			const test = nodeType.methods.credentialTest.simpleDouyinApiTest;
			const ok = await test.call({} as never, {
				id: '1',
				name: 'c',
				type: 'simpleDouyinApi',
				data: passwordCredentials(server).simpleDouyinApi,
			});
			expect(ok.status).toBe('OK');
			const bad = await test.call({} as never, {
				id: '1',
				name: 'c',
				type: 'simpleDouyinApi',
				data: passwordCredentials(server, { password: 'nope-nope' }).simpleDouyinApi,
			});
			expect(bad).toEqual({
				status: 'Error',
				message: expect.stringContaining('Wrong username or password'),
			});
			expect(bad.message).not.toContain('nope-nope');
			const token = await test.call({} as never, {
				id: '1',
				name: 'c',
				type: 'simpleDouyinApi',
				data: tokenCredentials(server, server.issueToken(carol.id)).simpleDouyinApi,
			});
			expect(token).toEqual({ status: 'OK', message: 'The token belongs to carol' });
		});
	});

	describe('Bad input and bad answers', () => {
		it.each([
			['an empty id', '={{ $json.missing ?? "" }}', /Video ID is empty/],
			['a non-numeric id', 'abc', /Video ID "abc" is not an ID/],
			['an id rounded by a number conversion', '={{ 7381234567890123456 }}', /is not exact/],
		])('refuses %s before calling the server', async (_name, videoId, pattern) => {
			const { error } = await run({ resource: 'favorite', operation: 'like', videoId });
			expect(error?.message).toMatch(pattern);
			expect(server.requestsTo('favoriteAction')).toHaveLength(0);
		});

		it('refuses an empty comment text', async () => {
			const { error } = await run({
				resource: 'comment',
				operation: 'create',
				videoId: videos[0].id,
				text: '   ',
			});
			expect(error?.message).toBe('Text is empty');
		});

		it("passes on the server's error envelope with status_code and status_msg", async () => {
			server.injectFault('commentList', {
				kind: 'envelope',
				body: { status_code: 57, status_msg: 'comments are closed', errmsg: ['video locked'] },
			});
			const { error } = await run({
				resource: 'comment',
				operation: 'getMany',
				videoId: videos[0].id,
				returnAll: true,
			});
			expect(error?.message).toBe(
				'Simple Douyin [57]: Could not get the comments: comments are closed',
			);
			expect(error?.description).toContain('Server detail: video locked');
		});

		it('answers an unknown video with the server message', async () => {
			const { error } = await run({
				resource: 'favorite',
				operation: 'like',
				videoId: '1234567890123456789',
			});
			expect(error?.message).toContain("Video doesn't exist");
		});

		it.each([
			['an HTML gateway page', { kind: 'html' as const }, /HTML page instead of JSON/],
			['malformed JSON', { kind: 'malformed' as const }, /malformed JSON/],
			[
				'a 503 without a body',
				{ kind: 'status' as const, status: 503 },
				/HTTP 503 with an empty body/,
			],
		])('names the cause when the server answers %s', async (_name, fault, pattern) => {
			// Reads are retried twice on 5xx, so the fault is queued for every attempt.
			server.injectFault('user', fault, 3);
			const { error } = await run({ resource: 'user', operation: 'get' });
			expect(error?.message).toMatch(pattern);
		});

		it('retries a read after one 5xx and succeeds', async () => {
			server.injectFault('followList', { kind: 'status', status: 502 });
			const { items, error } = await run({
				resource: 'relation',
				operation: 'getFollowing',
				returnAll: true,
			});
			expect(error).toBeUndefined();
			expect(items.map((i) => i.json.name)).toEqual(['bob']);
		});

		it('does not resend a message after a 5xx (it may have been delivered)', async () => {
			server.injectFault('messageAction', { kind: 'html', status: 500 });
			const { error } = await run({
				resource: 'message',
				operation: 'send',
				toUserId: bob.id,
				content: 'once',
			});
			expect(error?.message).toMatch(/HTTP 500 with an HTML page/);
			expect(server.requestsTo('messageAction')).toHaveLength(1);
		});

		it('waits for a slow answer', async () => {
			server.injectFault('user', { kind: 'delay', ms: 300 });
			const { items, error } = await run({ resource: 'user', operation: 'get' });
			expect(error).toBeUndefined();
			expect(items[0].json.name).toBe('alice');
		});

		it('keeps the other items when one fails and Continue On Fail is on', async () => {
			const { items } = await run(
				{ resource: 'favorite', operation: 'like', videoId: '={{ $json.v }}' },
				{
					items: [{ v: videos[0].id }, { v: '999' }, { v: '' }, { v: videos[1].id }],
					continueOnFail: true,
				},
			);
			expect(items.map((i) => (i.json.error ? `error:${i.json.code ?? ''}` : 'ok'))).toEqual([
				'ok',
				'error:1',
				'error:',
				'ok',
			]);
			expect(items[1].json.error).toMatch(/Video doesn't exist/);
			expect(items[2].json.error).toMatch(/Video ID is empty/);
			expect(items.map((i) => i.pairedItem)).toEqual([
				{ item: 0 },
				{ item: 1 },
				{ item: 2 },
				{ item: 3 },
			]);
			expect(server.likes.has(`${alice.id}|${videos[1].id}`)).toBe(true);
		});

		it('says the base URL is wrong when no form of the route exists', async () => {
			const { error } = await run(
				{ resource: 'user', operation: 'get' },
				{ credentials: passwordCredentials(server, { baseUrl: `${server.url}/api` }) },
			);
			expect(error?.message).toMatch(/has no route \/api\/user\/login\/ \(HTTP 404/);
			expect(error?.description).toMatch(/ending in \/douyin/);
		});

		it('adds /douyin to a base URL that is just the host', async () => {
			const { items, error } = await run(
				{ resource: 'user', operation: 'get' },
				{ credentials: passwordCredentials(server, { baseUrl: server.url }) },
			);
			expect(error).toBeUndefined();
			expect(items[0].json.name).toBe('alice');
		});

		it('says the server is unreachable', async () => {
			const credentials = passwordCredentials(server);
			await server.stop();
			const { error } = await run({ resource: 'user', operation: 'get' }, { credentials });
			// n8n words ECONNREFUSED its own way; either wording names the cause.
			expect(error?.message).toMatch(/Connection refused|refused the connection/);
			({ server } = await startServer());
		});
	});
});

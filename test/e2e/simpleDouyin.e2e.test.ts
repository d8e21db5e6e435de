import {
	SimpleDouyinServer,
	type UserRecord,
	type VideoRecord,
} from '../servers/simpleDouyin/SimpleDouyinServer';
import { createSandbox, loadExample, type N8nSandbox } from './realN8n';

jest.setTimeout(600_000);

const CREDENTIAL = {
	id: 'simple-douyin-e2e',
	name: 'Simple Douyin (local)',
	type: 'simpleDouyinApi',
};
const BAD_TOKEN_CREDENTIAL = {
	id: 'simple-douyin-e2e-bad-token',
	name: 'Simple Douyin (forged token)',
	type: 'simpleDouyinApi',
};
const FORGED_TOKEN = 'forged-token-e2e-4711';
const GIN_TOKEN_CREDENTIAL = {
	id: 'simple-douyin-e2e-gin-token',
	name: 'Simple Douyin (gin server, fixed token)',
	type: 'simpleDouyinApi',
};

type Workflow = Record<string, unknown> & {
	id: string;
	nodes: Array<{
		name: string;
		type: string;
		credentials?: Record<string, { id: string; name: string }>;
	}>;
};

/** A copy of an example under a new id, with every Simple Douyin node using another credential. */
function withCredential(
	workflow: Record<string, unknown>,
	id: string,
	credential: { id: string; name: string },
): Workflow {
	const copy = JSON.parse(JSON.stringify(workflow)) as Workflow;
	copy.id = id;
	for (const node of copy.nodes)
		if (node.credentials?.simpleDouyinApi)
			node.credentials.simpleDouyinApi = { id: credential.id, name: credential.name };
	return copy;
}

const isUnsafeId = (id: unknown) =>
	typeof id === 'string' && /^\d+$/.test(id) && !Number.isSafeInteger(Number(id));

describe('Simple Douyin in a real n8n, installed from the package tarball', () => {
	let server: SimpleDouyinServer;
	/** The strict flavour that plays the independent Go/gin server (reference §7). */
	let gin: SimpleDouyinServer;
	let ginWorld: ReturnType<SimpleDouyinServer['seedDemo']>;
	let sandbox: N8nSandbox;
	let alice: UserRecord;
	let bob: UserRecord;
	let videos: VideoRecord[];

	beforeAll(async () => {
		server = await new SimpleDouyinServer().start(0, '127.0.0.1');
		({ alice, bob, videos } = server.seedDemo());
		gin = await new SimpleDouyinServer({ flavor: 'gin' }).start(0, '127.0.0.1');
		ginWorld = gin.seedDemo();
		sandbox = await createSandbox();
		await sandbox.importCredentials([
			{
				...CREDENTIAL,
				data: {
					baseUrl: server.baseUrl,
					authMode: 'password',
					username: 'alice',
					password: 'alice-password',
				},
			},
			{
				...BAD_TOKEN_CREDENTIAL,
				data: { baseUrl: server.baseUrl, authMode: 'token', token: FORGED_TOKEN },
			},
			{
				...GIN_TOKEN_CREDENTIAL,
				data: {
					baseUrl: gin.baseUrl,
					authMode: 'token',
					token: gin.issueToken(ginWorld.alice.id),
				},
			},
		]);
	});

	afterAll(async () => {
		await sandbox?.dispose();
		await server?.stop();
		await gin?.stop();
	});

	it('likes and comments on the latest videos with exact int64 ids (simple-douyin-feed-like-comment.json)', async () => {
		await sandbox.importWorkflow(loadExample('simple-douyin-feed-like-comment.json'));
		const run = await sandbox.execute('sdyFeedLike00001');
		expect(run.error).toBeUndefined();
		expect(run.status).toBe('success');
		const latest = [...videos].reverse().slice(0, 3);
		const feed = run.nodeItems('Get Latest Videos');
		expect(feed.map((v) => v.id)).toEqual(latest.map((v) => v.id));
		expect(feed.every((v) => isUnsafeId(v.id))).toBe(true);
		expect(run.nodeItems('Like Video')).toEqual(
			latest.map((v) => ({ video_id: v.id, liked: true })),
		);
		expect(run.nodeItems('Comment on Video').map((c) => [c.video_id, c.content])).toEqual(
			latest.map((v) => [v.id, 'Liked by my n8n workflow']),
		);
		for (const video of latest) {
			expect(server.likes.has(`${alice.id}|${video.id}`)).toBe(true);
			expect(server.comments.some((c) => c.videoId === video.id && c.userId === alice.id)).toBe(
				true,
			);
		}
	});

	it('gets my profile and who I follow (simple-douyin-profile-and-following.json)', async () => {
		await sandbox.importWorkflow(loadExample('simple-douyin-profile-and-following.json'));
		const run = await sandbox.execute('sdyProfile000001');
		expect(run.error).toBeUndefined();
		expect(run.nodeItems('Get My Profile')).toEqual([
			expect.objectContaining({ id: alice.id, name: 'alice', follow_count: 1 }),
		]);
		expect(run.nodeItems('Get Following')).toEqual([
			expect.objectContaining({ id: bob.id, name: 'bob', is_follow: true }),
		]);
	});

	it('greets every friend and reads the chat (simple-douyin-greet-friends.json)', async () => {
		await sandbox.importWorkflow(loadExample('simple-douyin-greet-friends.json'));
		const run = await sandbox.execute('sdyGreetFriend01');
		expect(run.error).toBeUndefined();
		expect(run.nodeItems('Get Friends')).toEqual([
			expect.objectContaining({
				id: bob.id,
				message: 'Hi Alice, did you see the cat video?',
				msg_type: 0,
			}),
		]);
		expect(run.nodeItems('Send Greeting')).toEqual([
			{ to_user_id: bob.id, content: 'Hi bob, greetings from n8n!', sent: true },
		]);
		expect(run.nodeItems('Get Chat').map((m) => [m.from_user_id, m.content])).toEqual([
			[bob.id, 'Hi Alice, did you see the cat video?'],
			[alice.id, 'Hi bob, greetings from n8n!'],
		]);
	});

	it('publishes a video file from a binary property as multipart (simple-douyin-publish-video.json)', async () => {
		await sandbox.importWorkflow(loadExample('simple-douyin-publish-video.json'));
		const run = await sandbox.execute('sdyPublish000001');
		expect(run.error).toBeUndefined();
		const stored = server.videos.at(-1)!;
		expect(stored).toMatchObject({
			title: 'Uploaded from n8n',
			authorId: alice.id,
			size: 40,
			fileName: 'clip.mp4',
			mimeType: 'video/mp4',
		});
		expect(run.nodeItems('Publish Video')).toEqual([
			expect.objectContaining({ published: true, video_id: stored.id, fileSize: 40 }),
		]);
		expect(run.nodeItems('Get My Videos')[0]).toMatchObject({
			id: stored.id,
			title: 'Uploaded from n8n',
		});
	});

	it('fails with a clear error, and without the token, when the credential holds a forged token', async () => {
		await sandbox.importWorkflow(
			withCredential(
				loadExample('simple-douyin-profile-and-following.json'),
				'sdyBadToken00001',
				BAD_TOKEN_CREDENTIAL,
			),
		);
		const run = await sandbox.execute('sdyBadToken00001');
		expect(run.status).toBe('error');
		expect(run.error?.message).toBe(
			'Simple Douyin [1]: Could not get the user: Invalid token, please log in again',
		);
		expect(run.error?.description).toMatch(/refused the token in the credential/);
		expect(run.nodeItems('Get Following')).toEqual([]);
		expect(JSON.stringify(run.raw)).not.toContain(FORGED_TOKEN);
	});

	it('runs the feed, profile and chat examples against a gin-style server with a fixed token', async () => {
		const { alice: ginAlice, bob: ginBob, videos: ginVideos } = ginWorld;
		const examples = [
			['simple-douyin-feed-like-comment.json', 'sdyGinFeed000001'],
			['simple-douyin-profile-and-following.json', 'sdyGinProfile001'],
			['simple-douyin-greet-friends.json', 'sdyGinGreet00001'],
		] as const;
		for (const [file, id] of examples)
			await sandbox.importWorkflow(withCredential(loadExample(file), id, GIN_TOKEN_CREDENTIAL));

		// Feed › Get with default parameters (latest_time required there) and ids kept exact.
		const feed = await sandbox.execute('sdyGinFeed000001');
		expect(feed.error).toBeUndefined();
		const latest = [...ginVideos].reverse().slice(0, 3);
		expect(feed.nodeItems('Get Latest Videos').map((v) => v.id)).toEqual(latest.map((v) => v.id));
		// Every documented field, although the server omits zero values and has no title.
		expect(feed.nodeItems('Get Latest Videos')[0]).toMatchObject({ title: '', is_favorite: false });
		for (const video of latest) expect(gin.likes.has(`${ginAlice.id}|${video.id}`)).toBe(true);

		// A fixed token and "leave empty for the logged-in user": the token's owner is learned.
		const profile = await sandbox.execute('sdyGinProfile001');
		expect(profile.error).toBeUndefined();
		expect(profile.nodeItems('Get My Profile')).toEqual([
			expect.objectContaining({ id: ginAlice.id, name: 'alice' }),
		]);
		expect(profile.nodeItems('Get Following').map((u) => u.id)).toEqual([ginBob.id]);

		// Message › Get Chat with default parameters (pre_msg_time required there).
		const greet = await sandbox.execute('sdyGinGreet00001');
		expect(greet.error).toBeUndefined();
		expect(greet.nodeItems('Get Chat').map((m) => m.content)).toEqual([
			'Hi Alice, did you see the cat video?',
			'Hi bob, greetings from n8n!',
		]);
	});
});

import { toTikTokLiveSettings } from '../../nodes/TikTokLive/credentials';
import { TikTokLive } from '../../nodes/TikTokLive/TikTokLive.node';
import { executeNode } from '../helpers/n8nEngine';
import type { TikTokLiveServer } from '../servers/tiktokLive/TikTokLiveServer';
import { ROOM_ID, SESSION_ID, startServer, UNIQUE_ID } from './connectionFixtures';

const nodeType = new TikTokLive();

describe('TikTok LIVE action node through the n8n execution engine', () => {
	let server: TikTokLiveServer;
	beforeEach(async () => {
		server = await startServer();
	});
	afterEach(() => server.stop());

	const run = (
		parameters: Record<string, unknown>,
		options: {
			items?: Array<Record<string, unknown>>;
			continueOnFail?: boolean;
			credentials?: Record<string, unknown>;
		} = {},
	) =>
		executeNode({
			nodeType,
			parameters: parameters as never,
			items: options.items as never,
			continueOnFail: options.continueOnFail,
			credentials: {
				tikTokLiveApi: {
					fetchMode: 'signServer',
					webBaseUrl: server.baseUrl,
					webcastBaseUrl: server.baseUrl,
					signServerUrl: server.baseUrl,
					...options.credentials,
				} as never,
			},
		});

	it('User › Get Info: live status and the room id as an exact string, from the live page', async () => {
		const { items, error } = await run({
			resource: 'user',
			operation: 'getInfo',
			username: `@${UNIQUE_ID}`,
		});
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({
			uniqueId: UNIQUE_ID,
			roomId: ROOM_ID,
			isLive: true,
			status: 2,
			source: 'html',
			viewerCount: 321,
		});
	});

	it('User › Get Info: an offline user keeps the room id TikTok still lists, but is not live', async () => {
		server.rooms.get(ROOM_ID)!.live = false;
		const { items } = await run({
			resource: 'user',
			operation: 'getInfo',
			username: `https://www.tiktok.com/@${UNIQUE_ID}/live`,
		});
		expect(items[0].json).toMatchObject({
			uniqueId: UNIQUE_ID,
			roomId: ROOM_ID,
			isLive: false,
			status: 4,
		});
	});

	it('User › Get Info: falls back to api-live when the live page is blocked', async () => {
		server.livePageBlocked = true;
		const { items } = await run({ resource: 'user', operation: 'getInfo', username: UNIQUE_ID });
		expect(items[0].json).toMatchObject({ roomId: ROOM_ID, isLive: true, source: 'api' });
		expect(server.requestsTo('/api-live/user/room/')[0].query.get('sourceType')).toBe('54');
	});

	it('User › Get Info: an unknown user is a clear error; Continue On Fail keeps the other items', async () => {
		const { items } = await run(
			{ resource: 'user', operation: 'getInfo', username: '={{ $json.user }}' },
			{ items: [{ user: 'nobody_here' }, { user: UNIQUE_ID }], continueOnFail: true },
		);
		expect(items[0].json).toMatchObject({
			error: expect.stringContaining('@nobody_here was not found'),
			code: 'USER_NOT_FOUND',
		});
		expect(items[1].json).toMatchObject({ roomId: ROOM_ID });
		expect(items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	});

	it('Room › Get Info: summary fields with exact ids, the whole room under "room"', async () => {
		const { items } = await run({ resource: 'room', operation: 'getInfo', roomId: ROOM_ID });
		expect(items[0].json).toMatchObject({
			roomId: ROOM_ID,
			isLive: true,
			status: 2,
			ownerUserId: '6800000000000000001',
			ownerUniqueId: UNIQUE_ID,
			viewerCount: 321,
			likeCount: 1234,
			totalUser: 5000,
		});
		expect((items[0].json.room as Record<string, unknown>).id).toBe(ROOM_ID);
		expect(server.requestsTo('/webcast/room/info/')[0].query.get('aid')).toBe('1988');
	});

	it("Room › Get Info: an unknown room surfaces TikTok's status code and message", async () => {
		const { error } = await run({ resource: 'room', operation: 'getInfo', roomId: '1' });
		expect(error?.message).toContain('Request params error');
		expect(error?.message).toContain('10011');
	});

	it('Room › Get Info: refuses a room id that a number conversion already rounded', async () => {
		const { error } = await run({
			resource: 'room',
			operation: 'getInfo',
			roomId: '={{ 7312345678901234567 }}',
		});
		expect(error?.message).toContain('is not exact');
		expect(server.requestsTo('/webcast/room/info/')).toHaveLength(0);
	});

	it('Gift › Get List: one item per gift', async () => {
		const { items } = await run({ resource: 'gift', operation: 'getList', roomId: ROOM_ID });
		expect(items.map((i) => [i.json.id, i.json.name, i.json.diamond_count])).toEqual([
			[5655, 'Rose', 1],
			[5827, 'Ice Cream Cone', 1],
			[6064, 'GG', 1],
			[7934, 'Heart Me', 1],
		]);
		expect(server.requestsTo('/webcast/gift/list/')[0].query.get('room_id')).toBe(ROOM_ID);
	});

	it('Coin › Get Price List: one item per coin package with the default currency', async () => {
		const { items } = await run({ resource: 'coin', operation: 'getPriceList' });
		expect(items.map((i) => [i.json.diamond_count, i.json.price, i.json.defaultCurrency])).toEqual([
			[70, 99, 'USD'],
			[350, 499, 'USD'],
		]);
	});

	it('Feed › Get Recommended Lives: pages with max_time under Return All, stops at the Limit otherwise', async () => {
		server.feedRooms = Array.from({ length: 7 }, (_, i) => ({
			roomId: String(7_350_000_000_000_000_000n + BigInt(i)),
			title: `Live ${i}`,
			ownerNickname: `Host ${i}`,
		}));
		let { items } = await run({ resource: 'feed', operation: 'getRecommended', returnAll: true });
		expect(items.map((i) => i.json.id_str)).toEqual(server.feedRooms.map((r) => r.roomId));
		expect(items[0].json.id).toBe('7350000000000000000');
		expect(server.requestsTo('/webcast/feed/').map((r) => r.query.get('max_time'))).toEqual([
			null,
			'3',
			'6',
		]);
		({ items } = await run({
			resource: 'feed',
			operation: 'getRecommended',
			returnAll: false,
			limit: 2,
		}));
		expect(items.map((i) => i.json.title)).toEqual(['Live 0', 'Live 1']);
		expect(server.requestsTo('/webcast/feed/')).toHaveLength(4);
	});

	it('Stream › Get URLs: FLV and HLS per quality', async () => {
		const { items } = await run({ resource: 'stream', operation: 'getUrls', roomId: ROOM_ID });
		const json = items[0].json as {
			roomId: string;
			isLive: boolean;
			defaultQuality: string;
			urls: Array<{ quality: string; flv?: string; hls?: string }>;
			hls: string;
		};
		expect(json).toMatchObject({ roomId: ROOM_ID, isLive: true, defaultQuality: 'HD1' });
		expect(json.urls.map((u) => u.quality)).toEqual(['FULL_HD1', 'HD1', 'SD1', 'SD2']);
		expect(json.urls[0]).toEqual({
			quality: 'FULL_HD1',
			flv: expect.stringContaining('_or4.flv'),
			hls: expect.stringContaining('_or4.m3u8'),
		});
		expect(json.hls).toContain('.m3u8');
	});

	it('sends the session cookie to TikTok only, and never shows it in an error', async () => {
		await run(
			{ resource: 'room', operation: 'getInfo', roomId: ROOM_ID },
			{ credentials: { sessionToken: SESSION_ID } },
		);
		expect(String(server.requestsTo('/webcast/room/info/')[0].headers.cookie)).toContain(
			`sessionid=${SESSION_ID}`,
		);
		const { error } = await run(
			{ resource: 'room', operation: 'getInfo', roomId: '1' },
			{ credentials: { sessionToken: SESSION_ID } },
		);
		expect(JSON.stringify(error)).not.toContain(SESSION_ID);
	});

	it("without a credential, uses TikTok's hosts and the public sign server without a key", () => {
		const settings = toTikTokLiveSettings();
		expect(settings.client.webBaseUrl).toBe('https://www.tiktok.com');
		expect(settings.client.webcastBaseUrl).toBe('https://webcast.tiktok.com');
		expect(settings.sign?.baseUrl).toBe('https://tiktok.eulerstream.com');
		expect(toTikTokLiveSettings({ fetchMode: 'direct' }).sign).toBeUndefined();
	});
});

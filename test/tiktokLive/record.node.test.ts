import type { IBinaryData, IDataObject } from 'n8n-workflow';

import { TikTokLive } from '../../nodes/TikTokLive/TikTokLive.node';
import { useFilesystemBinaryData } from '../helpers/binaryData';
import { executeNode } from '../helpers/n8nEngine';
import { ConnectProxy } from '../servers/tiktokLive/ConnectProxy';
import {
	segmentLabels,
	StreamServer,
	streamUrlObject,
	type MediaStream,
} from '../servers/tiktokLive/StreamServer';
import type { TikTokLiveServer } from '../servers/tiktokLive/TikTokLiveServer';
import { ROOM_ID, SESSION_ID, startServer, UNIQUE_ID } from './connectionFixtures';
import { parseFlv, TAG_AUDIO, TAG_SCRIPT, TAG_VIDEO } from './flv';

jest.setTimeout(30_000);

const nodeType = new TikTokLive();

describe('TikTok LIVE › Stream › Record through the n8n execution engine', () => {
	let webcast: TikTokLiveServer;
	let cdn: StreamServer;
	let store: Awaited<ReturnType<typeof useFilesystemBinaryData>>;

	beforeAll(async () => {
		store = await useFilesystemBinaryData();
	});
	beforeEach(async () => {
		webcast = await startServer();
		cdn = await new StreamServer().start();
	});
	afterEach(async () => {
		await webcast.stop();
		await cdn.stop();
	});

	/** Points the room at CDN streams: FLV per quality, and HLS per quality. */
	const roomStreams = (
		flv: Record<string, MediaStream | string>,
		hls: Record<string, MediaStream | string> = {},
	) => {
		const names = (entries: Record<string, MediaStream | string>, prefix: string) =>
			Object.fromEntries(
				Object.entries(entries).map(([quality, stream]) => {
					const name = `${prefix}-${quality}`;
					if (typeof stream !== 'string') cdn.addStream(name, stream);
					return [quality, typeof stream === 'string' ? stream : name];
				}),
			);
		webcast.rooms.get(ROOM_ID)!.streamUrl = streamUrlObject(
			cdn,
			names(flv, 'flv'),
			names(hls, 'hls'),
		);
	};

	const record = (
		parameters: Record<string, unknown>,
		options: {
			credentials?: Record<string, unknown>;
			continueOnFail?: boolean;
			cancel?: AbortSignal;
		} = {},
	) =>
		executeNode({
			nodeType,
			parameters: {
				resource: 'stream',
				operation: 'record',
				source: 'username',
				username: UNIQUE_ID,
				...parameters,
			} as never,
			continueOnFail: options.continueOnFail,
			cancel: options.cancel,
			credentials: {
				tikTokLiveApi: {
					fetchMode: 'signServer',
					webBaseUrl: webcast.baseUrl,
					webcastBaseUrl: webcast.baseUrl,
					signServerUrl: webcast.baseUrl,
					...options.credentials,
				} as never,
			},
		});

	const recorded = async (item: { json: IDataObject; binary?: Record<string, IBinaryData> }) => {
		const binary = item.binary?.[(item.json.binaryPropertyName as string) ?? 'data'];
		expect(binary).toBeDefined();
		return { binary: binary!, bytes: await store.read(binary!) };
	};

	it('records the best FLV quality for the duration limit into a parseable file in the filesystem store', async () => {
		roomStreams({
			SD1: { kind: 'flv' },
			FULL_HD1: { kind: 'flv', startTimestampMs: 90_000 },
			HD1: { kind: 'flv' },
		});
		const { items, error } = await record({ maxDurationSeconds: 1.5, maxSizeMb: 0 });
		expect(error).toBeUndefined();
		const json = items[0].json;
		expect(json).toMatchObject({
			roomId: ROOM_ID,
			uniqueId: UNIQUE_ID,
			quality: 'FULL_HD1',
			format: 'flv',
			container: 'flv',
			mimeType: 'video/x-flv',
			endedBy: 'duration',
		});
		expect(String(json.fileName)).toMatch(new RegExp(`^${UNIQUE_ID}-\\d{8}T\\d{6}Z\\.flv$`));
		const { binary, bytes } = await recorded(items[0]);
		// Filesystem mode: the item refers to a file in n8n's store, it does not carry the bytes.
		expect(binary.id).toMatch(/^filesystem(-v2)?:/);
		expect(binary.mimeType).toBe('video/x-flv');
		expect(bytes.length).toBe(json.bytes);
		const flv = parseFlv(bytes);
		expect(flv.trailingBytes).toBe(0);
		expect(flv.tags[0]).toMatchObject({ type: TAG_SCRIPT, timestamp: 0 });
		const media = flv.tags.filter((t) => t.type !== TAG_SCRIPT);
		for (const type of [TAG_AUDIO, TAG_VIDEO]) {
			const times = media.filter((t) => t.type === type && t.timestamp > 0).map((t) => t.timestamp);
			expect(times.length).toBeGreaterThan(10);
			expect(times[0]).toBeGreaterThanOrEqual(90_000);
			expect([...times].sort((a, b) => a - b)).toEqual(times);
			expect(new Set(times).size).toBe(times.length);
		}
		expect(json.durationSeconds as number).toBeGreaterThanOrEqual(1.4);
		expect(json.durationSeconds as number).toBeLessThan(3);
		expect(json.mediaDurationSeconds as number).toBeGreaterThan(0.8);
		expect(json.tags).toBe(flv.tags.length);
		await cdn.waitUntilClosed();
	});

	it('stops before the size limit on a tag boundary, without waiting for the duration', async () => {
		roomStreams({ HD1: { kind: 'flv', speed: 0 } });
		const started = Date.now();
		const { items } = await record({ maxDurationSeconds: 60, maxSizeMb: 0.05 });
		expect(Date.now() - started).toBeLessThan(10_000);
		const limit = Math.floor(0.05 * 1024 * 1024);
		expect(items[0].json).toMatchObject({ endedBy: 'limit', quality: 'HD1' });
		const { bytes } = await recorded(items[0]);
		expect(bytes.length).toBeLessThanOrEqual(limit);
		// Within one tag of the limit: nothing was dropped early.
		expect(bytes.length).toBeGreaterThan(limit - 1300);
		expect(parseFlv(bytes).trailingBytes).toBe(0);
		await cdn.waitUntilClosed();
	});

	it('ends at the stream end and says so', async () => {
		roomStreams({ HD1: { kind: 'flv', speed: 4, endAfterMs: 1000 } });
		const { items } = await record({ maxDurationSeconds: 30 });
		expect(items[0].json).toMatchObject({ endedBy: 'streamEnd' });
		const flv = parseFlv((await recorded(items[0])).bytes);
		expect(Math.max(...flv.tags.map((t) => t.timestamp))).toBeGreaterThanOrEqual(960);
	});

	it('keeps the bytes of a stalled stream and ends it as "stalled" after the stall timeout', async () => {
		roomStreams({ HD1: { kind: 'flv', speed: 0, stallAfterMs: 500 } });
		const started = Date.now();
		const { items, error } = await record({
			maxDurationSeconds: 30,
			recordOptions: { stallTimeoutSeconds: 1 },
		});
		expect(error).toBeUndefined();
		expect(Date.now() - started).toBeLessThan(8_000);
		expect(items[0].json).toMatchObject({ endedBy: 'stalled' });
		const flv = parseFlv((await recorded(items[0])).bytes);
		expect(flv.trailingBytes).toBe(0);
		expect(Math.max(...flv.tags.map((t) => t.timestamp))).toBeGreaterThanOrEqual(460);
		await cdn.waitUntilClosed();
	});

	it('hostile bytes mid-stream end the recording as "error" and keep the whole tags before them', async () => {
		roomStreams({ HD1: { kind: 'flv', speed: 0, corruptAfterMs: 400 } });
		const { items, error } = await record({ maxDurationSeconds: 30 });
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ endedBy: 'error' });
		expect(String(items[0].json.error)).toContain('FLV tag type 15');
		const flv = parseFlv((await recorded(items[0])).bytes);
		expect(flv.trailingBytes).toBe(0);
		expect(Math.max(...flv.tags.map((t) => t.timestamp))).toBeGreaterThanOrEqual(360);
		await cdn.waitUntilClosed();
	});

	it('a tag announcing more than the size budget ends the recording at once, without buffering it', async () => {
		roomStreams({ HD1: { kind: 'flv', speed: 0, hugeTagAfterMs: 200 } });
		const started = Date.now();
		const { items } = await record({
			maxDurationSeconds: 30,
			maxSizeMb: 1,
			recordOptions: { stallTimeoutSeconds: 20 },
		});
		expect(Date.now() - started).toBeLessThan(5_000);
		expect(items[0].json).toMatchObject({ endedBy: 'limit' });
		expect(parseFlv((await recorded(items[0])).bytes).trailingBytes).toBe(0);
	});

	it('a body that is not FLV is named before anything is stored', async () => {
		roomStreams({ HD1: { kind: 'flv' } });
		cdn.injectFault('/live/flv-HD1.flv', {
			kind: 'status',
			status: 200,
			body: 'hello, this is not a stream',
		});
		const { error } = await record({});
		expect(error?.message).toContain('The FLV stream is not FLV');
	});

	it('HLS: a playlist that stops growing ends as "stalled" with the segments it had', async () => {
		roomStreams({}, { HD1: { kind: 'hls', segmentMs: 300, window: 3, stallAfterSegments: 5 } });
		const { items } = await record({
			maxDurationSeconds: 30,
			recordOptions: { stallTimeoutSeconds: 1 },
		});
		expect(items[0].json).toMatchObject({ endedBy: 'stalled', format: 'hls' });
		const labels = segmentLabels((await recorded(items[0])).bytes);
		expect(labels).toEqual(['seg=hd:0', 'seg=hd:1', 'seg=hd:2', 'seg=hd:3', 'seg=hd:4']);
	});

	it('follows the CDN redirect to another edge, and sends the session cookie to no CDN host', async () => {
		roomStreams({ HD1: { kind: 'flv', redirect: true, speed: 4, endAfterMs: 400 } });
		const { items } = await record(
			{ maxDurationSeconds: 10 },
			{ credentials: { sessionToken: SESSION_ID } },
		);
		expect(items[0].json).toMatchObject({ endedBy: 'streamEnd' });
		expect(cdn.requests.map((r) => r.path)).toEqual([
			'/live/flv-HD1.flv',
			'/edge/live/flv-HD1.flv',
		]);
		for (const request of cdn.requests) {
			expect(request.headers.cookie).toBeUndefined();
			expect(request.headers.referer).toBe('https://www.tiktok.com/');
		}
		// The WebCast lookups did carry the session.
		expect(String(webcast.requestsTo('/webcast/room/info/')[0].headers.cookie)).toContain(
			SESSION_ID,
		);
	});

	it('records through the credential’s proxy', async () => {
		const proxy = await new ConnectProxy().start();
		try {
			roomStreams({ HD1: { kind: 'flv', speed: 4, endAfterMs: 400 } });
			const { items, error } = await record(
				{ maxDurationSeconds: 10 },
				{ credentials: { proxyUrl: proxy.url } },
			);
			expect(error).toBeUndefined();
			expect(items[0].json.endedBy).toBe('streamEnd');
			const cdnPort = new URL(cdn.url).port;
			expect(proxy.tunnels.some((t) => t.target === `127.0.0.1:${cdnPort}`)).toBe(true);
		} finally {
			await proxy.stop();
		}
	});

	it('stops at once when the execution is cancelled, and closes the stream', async () => {
		roomStreams({ HD1: { kind: 'flv' } });
		const cancel = new AbortController();
		const started = Date.now();
		const running = record({ maxDurationSeconds: 60 }, { cancel: cancel.signal });
		await cdn.waitFor(() => cdn.openResponses > 0);
		await new Promise((r) => setTimeout(r, 300));
		cancel.abort();
		const { run } = await running;
		expect(run.status).toBe('canceled');
		expect(Date.now() - started).toBeLessThan(10_000);
		await cdn.waitUntilClosed();
	});

	it('records an HLS-only room: master → highest variant, live-edge segments in order, none twice', async () => {
		roomStreams({}, { FULL_HD1: { kind: 'hls', segmentMs: 500, window: 5 } });
		const { items, error } = await record({ maxDurationSeconds: 2.6 });
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({
			format: 'hls',
			container: 'ts',
			mimeType: 'video/mp2t',
			quality: 'FULL_HD1',
			endedBy: 'duration',
		});
		expect(String(items[0].json.fileName)).toMatch(/\.ts$/);
		const labels = segmentLabels((await recorded(items[0])).bytes);
		const sequences = labels.map((l) => Number(/:(\d+)$/.exec(l)![1]));
		expect(labels.every((l) => l.startsWith('seg=hd:'))).toBe(true);
		// The live edge: three segments of the first window (seq 2..4), then the new ones, consecutive.
		expect(sequences[0]).toBe(2);
		expect(sequences).toEqual(sequences.map((_, i) => sequences[0] + i));
		expect(sequences.length).toBeGreaterThanOrEqual(6);
		expect(items[0].json.segments).toBe(sequences.length);
		const reloads = cdn.requests.filter((r) => r.path.endsWith('/hd/index.m3u8')).length;
		expect(reloads).toBeGreaterThanOrEqual(3);
	});

	it('HLS: the lowest quality takes the lowest variant, and EXT-X-ENDLIST ends the recording', async () => {
		roomStreams({}, { SD1: { kind: 'hls', segmentMs: 300, window: 3, endAfterSegments: 6 } });
		const { items } = await record({ quality: 'lowest', format: 'hls', maxDurationSeconds: 20 });
		expect(items[0].json).toMatchObject({ endedBy: 'streamEnd', quality: 'SD1' });
		const labels = segmentLabels((await recorded(items[0])).bytes);
		expect(labels).toEqual([
			'seg=sd:0',
			'seg=sd:1',
			'seg=sd:2',
			'seg=sd:3',
			'seg=sd:4',
			'seg=sd:5',
		]);
	});

	it('HLS fMP4: the EXT-X-MAP init section once, then the fragments, as video/mp4', async () => {
		roomStreams(
			{},
			{ HD1: { kind: 'hls', segmentMs: 300, window: 3, endAfterSegments: 4, fmp4: true } },
		);
		const { items } = await record({ maxDurationSeconds: 20 });
		expect(items[0].json).toMatchObject({
			endedBy: 'streamEnd',
			container: 'mp4',
			mimeType: 'video/mp4',
		});
		expect(String(items[0].json.fileName)).toMatch(/\.mp4$/);
		expect((await recorded(items[0])).bytes.toString('latin1')).toBe(
			'INIT:hd;FRAG:hd:0;FRAG:hd:1;FRAG:hd:2;FRAG:hd:3;',
		);
	});

	it('an offline room is a clear error with the room state, before anything is recorded', async () => {
		roomStreams({ HD1: { kind: 'flv' } });
		webcast.rooms.get(ROOM_ID)!.live = false;
		const { error } = await record({ source: 'roomId', roomId: ROOM_ID });
		expect(error?.message).toContain(
			`@${UNIQUE_ID} (room ${ROOM_ID}) is not live (status 4: ended)`,
		);
		expect(cdn.requests).toHaveLength(0);
	});

	it('names a refused stream URL (403) and an HTML block page; Continue On Fail keeps the error item', async () => {
		roomStreams({ HD1: { kind: 'flv' } });
		cdn.injectFault('/live/flv-HD1.flv', { kind: 'status', status: 403, body: 'Forbidden' });
		const refused = await record({ source: 'roomId', roomId: ROOM_ID }, { continueOnFail: true });
		expect(refused.items[0].json.code).toBe('STREAM_FORBIDDEN');
		expect(String(refused.items[0].json.error)).toContain('refused the request (HTTP 403)');
		// The signed query of the pull URL is not repeated in the error.
		expect(String(refused.items[0].json.error)).not.toContain('cdn-signature');
		cdn.injectFault('/live/flv-HD1.flv', { kind: 'html', status: 200 });
		const html = await record({ source: 'roomId', roomId: ROOM_ID });
		expect(html.error?.message).toContain('with an HTML page instead of media');
	});

	it('a quality the room does not offer is an error listing what it offers', async () => {
		roomStreams({ HD1: { kind: 'flv' }, SD1: { kind: 'flv' } });
		const { error } = await record({ quality: 'named', qualityName: 'origin' });
		expect(error?.message).toContain('no stream of quality "origin"');
		expect(error?.message).toContain('HD1 (FLV), SD1 (FLV)');
	});

	it('refuses to record without any limit', async () => {
		roomStreams({ HD1: { kind: 'flv' } });
		const { error } = await record({ maxDurationSeconds: 0, maxSizeMb: 0 });
		expect(error?.message).toContain('Set a max duration or a max size');
		expect(cdn.requests).toHaveLength(0);
	});
});

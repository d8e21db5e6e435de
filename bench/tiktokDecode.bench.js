'use strict';
/**
 * TikTok LIVE decode throughput, one core, on the same bytes for every contender:
 *   - gunzip alone (the ceiling: every decoder has to inflate the frame first)
 *   - ours (dist/), selecting chat + gift + like, and selecting every event type
 *   - tiktok-live-connector's deserializeWebSocketMessage (devDependency, benchmark only), as it runs in the
 *     library (every known message decoded) and with includeMessageTypes = chat/gift/like
 * Frames: 36 messages each (8 chat, 8 member, 8 like, 6 gift, 4 social, 2 roomUserSeq, reference §6), gzip,
 * built by test/tiktokLive/realisticFrame.ts. Then RSS growth over 1M decoded events.
 * Prints a table and writes bench/results/tiktokDecode.json.
 */
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { installTsLoader } = require('./tiktokDecode.tsLoader');

const ROOT = path.join(__dirname, '..');
const DIST = path.join(ROOT, 'dist/nodes/TikTokLive/protocol');
const FRAME_VARIANTS = 48;
const MEASURE_MS = Number(process.env.BENCH_MS ?? 3000);
const WARMUP_MS = 800;
const RSS_EVENTS = 1_000_000;
const RSS_WARMUP_EVENTS = 200_000;

function mb(bytes) {
	return Math.round((bytes / 1048576) * 10) / 10;
}

function buildFrames() {
	installTsLoader();
	const { buildPushFrame } = require(path.join(ROOT, 'test/tiktokLive/frames.ts'));
	const { realisticFrameMessages } = require(path.join(ROOT, 'test/tiktokLive/realisticFrame.ts'));
	const frames = [];
	for (let seed = 1; seed <= FRAME_VARIANTS; seed++) {
		frames.push(
			Buffer.from(
				buildPushFrame({
					messages: realisticFrameMessages(seed),
					needAck: true,
					internalExt: 'internal_src:dim',
					logId: String(7300000000000000000n + BigInt(seed)),
				}),
			),
		);
	}
	return frames;
}

/** Runs `step(i)` (sync) until `ms` elapse; returns frames per second. */
function measureSync(step, ms) {
	let i = 0;
	const start = process.hrtime.bigint();
	const deadline = start + BigInt(ms) * 1_000_000n;
	let now = start;
	while (now < deadline) {
		for (let k = 0; k < 16; k++) step(i++);
		now = process.hrtime.bigint();
	}
	return i / (Number(now - start) / 1e9);
}

async function measureAsync(step, ms) {
	let i = 0;
	const start = process.hrtime.bigint();
	const deadline = start + BigInt(ms) * 1_000_000n;
	let now = start;
	while (now < deadline) {
		for (let k = 0; k < 16; k++) await step(i++);
		now = process.hrtime.bigint();
	}
	return i / (Number(now - start) / 1e9);
}

async function run(name, fn, isAsync) {
	if (isAsync) {
		await measureAsync(fn, WARMUP_MS);
		return { name, framesPerSec: await measureAsync(fn, MEASURE_MS) };
	}
	measureSync(fn, WARMUP_MS);
	return { name, framesPerSec: measureSync(fn, MEASURE_MS) };
}

function loadConnector() {
	try {
		const tlc = require('tiktok-live-connector');
		const version = require('tiktok-live-connector/package.json').version;
		return { tlc, version };
	} catch (err) {
		return { error: String(err && err.message ? err.message : err) };
	}
}

async function main() {
	if (!fs.existsSync(path.join(DIST, 'index.js'))) {
		console.error('dist/ is missing: run `npm run build` (npm run bench does it for you).');
		process.exit(1);
	}
	const ours = require(DIST);
	const frames = buildFrames();
	const n = frames.length;
	const messagesPerFrame = 36;

	// Sanity: every contender sees the same 36 messages per frame, and ours returns the expected events.
	const selectCGL = new Set(['chat', 'gift', 'like']);
	const selectAll = new Set(ours.TIKTOK_EVENT_TYPES);
	const probe = ours.decodeWebSocketFrame(frames[0], { select: selectCGL });
	if (probe.errors !== 0 || probe.events.length !== 22)
		throw new Error(`unexpected probe: ${probe.events.length} events, ${probe.errors} errors`);
	const gzBytes = frames.reduce((s, f) => s + f.length, 0) / n;
	const inflatedBytes = zlib.gunzipSync(
		require(
			path.join(ROOT, 'dist/nodes/TikTokLive/protocol/generated/webcast.js'),
		).webcast.WebcastPushFrame.decode(frames[0]).payload,
	).length;

	const rows = [];
	const { webcast } = require(
		path.join(ROOT, 'dist/nodes/TikTokLive/protocol/generated/webcast.js'),
	);
	const payloads = frames.map((f) => webcast.WebcastPushFrame.decode(f).payload);
	rows.push({
		...(await run('gunzip only (zlib.gunzipSync, ceiling)', (i) =>
			zlib.gunzipSync(payloads[i % n]),
		)),
		eventsPerFrame: 0,
	});
	rows.push({
		...(await run('ours: chat+gift+like', (i) =>
			ours.decodeWebSocketFrame(frames[i % n], { select: selectCGL }),
		)),
		eventsPerFrame: 22,
	});
	rows.push({
		...(await run('ours: all event types', (i) =>
			ours.decodeWebSocketFrame(frames[i % n], { select: selectAll }),
		)),
		eventsPerFrame: 36,
	});

	const connector = loadConnector();
	let connectorNote;
	if (connector.tlc) {
		const { tlc } = connector;
		const config = tlc.WebcastDeserializeConfig;
		const check = await tlc.deserializeWebSocketMessage(frames[0]);
		const decoded = check.protoMessageFetchResult.messages.filter((m) => m.decodedData).length;
		if (decoded !== messagesPerFrame)
			throw new Error(`tiktok-live-connector decoded ${decoded} of ${messagesPerFrame} messages`);
		config.includeMessageTypes = null;
		rows.push({
			...(await run(
				`tiktok-live-connector ${connector.version}: default (all messages)`,
				(i) => tlc.deserializeWebSocketMessage(frames[i % n]),
				true,
			)),
			eventsPerFrame: 36,
		});
		config.includeMessageTypes = ['WebcastChatMessage', 'WebcastGiftMessage', 'WebcastLikeMessage'];
		rows.push({
			...(await run(
				`tiktok-live-connector ${connector.version}: includeMessageTypes chat/gift/like`,
				(i) => tlc.deserializeWebSocketMessage(frames[i % n]),
				true,
			)),
			eventsPerFrame: 22,
		});
		config.includeMessageTypes = null;
	} else {
		connectorNote = `tiktok-live-connector could not be loaded: ${connector.error}`;
		console.log(connectorNote);
	}

	for (const row of rows) {
		row.messagesPerSec = Math.round(row.framesPerSec * messagesPerFrame);
		row.eventsPerSec = Math.round(row.framesPerSec * row.eventsPerFrame);
		row.framesPerSec = Math.round(row.framesPerSec);
	}
	const oursCGL = rows.find((r) => r.name === 'ours: chat+gift+like');
	const tlcDefault = rows.find((r) => r.name.includes('default'));
	const tlcInclude = rows.find((r) => r.name.includes('includeMessageTypes'));
	const gunzipRow = rows[0];

	console.log(
		`\nframe: ${messagesPerFrame} messages, ${Math.round(gzBytes)} B gzip, ${inflatedBytes} B inflated; ${n} distinct frames; ${MEASURE_MS} ms per row; Node ${process.version}`,
	);
	console.table(
		rows.map((r) => ({
			contender: r.name,
			'frames/s': r.framesPerSec,
			'messages/s': r.messagesPerSec,
			'selected events/s': r.eventsPerSec,
		})),
	);
	const ratios = {};
	if (tlcDefault)
		ratios.oursVsConnectorDefault =
			Math.round((oursCGL.framesPerSec / tlcDefault.framesPerSec) * 100) / 100;
	if (tlcInclude)
		ratios.oursVsConnectorInclude =
			Math.round((oursCGL.framesPerSec / tlcInclude.framesPerSec) * 100) / 100;
	ratios.oursShareOfGunzipCeiling =
		Math.round((oursCGL.framesPerSec / gunzipRow.framesPerSec) * 100) / 100;
	console.log('ratios (chat+gift+like workflow, same bytes):', ratios);

	// RSS over 1M events: decode until a million events were returned, dropping them as a consumer would. The
	// baseline is taken after a warm-up (JIT, heap sizing, zlib/malloc arenas), so growth means retention.
	const rssEvery = RSS_EVENTS / 4;
	let events = 0;
	let i = 0;
	while (events < RSS_WARMUP_EVENTS)
		events += ours.decodeWebSocketFrame(frames[i++ % n], { select: selectCGL }).events.length;
	global.gc?.();
	const rssStart = process.memoryUsage().rss;
	const heapStart = process.memoryUsage().heapUsed;
	const checkpointsMB = [];
	let rssPeak = rssStart;
	events = 0;
	let nextCheckpoint = rssEvery;
	while (events < RSS_EVENTS) {
		events += ours.decodeWebSocketFrame(frames[i++ % n], { select: selectCGL }).events.length;
		if ((i & 1023) === 0) rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
		if (events >= nextCheckpoint) {
			checkpointsMB.push(mb(process.memoryUsage().rss - rssStart));
			nextCheckpoint += rssEvery;
		}
	}
	global.gc?.();
	const rssEnd = process.memoryUsage().rss;
	const memory = {
		events,
		warmupEvents: RSS_WARMUP_EVENTS,
		rssStartMB: mb(rssStart),
		rssEndMB: mb(rssEnd),
		rssGrowthMB: mb(rssEnd - rssStart),
		rssPeakGrowthMB: mb(rssPeak - rssStart),
		rssGrowthAtQuartersMB: checkpointsMB,
		heapUsedGrowthMB: mb(process.memoryUsage().heapUsed - heapStart),
		gcExposed: Boolean(global.gc),
	};
	console.log('RSS over 1M events (ours, chat+gift+like):', memory);

	const result = {
		date: new Date().toISOString(),
		node: process.version,
		cpu: require('node:os').cpus()[0]?.model,
		frame: {
			messages: messagesPerFrame,
			gzipBytes: Math.round(gzBytes),
			inflatedBytes,
			variants: n,
		},
		measureMs: MEASURE_MS,
		rows,
		ratios,
		memory,
		connectorNote,
	};
	const outDir = path.join(__dirname, 'results');
	fs.mkdirSync(outDir, { recursive: true });
	fs.writeFileSync(path.join(outDir, 'tiktokDecode.json'), JSON.stringify(result, null, 2));
	console.log(`written ${path.relative(ROOT, path.join(outDir, 'tiktokDecode.json'))}`);
}

main().catch((err) => {
	console.error(err);
	process.exit(1);
});

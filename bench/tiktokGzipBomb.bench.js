'use strict';
/**
 * One gzip bomb frame into a live TikTok LIVE connection (issue 9.5): the local WebCast server sends a ~260 KB
 * push frame whose payload inflates to 256 MiB, then a few normal frames. Measured per run, each in its own
 * Node process so peak RSS is its own: the longest event-loop stall (the longest gap between ticks of a 5 ms timer), the
 * time from connect to the last normal event, and peak RSS (process.resourceUsage().maxRSS) above the RSS just
 * before the bomb. Runs side by side: "capped" (the defaults: 16 MiB inflated, 4 MiB per message) and
 * "uncapped" (caps raised to 1 GiB, which is what the code did before the caps existed), next to "baseline" (the
 * same connection and frames without the bomb: what connecting itself costs).
 * Measures the compiled dist/ (npm run bench builds it). Writes bench/results/tiktokGzipBomb.json.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');
const INFLATED_MIB = Number(process.env.BENCH_BOMB_MIB ?? 256);
const GIB = 1024 * 1024 * 1024;

async function child(mode) {
	require('./tiktokDecode.tsLoader').installTsLoader();
	const { TikTokLiveServer } = require(
		path.join(ROOT, 'test/servers/tiktokLive/TikTokLiveServer.ts'),
	);
	const { chatFrames, chatMessage, ROOM_ID } = require(
		path.join(ROOT, 'test/tiktokLive/connectionFixtures.ts'),
	);
	const { gzipBombFrame } = require(path.join(ROOT, 'test/tiktokLive/gzipBomb.ts'));
	const { LiveConnection } = require(
		path.join(ROOT, 'dist/nodes/TikTokLive/transport/LiveConnection.js'),
	);
	const { SignServerClient } = require(
		path.join(ROOT, 'dist/nodes/TikTokLive/transport/SignServerClient.js'),
	);
	const { TikTokLiveClient } = require(
		path.join(ROOT, 'dist/nodes/TikTokLive/transport/TikTokLiveClient.js'),
	);

	const bomb = await gzipBombFrame({
		inflatedBytes: INFLATED_MIB * 1024 * 1024,
		messages: [chatMessage(900)],
	});
	const server = await new TikTokLiveServer().start();
	server.addRoom({ roomId: ROOM_ID, uniqueId: 'bomb_bench', frames: chatFrames(3, 2) });
	if (mode !== 'baseline') server.connectionFaults.push({ kind: 'garbage', frames: [bomb] });
	const caps = mode === 'uncapped' ? { maxInflatedBytes: GIB, maxMessageBytes: GIB } : {};
	const connection = new LiveConnection({
		roomId: ROOM_ID,
		client: new TikTokLiveClient({ webBaseUrl: server.baseUrl, webcastBaseUrl: server.baseUrl }),
		sign: new SignServerClient({ baseUrl: server.baseUrl }),
		webSocketUrl: server.wsUrl,
		events: ['chat'],
		reconnect: false,
		...caps,
	});
	let events = 0;
	const warnings = [];
	connection.on('events', (batch) => (events += batch.length));
	connection.on('warning', (error) => warnings.push(error.code));
	global.gc?.();
	const rssBeforeMiB = process.memoryUsage().rss / 2 ** 20;
	// The longest gap between ticks of a 5 ms timer: how long nothing else in the process could run.
	let lastTick = performance.now();
	let maxStallMs = 0;
	const ticker = setInterval(() => {
		const now = performance.now();
		maxStallMs = Math.max(maxStallMs, now - lastTick - 5);
		lastTick = now;
	}, 5);
	const started = process.hrtime.bigint();
	await connection.connect();
	const expected = mode === 'uncapped' ? 7 : 6; // uncapped also delivers the chat inside the bomb
	while (events < expected) await new Promise((resolve) => setTimeout(resolve, 5));
	const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
	clearInterval(ticker);
	const peakRssMiB = process.resourceUsage().maxRSS / 1024;
	const result = {
		mode,
		bombFrameBytes: bomb.length,
		inflatedMiB: INFLATED_MIB,
		maxEventLoopStallMs: Math.round(maxStallMs),
		connectToLastEventMs: Math.round(elapsedMs),
		rssBeforeMiB: Math.round(rssBeforeMiB),
		peakRssMiB: Math.round(peakRssMiB),
		peakRssGrowthMiB: Math.round(peakRssMiB - rssBeforeMiB),
		oversizedFrames: connection.stats.oversizedFrames,
		eventsDelivered: events,
		warnings,
		socketsOpened: server.connections.length,
	};
	await connection.close();
	await server.stop();
	process.stdout.write(`${JSON.stringify(result)}\n`);
}

function main() {
	const results = [];
	for (const mode of ['baseline', 'capped', 'uncapped']) {
		const run = spawnSync(process.execPath, ['--expose-gc', __filename, mode], {
			encoding: 'utf8',
			maxBuffer: 1024 * 1024,
		});
		if (run.status !== 0) {
			process.stderr.write(run.stderr);
			process.exitCode = 1;
			return;
		}
		results.push(JSON.parse(run.stdout.trim().split('\n').pop()));
	}
	const [, capped, uncapped] = results;
	console.log(
		`gzip bomb: a ${capped.bombFrameBytes}-byte frame that inflates to ${INFLATED_MIB} MiB, then 3 normal frames (baseline: the same frames without the bomb)`,
	);
	for (const r of results)
		console.log(
			`  ${r.mode.padEnd(9)} longest event-loop stall ${String(r.maxEventLoopStallMs).padStart(5)} ms, connect→last event ${String(r.connectToLastEventMs).padStart(5)} ms, peak RSS ${r.peakRssMiB} MiB (+${r.peakRssGrowthMiB} MiB over ${r.rssBeforeMiB} MiB), events ${r.eventsDelivered}, dropped frames ${r.oversizedFrames}, sockets ${r.socketsOpened}`,
		);
	console.log(
		`  stall ratio uncapped/capped ${(uncapped.maxEventLoopStallMs / Math.max(1, capped.maxEventLoopStallMs)).toFixed(1)}×, RSS growth ratio ${(uncapped.peakRssGrowthMiB / Math.max(1, capped.peakRssGrowthMiB)).toFixed(1)}×`,
	);
	fs.mkdirSync(path.join(__dirname, 'results'), { recursive: true });
	fs.writeFileSync(
		path.join(__dirname, 'results/tiktokGzipBomb.json'),
		`${JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, results }, null, 2)}\n`,
	);
}

if (process.argv[2])
	child(process.argv[2]).catch((error) => {
		console.error(error);
		process.exit(1);
	});
else main();

'use strict';
/**
 * TikTok LIVE events sustained into a real n8n 2.x (installed as a community package from the packed dist/,
 * test/e2e/realN8n.ts): the local WebCast server streams chat frames over the real protocol (gzip push frames,
 * heartbeats) to an active TikTok LIVE Trigger workflow that batches events and POSTs each batch's msg_ids to
 * an HTTP collector. Two runs: "paced" at BENCH_RATE events/s (default 5000) for BENCH_SECONDS (default 20),
 * and "flood" (the server sends as fast as the socket takes it). BENCH_MODES=flood,floodInOrder runs the flood
 * with and without the trigger's Deliver In Order (one execution at a time) side by side, and prints the ratio.
 * Reports events/s from the first frame sent to the last batch received, checks that every event arrived
 * exactly once, and whether the batches reached the collector in stream order.
 * Writes bench/results/tiktokIntoN8n.json.
 */
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

const ROOT = path.join(__dirname, '..');
const RATE = Number(process.env.BENCH_RATE ?? 5000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const PER_FRAME = Number(process.env.BENCH_PER_FRAME ?? 20);
const BATCH = Number(process.env.BENCH_BATCH ?? 500);
const BATCH_WAIT_MS = Number(process.env.BENCH_BATCH_WAIT_MS ?? 250);

// The local server, the frame builders and the e2e harness are test TypeScript: transpile them on load.
require.extensions['.ts'] = (module, filename) => {
	const { outputText } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
		compilerOptions: {
			module: ts.ModuleKind.CommonJS,
			target: ts.ScriptTarget.ES2022,
			esModuleInterop: true,
		},
		fileName: filename,
	});
	module._compile(outputText, filename);
};

const { TikTokLiveServer } = require(
	path.join(ROOT, 'test/servers/tiktokLive/TikTokLiveServer.ts'),
);
const { chatFrames, ROOM_ID } = require(path.join(ROOT, 'test/tiktokLive/connectionFixtures.ts'));
const { createSandbox, loadExample, startCollector } = require(
	path.join(ROOT, 'test/e2e/realN8n.ts'),
);

const UNIQUE_ID = 'bench_streamer';
/** chatFrames numbers msg_ids from this value (test/tiktokLive/connectionFixtures.ts). */
const FIRST_MSG_ID = 7_400_000_000_000_000_000n;

function workflowFor(collectorUrl, id, options = {}) {
	const workflow = loadExample('tiktok-live-trigger-to-webhook.json');
	workflow.id = id;
	const trigger = workflow.nodes.find((n) => n.type === 'n8n-nodes-bytedance.tikTokLiveTrigger');
	Object.assign(trigger.parameters, {
		username: UNIQUE_ID,
		events: ['chat'],
		batchSize: BATCH,
		batchWaitMs: BATCH_WAIT_MS,
		onStreamEnd: 'stop',
		options,
	});
	const http = workflow.nodes.find((n) => n.type === 'n8n-nodes-base.httpRequest');
	http.parameters.url = collectorUrl;
	// Only the ids travel to the collector: the benchmark measures the trigger and n8n, not JSON of events.
	http.parameters.jsonBody =
		'={{ JSON.stringify({ ids: $input.all().map(item => item.json.msgId) }) }}';
	return workflow;
}

async function runOnce(mode) {
	const total = RATE * SECONDS;
	const frames = Math.ceil(total / PER_FRAME);
	const server = await new TikTokLiveServer().start();
	server.addRoom({ roomId: ROOM_ID, uniqueId: UNIQUE_ID, frames: chatFrames(frames, PER_FRAME) });
	server.framesPerSecond = mode === 'paced' ? RATE / PER_FRAME : 0;
	const collector = await startCollector();
	const sandbox = await createSandbox();
	try {
		await sandbox.importCredentials([
			{
				id: 'tiktok-live-e2e',
				name: 'TikTok LIVE (local)',
				type: 'tikTokLiveApi',
				data: {
					fetchMode: 'signServer',
					signServerUrl: server.baseUrl,
					webBaseUrl: server.baseUrl,
					webcastBaseUrl: server.baseUrl,
				},
			},
		]);
		const id =
			{ paced: 'ttBenchPaced00001', flood: 'ttBenchFlood00001' }[mode] ?? 'ttBenchInOrder001';
		// In order with a bound above the whole stream: nothing may be dropped, so the run measures the wait only.
		const options =
			mode === 'floodInOrder' ? { deliverInOrder: true, maxPendingEvents: total } : {};
		await sandbox.importWorkflow(workflowFor(collector.url, id, options));
		await sandbox.publish(id);
		const n8n = await sandbox.start();
		let firstFrameAt;
		try {
			while (server.connections.length === 0 || server.connections[0].framesSent === 0)
				await new Promise((r) => setTimeout(r, 2));
			firstFrameAt = Date.now();
			const seen = new Set();
			let received = 0;
			let inOrder = true;
			let lastIndex = -1;
			let lastAt = firstFrameAt;
			const deadline = Date.now() + SECONDS * 1000 * 6 + 60_000;
			while (received < frames * PER_FRAME && Date.now() < deadline) {
				await new Promise((r) => setTimeout(r, 20));
				const batches = collector.received.splice(0);
				for (const batch of batches) {
					for (const msgId of batch.body.ids) {
						received++;
						seen.add(msgId);
						const index = Number(BigInt(msgId) - FIRST_MSG_ID);
						if (index < lastIndex) inOrder = false;
						lastIndex = index;
					}
					lastAt = Date.now();
				}
			}
			const elapsedMs = lastAt - firstFrameAt;
			return {
				mode,
				eventsSent: frames * PER_FRAME,
				eventsReceived: received,
				uniqueReceived: seen.size,
				lost: frames * PER_FRAME - seen.size,
				duplicates: received - seen.size,
				targetEventsPerSecond: mode === 'paced' ? RATE : 'max',
				achievedEventsPerSecond: Math.round((seen.size * 1000) / elapsedMs),
				elapsedMs,
				batchSize: BATCH,
				batchWaitMs: BATCH_WAIT_MS,
				eventsPerFrame: PER_FRAME,
				arrivedInOrder: inOrder,
				reconnects: server.connections.length - 1,
				allFramesSent: server.connections.reduce((n, c) => n + c.framesSent, 0) >= frames,
			};
		} finally {
			await n8n.stop();
		}
	} finally {
		await sandbox.dispose();
		await collector.close();
		await server.stop();
	}
}

async function main() {
	if (!fs.existsSync(path.join(ROOT, 'dist/nodes/TikTokLive/TikTokLiveTrigger.node.js')))
		throw new Error('dist/ is missing: run `npm run bench`, which builds first');
	const results = [];
	for (const mode of (process.env.BENCH_MODES ?? 'paced,flood').split(','))
		results.push(await runOnce(mode));
	console.table(results);
	const flood = results.find((r) => r.mode === 'flood');
	const inOrder = results.find((r) => r.mode === 'floodInOrder');
	if (flood && inOrder)
		console.log(
			`Deliver In Order costs: ${inOrder.achievedEventsPerSecond} vs ${flood.achievedEventsPerSecond} events/s flooded (ratio ${(inOrder.achievedEventsPerSecond / flood.achievedEventsPerSecond).toFixed(2)})`,
		);
	fs.mkdirSync(path.join(__dirname, 'results'), { recursive: true });
	fs.writeFileSync(
		path.join(__dirname, 'results', 'tiktokIntoN8n.json'),
		JSON.stringify({ node: process.version, results }, null, 2),
	);
	const lossy = results.find((r) => r.lost !== 0 || r.duplicates !== 0);
	if (lossy)
		throw new Error(`${lossy.mode}: ${lossy.lost} events lost, ${lossy.duplicates} doubled`);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});

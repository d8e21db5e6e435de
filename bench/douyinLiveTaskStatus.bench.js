'use strict';
/**
 * Douyin Live › Task › Get Status for BENCH_ITEMS input items (default 200) through n8n's real execution
 * engine (n8n-core's WorkflowExecute via test/helpers/n8nEngine.ts) against the local Douyin server on
 * 127.0.0.1, which enforces Douyin's 10 calls/s per app like production and here answers after
 * BENCH_LATENCY_MS (default 200, a remote API's round trip). Runs once one item at a time (Items in
 * Parallel = 1) and once with the node's default (10). Reports the wall time, the calls/s reached (the
 * limit is 10), how many access tokens the run fetched (the cache must make it exactly 1) and how many
 * calls the server refused for rate (the limiter must keep it at 0). Writes
 * bench/results/douyinLiveTaskStatus.json.
 */
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

const ROOT = path.join(__dirname, '..');
const ITEMS = Number(process.env.BENCH_ITEMS ?? 200);
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 200);

// The server and the engine helper are test TypeScript: transpile them on load, types stripped.
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

async function runOnce(DouyinLive, DouyinLiveServer, executeNode, itemsInParallel) {
	const app = { appId: 'tt-bench-app', appSecret: 'bench-secret-0001' };
	const roomId = '7214015683695250235';
	const server = await new DouyinLiveServer().addApp(app).addRoom(roomId).start();
	server.answerDelayMs = (req) => (req.url.startsWith('/api/live_data/') ? LATENCY_MS : 0);
	const credentials = {
		douyinLiveGameApi: { ...app, tokenBaseUrl: server.url, webcastBaseUrl: server.url },
	};
	const items = Array.from({ length: ITEMS }, () => ({ roomId }));

	const started = process.hrtime.bigint();
	const result = await executeNode({
		nodeType: new DouyinLive(),
		parameters: {
			resource: 'task',
			operation: 'getStatus',
			roomId: '={{ $json.roomId }}',
			msgTypes: ['live_gift'],
			...(itemsInParallel === undefined ? {} : { itemsInParallel }),
		},
		credentials,
		items,
	});
	const ms = Number(process.hrtime.bigint() - started) / 1e6;
	await server.stop();
	if (result.error) throw result.error;
	if (result.items.length !== ITEMS)
		throw new Error(`expected ${ITEMS} items, got ${result.items.length}`);
	const wrong = result.items.findIndex(
		(item, i) =>
			item.json.roomId !== roomId || item.json.status !== 2 || item.pairedItem.item !== i,
	);
	if (wrong >= 0)
		throw new Error(`item ${wrong} is wrong: ${JSON.stringify(result.items[wrong].json)}`);
	return {
		itemsInParallel: itemsInParallel ?? 'default (10)',
		items: ITEMS,
		answerLatencyMs: LATENCY_MS,
		wallMs: Math.round(ms),
		callsPerSecond: Number(((ITEMS * 1000) / ms).toFixed(2)),
		tokenFetches: server.tokenFetches,
		rateLimitedAnswers: server.rateLimitedAnswers,
	};
}

async function main() {
	const dist = path.join(ROOT, 'dist/nodes/DouyinLive/DouyinLive.node.js');
	if (!fs.existsSync(dist))
		throw new Error('dist/ is missing: run `npm run bench`, which builds first');
	const { DouyinLive } = require(dist);
	const { DouyinLiveServer } = require(
		path.join(ROOT, 'test/servers/douyinLive/DouyinLiveServer.ts'),
	);
	const { executeNode } = require(path.join(ROOT, 'test/helpers/n8nEngine.ts'));
	const { douyinLiveTokenCache } = require(
		path.join(ROOT, 'dist/nodes/DouyinLive/transport/tokenCache.js'),
	);
	const runs = [];
	for (const itemsInParallel of [1, undefined]) {
		douyinLiveTokenCache.clear();
		runs.push(await runOnce(DouyinLive, DouyinLiveServer, executeNode, itemsInParallel));
	}
	console.log('Douyin Live › Task › Get Status, limit 10 calls/s per app:');
	console.table(runs);
	fs.mkdirSync(path.join(__dirname, 'results'), { recursive: true });
	fs.writeFileSync(
		path.join(__dirname, 'results', 'douyinLiveTaskStatus.json'),
		JSON.stringify({ node: process.version, runs }, null, 2),
	);
	const bad = runs.find((r) => r.tokenFetches !== 1 || r.rateLimitedAnswers !== 0);
	if (bad) throw new Error(`token fetches or 40007 answers off: ${JSON.stringify(bad)}`);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});

'use strict';
/**
 * Douyin Live › Task › Get Status for 1000 input items through n8n's real execution engine (n8n-core's
 * WorkflowExecute via test/helpers/n8nEngine.ts) against the local Douyin server on 127.0.0.1, which
 * enforces Douyin's 10 calls/s per app like production. Reports the wall time, the calls/s reached, how
 * many access tokens the run fetched (the cache must make it exactly 1) and how many calls the server
 * refused for rate (the node's limiter must keep it at 0). Writes bench/results/douyinLiveTaskStatus.json.
 */
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

const ROOT = path.join(__dirname, '..');
const ITEMS = Number(process.env.BENCH_ITEMS ?? 1000);

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

async function main() {
	const dist = path.join(ROOT, 'dist/nodes/DouyinLive/DouyinLive.node.js');
	if (!fs.existsSync(dist))
		throw new Error('dist/ is missing: run `npm run bench`, which builds first');
	const { DouyinLive } = require(dist);
	const { DouyinLiveServer } = require(
		path.join(ROOT, 'test/servers/douyinLive/DouyinLiveServer.ts'),
	);
	const { executeNode } = require(path.join(ROOT, 'test/helpers/n8nEngine.ts'));
	const app = { appId: 'tt-bench-app', appSecret: 'bench-secret-0001' };
	const roomId = '7214015683695250235';
	const server = await new DouyinLiveServer().addApp(app).addRoom(roomId).start();
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
		(item) => item.json.roomId !== roomId || item.json.status !== 2,
	);
	if (wrong >= 0)
		throw new Error(`item ${wrong} is wrong: ${JSON.stringify(result.items[wrong].json)}`);

	const figures = {
		items: ITEMS,
		wallMs: Math.round(ms),
		callsPerSecond: Number(((ITEMS * 1000) / ms).toFixed(2)),
		tokenFetches: server.tokenFetches,
		rateLimitedAnswers: server.rateLimitedAnswers,
		node: process.version,
	};
	console.table([figures]);
	fs.mkdirSync(path.join(__dirname, 'results'), { recursive: true });
	fs.writeFileSync(
		path.join(__dirname, 'results', 'douyinLiveTaskStatus.json'),
		JSON.stringify(figures, null, 2),
	);
	if (figures.tokenFetches !== 1)
		throw new Error(`expected 1 token fetch, saw ${figures.tokenFetches}`);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});

'use strict';
/**
 * Simple Douyin › User › Get for 1000 input items through n8n's real execution engine (n8n-core's
 * WorkflowExecute via test/helpers/n8nEngine.ts), against the local in-memory server on 127.0.0.1, with
 * one login for the whole run (the token is reused from the process-wide session). Measures the node
 * (dist/ when built, as `npm run bench` does) plus n8n's per-item overhead plus one local HTTP round trip per item.
 * Prints the time and writes bench/results/simpleDouyinUserGet.json.
 */
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

const ROOT = path.join(__dirname, '..');
const ITEMS = Number(process.env.BENCH_ITEMS ?? 1000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

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

function loadNode() {
	const dist = path.join(ROOT, 'dist/nodes/SimpleDouyin/SimpleDouyin.node.js');
	if (fs.existsSync(dist)) return { source: 'dist', SimpleDouyin: require(dist).SimpleDouyin };
	return {
		source: 'ts source (no dist/ build)',
		SimpleDouyin: require(path.join(ROOT, 'nodes/SimpleDouyin/SimpleDouyin.node.ts')).SimpleDouyin,
	};
}

async function main() {
	const { SimpleDouyinServer } = require(
		path.join(ROOT, 'test/servers/simpleDouyin/SimpleDouyinServer.ts'),
	);
	const { executeNode } = require(path.join(ROOT, 'test/helpers/n8nEngine.ts'));
	const { source, SimpleDouyin } = loadNode();
	const server = await new SimpleDouyinServer().start();
	const { alice, bob, carol } = server.seedDemo();
	const ids = [alice.id, bob.id, carol.id];
	const nodeType = new SimpleDouyin();
	const credentials = {
		simpleDouyinApi: {
			baseUrl: server.baseUrl,
			authMode: 'password',
			username: 'alice',
			password: 'alice-password',
		},
	};
	const items = Array.from({ length: ITEMS }, (_, i) => ({ uid: ids[i % ids.length] }));
	const parameters = { resource: 'user', operation: 'get', userId: '={{ $json.uid }}' };

	// Warm-up: JIT, the connection pool, and the one login.
	await executeNode({ nodeType, parameters, credentials, items: items.slice(0, 20) });

	const times = [];
	for (let round = 0; round < ROUNDS; round++) {
		const started = process.hrtime.bigint();
		const result = await executeNode({ nodeType, parameters, credentials, items });
		const ms = Number(process.hrtime.bigint() - started) / 1e6;
		if (result.error) throw result.error;
		if (result.items.length !== ITEMS)
			throw new Error(`expected ${ITEMS} items, got ${result.items.length}`);
		const wrong = result.items.findIndex((item, i) => item.json.id !== ids[i % ids.length]);
		if (wrong >= 0) throw new Error(`item ${wrong} has id ${result.items[wrong].json.id}`);
		times.push(ms);
	}
	await server.stop();

	const best = Math.min(...times);
	const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
	const summary = {
		bench: 'simpleDouyinUserGet',
		code: source,
		node: process.version,
		items: ITEMS,
		rounds: ROUNDS,
		logins: server.loginCount,
		msPerRound: times.map((t) => Math.round(t)),
		bestMs: Math.round(best),
		medianMs: Math.round(median),
		itemsPerSecond: Math.round((ITEMS / median) * 1000),
	};
	console.log(
		`Simple Douyin › User › Get, ${ITEMS} items through the n8n engine (${source}), ${server.loginCount} login(s):`,
	);
	console.log(
		`  median ${summary.medianMs} ms (${(median / ITEMS).toFixed(2)} ms/item, ${summary.itemsPerSecond} items/s), best ${summary.bestMs} ms, rounds ${summary.msPerRound.join(' / ')} ms`,
	);
	if (server.loginCount !== 1)
		throw new Error(`expected exactly one login, saw ${server.loginCount}`);
	fs.mkdirSync(path.join(__dirname, 'results'), { recursive: true });
	fs.writeFileSync(
		path.join(__dirname, 'results/simpleDouyinUserGet.json'),
		`${JSON.stringify(summary, null, 2)}\n`,
	);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});

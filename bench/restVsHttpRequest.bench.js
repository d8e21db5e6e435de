'use strict';
/**
 * Our REST nodes against n8n's HTTP Request node, side by side in one real n8n 2.x (installed as a
 * community package from the packed dist/, test/e2e/realN8n.ts), on the same 1000 items and the same
 * loopback servers, with the same requests and the same login:
 *
 * - Simple Douyin › User › Get (GET /douyin/user/?user_id=…&token=…) vs HTTP Request GET with the same two
 *   query parameters; the token is the one our node's credential logs in with (one login for the run).
 * - Douyin Open › IM Group › Get Quota (GET /im/group/count/?open_id=…, header access-token) vs HTTP
 *   Request GET with the same query parameter and header.
 *
 * Each workflow is Webhook (respond when the last node finishes) → Split Out (1000 items from the body) →
 * the node under test. Rounds are interleaved (ours, theirs, theirs, ours, …) after one warm-up round of
 * each. Per round it records the node's executionTime from n8n's saved run data and the whole execution
 * (webhook request to response, as the caller waits). Prints medians and ratios (HTTP Request ÷ ours), and
 * writes bench/results/restVsHttpRequest.json.
 */
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

const ROOT = path.join(__dirname, '..');
const ITEMS = Number(process.env.BENCH_ITEMS ?? 1000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);

// The servers and the e2e harness are test TypeScript: transpile them on load, types stripped.
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

const { createSandbox, ensureN8n } = require(path.join(ROOT, 'test/e2e/realN8n.ts'));
const { SimpleDouyinServer } = require(
	path.join(ROOT, 'test/servers/simpleDouyin/SimpleDouyinServer.ts'),
);
const { DouyinOpenServer } = require(
	path.join(ROOT, 'test/servers/douyinOpen/DouyinOpenServer.ts'),
);

/** n8n's HTTP Request node as a user adds it: latest version, every option at its default. */
const HTTP_REQUEST = { type: 'n8n-nodes-base.httpRequest', typeVersion: 4.5 };
const HTTP_REQUEST_SETTINGS =
	'HTTP Request v4.5, defaults (no batching: every item sent at once, autodetect response, follow redirects, 300 s timeout)';

function webhookWorkflow(id, pathSegment, node) {
	const names = { webhook: 'Webhook', split: 'Items', node: node.name };
	return {
		id,
		name: id,
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			{
				id: `${id}-webhook`,
				name: names.webhook,
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2.1,
				position: [0, 0],
				webhookId: `${id}-hook`,
				parameters: {
					httpMethod: 'POST',
					path: pathSegment,
					responseMode: 'lastNode',
					responseData: 'firstEntryJson',
					options: {},
				},
			},
			{
				id: `${id}-split`,
				name: names.split,
				type: 'n8n-nodes-base.splitOut',
				typeVersion: 1,
				position: [200, 0],
				parameters: { fieldToSplitOut: 'body.items', options: {} },
			},
			{ id: `${id}-node`, position: [400, 0], ...node },
		],
		connections: {
			[names.webhook]: { main: [[{ node: names.split, type: 'main', index: 0 }]] },
			[names.split]: { main: [[{ node: node.name, type: 'main', index: 0 }]] },
		},
	};
}

function httpRequestNode(url, query, headers = []) {
	return {
		name: 'HTTP Request',
		...HTTP_REQUEST,
		parameters: {
			url,
			sendQuery: true,
			queryParameters: { parameters: query },
			...(headers.length ? { sendHeaders: true, headerParameters: { parameters: headers } } : {}),
			options: {},
		},
	};
}

/** n8n's REST API as the editor uses it: an owner account and its auth cookie. */
async function restClient(baseUrl) {
	const browserId = 'bench-browser';
	const owner = { email: 'bench@example.com', firstName: 'Bench', lastName: 'Owner' };
	const setup = await fetch(`${baseUrl}/rest/owner/setup`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', 'browser-id': browserId },
		body: JSON.stringify({ ...owner, password: 'Bench-password-1' }),
	});
	if (!setup.ok) throw new Error(`owner setup: HTTP ${setup.status} ${await setup.text()}`);
	const cookie = (setup.headers.getSetCookie?.() ?? [setup.headers.get('set-cookie')])
		.map((c) => String(c).split(';')[0])
		.join('; ');
	return async (route) => {
		const response = await fetch(`${baseUrl}/rest${route}`, {
			headers: { cookie, 'browser-id': browserId },
		});
		if (!response.ok) throw new Error(`GET /rest${route}: HTTP ${response.status}`);
		return (await response.json()).data;
	};
}

/** The saved run data of the newest execution of a workflow that is not `previousId`. */
async function latestExecution(rest, flatted, workflowId, previousId) {
	const filter = encodeURIComponent(JSON.stringify({ workflowId }));
	for (let attempt = 0; attempt < 200; attempt++) {
		const list = await rest(`/executions?filter=${filter}&limit=1`);
		const summary = (list.results ?? list)[0];
		if (summary && summary.id !== previousId && summary.status !== 'running' && summary.stoppedAt) {
			const full = await rest(`/executions/${summary.id}`);
			const data = typeof full.data === 'string' ? flatted.parse(full.data) : full.data;
			return {
				id: summary.id,
				full,
				runData: data.resultData.runData,
				error: data.resultData.error,
			};
		}
		await new Promise((r) => setTimeout(r, 25));
	}
	throw new Error(`no finished execution of ${workflowId}`);
}

const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function main() {
	if (!fs.existsSync(path.join(ROOT, 'dist/nodes/SimpleDouyin/SimpleDouyin.node.js')))
		throw new Error('dist/ is missing: run `npm run bench`, which builds first');
	const n8nDir = await ensureN8n();
	const flatted = require(path.join(n8nDir, 'node_modules/flatted'));

	// ----- the two loopback servers and the login both sides share
	const simple = await new SimpleDouyinServer().start();
	const { alice, bob, carol } = simple.seedDemo();
	const userIds = [alice.id, bob.id, carol.id];
	const open = new DouyinOpenServer().addApp({
		clientKey: 'awbenchkey000001',
		clientSecret: 'bench-client-secret',
	});
	await open.start();
	open.quota.set('open-id-bench', 3);
	const openTokens = open.issueTokens('awbenchkey000001', 'open-id-bench');

	const sandbox = await createSandbox();
	let n8n;
	try {
		await sandbox.importCredentials([
			{
				id: 'benchSimpleDouyin1',
				name: 'Simple Douyin (bench)',
				type: 'simpleDouyinApi',
				data: {
					baseUrl: simple.baseUrl,
					authMode: 'password',
					username: 'alice',
					password: 'alice-password',
				},
			},
			{
				id: 'benchDouyinOpen01',
				name: 'Douyin Open (bench)',
				type: 'douyinOpenApi',
				data: {
					clientKey: 'awbenchkey000001',
					clientSecret: 'bench-client-secret',
					...openTokens,
					baseUrl: open.url,
				},
			},
		]);

		// The HTTP Request side sends the token our node's login gets: log in once, as the node's session will.
		const loginResponse = await fetch(
			`${simple.baseUrl}/user/login/?username=alice&password=alice-password`,
			{ method: 'POST' },
		);
		const simpleToken = JSON.parse(await loginResponse.text()).token;

		const families = [
			{
				family: 'Simple Douyin',
				operation: 'User › Get',
				expectedFirstId: userIds[0],
				items: Array.from({ length: ITEMS }, (_, i) => ({ uid: userIds[i % userIds.length] })),
				ours: webhookWorkflow('benchSdOurs000001', 'bench-sd-ours', {
					name: 'Simple Douyin',
					type: 'n8n-nodes-bytedance.simpleDouyin',
					typeVersion: 1,
					parameters: { resource: 'user', operation: 'get', userId: '={{ $json.uid }}' },
					credentials: {
						simpleDouyinApi: { id: 'benchSimpleDouyin1', name: 'Simple Douyin (bench)' },
					},
				}),
				theirs: webhookWorkflow(
					'benchSdHttp000001',
					'bench-sd-http',
					httpRequestNode(`${simple.baseUrl}/user/`, [
						{ name: 'user_id', value: '={{ $json.uid }}' },
						{ name: 'token', value: simpleToken },
					]),
				),
			},
			{
				family: 'Douyin Open',
				operation: 'IM Group › Get Quota',
				items: Array.from({ length: ITEMS }, (_, i) => ({ i })),
				ours: webhookWorkflow('benchDoOurs000001', 'bench-do-ours', {
					name: 'Douyin Open',
					type: 'n8n-nodes-bytedance.douyinOpen',
					typeVersion: 1,
					parameters: { resource: 'imGroup', operation: 'getQuota' },
					credentials: { douyinOpenApi: { id: 'benchDouyinOpen01', name: 'Douyin Open (bench)' } },
				}),
				theirs: webhookWorkflow(
					'benchDoHttp000001',
					'bench-do-http',
					httpRequestNode(
						`${open.url}/im/group/count/`,
						[{ name: 'open_id', value: openTokens.openId }],
						[{ name: 'access-token', value: openTokens.accessToken }],
					),
				),
			},
		];
		for (const f of families) {
			await sandbox.importWorkflow(f.ours);
			await sandbox.importWorkflow(f.theirs);
			await sandbox.publish(f.ours.id);
			await sandbox.publish(f.theirs.id);
		}
		n8n = await sandbox.start();
		const rest = await restClient(n8n.baseUrl);
		const lastExecution = new Map();

		const runOnce = async (f, side) => {
			const workflow = f[side];
			const nodeName = workflow.nodes[2].name;
			const pathSegment = workflow.nodes[0].parameters.path;
			const body = JSON.stringify({ items: f.items });
			const started = process.hrtime.bigint();
			let response;
			for (let attempt = 0; ; attempt++) {
				response = await fetch(`${n8n.baseUrl}/webhook/${pathSegment}`, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body,
				});
				// Right after start-up n8n may not have registered the webhook yet.
				if (response.status !== 404 || attempt > 200) break;
				await response.arrayBuffer();
				await new Promise((r) => setTimeout(r, 250));
			}
			const text = await response.text();
			const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
			if (response.status !== 200)
				throw new Error(`${workflow.id}: HTTP ${response.status} ${text}`);
			const execution = await latestExecution(
				rest,
				flatted,
				workflow.id,
				lastExecution.get(workflow.id),
			);
			lastExecution.set(workflow.id, execution.id);
			if (execution.error) throw new Error(`${workflow.id}: ${execution.error.message}`);
			const task = execution.runData[nodeName][0];
			const outputItems = task.data.main[0].length;
			if (outputItems !== ITEMS)
				throw new Error(`${workflow.id}: ${outputItems} items instead of ${ITEMS}`);
			const stoppedAt = new Date(execution.full.stoppedAt).getTime();
			const startedAt = new Date(execution.full.startedAt).getTime();
			return {
				nodeMs: task.executionTime,
				executionMs: stoppedAt - startedAt,
				wallMs,
				first: task.data.main[0][0].json,
			};
		};

		const results = [];
		for (const f of families) {
			// Warm-up: JIT on both sides, connection pools, our node's one login.
			const warmOurs = await runOnce(f, 'ours');
			const warmTheirs = await runOnce(f, 'theirs');
			const rounds = { ours: [], theirs: [] };
			for (let round = 0; round < ROUNDS; round++) {
				const order = round % 2 === 0 ? ['ours', 'theirs'] : ['theirs', 'ours'];
				for (const side of order) rounds[side].push(await runOnce(f, side));
			}
			const stat = (side, key) => median(rounds[side].map((r) => r[key]));
			const summary = {
				family: f.family,
				operation: f.operation,
				items: ITEMS,
				rounds: ROUNDS,
				ours: {
					nodeMsPerRound: rounds.ours.map((r) => r.nodeMs),
					executionMsPerRound: rounds.ours.map((r) => r.executionMs),
					wallMsPerRound: rounds.ours.map((r) => Math.round(r.wallMs)),
					medianNodeMs: stat('ours', 'nodeMs'),
					medianExecutionMs: stat('ours', 'executionMs'),
					medianWallMs: Math.round(stat('ours', 'wallMs')),
					firstItem: warmOurs.first,
				},
				httpRequest: {
					settings: HTTP_REQUEST_SETTINGS,
					nodeMsPerRound: rounds.theirs.map((r) => r.nodeMs),
					executionMsPerRound: rounds.theirs.map((r) => r.executionMs),
					wallMsPerRound: rounds.theirs.map((r) => Math.round(r.wallMs)),
					medianNodeMs: stat('theirs', 'nodeMs'),
					medianExecutionMs: stat('theirs', 'executionMs'),
					medianWallMs: Math.round(stat('theirs', 'wallMs')),
					firstItem: warmTheirs.first,
				},
			};
			if (f.expectedFirstId) {
				// What a user gets: the HTTP Request node parses with JSON.parse, so ids above 2^53 change.
				summary.ours.firstIdExact = String(summary.ours.firstItem.id) === f.expectedFirstId;
				summary.httpRequest.firstIdExact =
					String(summary.httpRequest.firstItem.user?.id) === f.expectedFirstId;
				if (!summary.ours.firstIdExact) throw new Error(`our node changed id ${f.expectedFirstId}`);
			}
			summary.ratioNode = +(summary.httpRequest.medianNodeMs / summary.ours.medianNodeMs).toFixed(
				2,
			);
			summary.ratioExecution = +(
				summary.httpRequest.medianExecutionMs / summary.ours.medianExecutionMs
			).toFixed(2);
			summary.ratioWall = +(summary.httpRequest.medianWallMs / summary.ours.medianWallMs).toFixed(
				2,
			);
			results.push(summary);
		}
		if (simple.loginCount !== 2)
			throw new Error(
				`expected 2 logins (ours once, the bench once for HTTP Request), saw ${simple.loginCount}`,
			);

		console.log(
			`\nOur nodes vs n8n's HTTP Request in one real n8n, ${ITEMS} items, median of ${ROUNDS} interleaved rounds`,
		);
		console.log(`HTTP Request settings: ${HTTP_REQUEST_SETTINGS}`);
		console.table(
			results.map((r) => ({
				family: `${r.family} › ${r.operation}`,
				'ours node ms': r.ours.medianNodeMs,
				'HTTP Request node ms': r.httpRequest.medianNodeMs,
				'ratio (node)': r.ratioNode,
				'ours execution ms': r.ours.medianExecutionMs,
				'HTTP Request execution ms': r.httpRequest.medianExecutionMs,
				'ratio (execution)': r.ratioExecution,
				'ours wall ms': r.ours.medianWallMs,
				'HTTP Request wall ms': r.httpRequest.medianWallMs,
				'ratio (wall)': r.ratioWall,
			})),
		);
		console.log(
			'Exact int64 id in the first item (Simple Douyin): ours',
			results[0].ours.firstIdExact,
			'| HTTP Request',
			results[0].httpRequest.firstIdExact,
		);
		for (const r of results) {
			console.log(
				`${r.family}: node ms per round, ours ${r.ours.nodeMsPerRound.join(' / ')}; HTTP Request ${r.httpRequest.nodeMsPerRound.join(' / ')}`,
			);
		}
		fs.mkdirSync(path.join(__dirname, 'results'), { recursive: true });
		fs.writeFileSync(
			path.join(__dirname, 'results/restVsHttpRequest.json'),
			`${JSON.stringify({ node: process.version, n8n: path.basename(n8nDir), results }, null, 2)}\n`,
		);
	} finally {
		if (n8n) await n8n.stop();
		await sandbox.dispose();
		await simple.stop();
		await open.stop();
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});

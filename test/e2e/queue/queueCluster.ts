/**
 * n8n 2.x in queue mode, the way a production install runs it: Redis and PostgreSQL, one user folder with
 * this package installed as Community Nodes does, one encryption key, and separate processes for the main
 * (editor, triggers and polls, production webhooks), workers (executions) and a webhook processor
 * (production webhooks). Every process gets its own ports; start-up waits on each process's readiness
 * endpoint and log, never on a sleep; everything started is stopped and removed by `stop()`, also when
 * start-up fails half-way.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import {
	freePort,
	installLikeCommunityNodes,
	n8nBinaries,
	n8nEnvironment,
	packedTarball,
	stopChild,
} from '../realN8n';
import { N8nDb } from './n8nDb';
import {
	ensureQueueServices,
	startPostgres,
	startRedis,
	trackChild,
	type RunningPostgres,
	type RunningService,
} from './services';

const run = promisify(execFile);

export type N8nRole = 'main' | 'worker' | 'webhook';

export interface N8nProcess {
	/** main, worker-1, worker-2, webhook: how the tests and their figures name the process. */
	name: string;
	role: N8nRole;
	pid(): number;
	/** Where its HTTP server listens (the editor/REST API on main, /webhook/... on main and webhook). */
	baseUrl: string;
	/** Everything this process printed since it (re)started. */
	output(): string;
	/** Everything this process printed over all its runs. */
	allOutput(): string;
	running(): boolean;
	stop(): Promise<void>;
	/** Starts it again (same ports and environment) and waits until it is ready. */
	start(): Promise<void>;
}

export interface QueueCluster {
	/** How long each start-up phase took. */
	startupSeconds: Record<string, number>;
	userFolder: string;
	redis: RunningService;
	postgres: RunningPostgres;
	db: N8nDb;
	main: N8nProcess;
	workers: N8nProcess[];
	webhook: N8nProcess;
	processes(): N8nProcess[];
	/** The process whose log says it ran this execution (workers log "Worker started execution <id>"). */
	processOfExecution(executionId: string): string | undefined;
	stop(): Promise<void>;
}

export interface ClusterDefinition {
	credentials: Array<{ id: string; name: string; type: string; data: Record<string, unknown> }>;
	/** Imported before start-up; those with `active: true` are then published. */
	workflows: Array<Record<string, unknown>>;
	workers?: number;
	/** Executions each worker runs at once (`n8n worker --concurrency`). */
	workerConcurrency?: number;
}

const READY_TIMEOUT_MS = 240_000;

async function httpStatus(url: string): Promise<number> {
	const controller = new AbortController();
	const timer = setTimeout(() => controller.abort(), 2000);
	try {
		const response = await fetch(url, { signal: controller.signal });
		await response.arrayBuffer();
		return response.status;
	} catch {
		return 0;
	} finally {
		clearTimeout(timer);
	}
}

interface ProcessSpec {
	name: string;
	role: N8nRole;
	args: string[];
	env: NodeJS.ProcessEnv;
	baseUrl: string;
	readinessUrl: string;
	/** A log line printed once start-up is complete (main: after the published workflows were activated). */
	readyLine: string;
}

function managedProcess(spec: ProcessSpec, node24: string, n8nBin: string): N8nProcess {
	let child: ChildProcess | undefined;
	let output = '';
	let history = '';
	const isRunning = () => !!child && child.exitCode === null && child.signalCode === null;

	return {
		name: spec.name,
		role: spec.role,
		baseUrl: spec.baseUrl,
		pid: () => child?.pid ?? -1,
		output: () => output,
		allOutput: () => history,
		running: isRunning,
		async start() {
			if (isRunning()) return;
			output = '';
			const current = trackChild(
				spawn(node24, [n8nBin, ...spec.args], {
					env: spec.env,
					stdio: ['ignore', 'pipe', 'pipe'],
				}),
			);
			child = current;
			const append = (chunk: Buffer) => {
				const text = chunk.toString();
				output += text;
				history += text;
			};
			current.stdout!.on('data', append);
			current.stderr!.on('data', append);
			const deadline = Date.now() + READY_TIMEOUT_MS;
			for (;;) {
				if (current.exitCode !== null || current.signalCode !== null)
					throw new Error(
						`n8n ${spec.name} exited (${current.exitCode ?? current.signalCode}) before it was ready:\n${output.slice(-6000)}`,
					);
				if (
					output.includes(spec.readyLine) &&
					(await httpStatus(spec.readinessUrl)) === 200 &&
					isRunning()
				)
					return;
				if (Date.now() > deadline)
					throw new Error(
						`n8n ${spec.name} was not ready within ${READY_TIMEOUT_MS} ms:\n${output.slice(-6000)}`,
					);
				await new Promise((r) => setTimeout(r, 250));
			}
		},
		async stop() {
			if (child) await stopChild(child);
		},
	};
}

/**
 * Waits until a production webhook path is registered where `url` points: n8n answers a CORS preflight
 * (OPTIONS) with the path's registered methods in Access-Control-Allow-Methods, and starts no execution.
 */
export async function waitForRegisteredWebhook(url: string, timeoutMs = 60_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const response = await fetch(url, {
			method: 'OPTIONS',
			headers: { origin: 'http://127.0.0.1', 'access-control-request-method': 'POST' },
		});
		await response.arrayBuffer();
		const methods = (response.headers.get('access-control-allow-methods') ?? '')
			.split(',')
			.map((m) => m.trim())
			.filter((m) => m && m !== 'OPTIONS');
		if (methods.length > 0) return;
		if (Date.now() > deadline)
			throw new Error(`webhook ${url} is still not registered after ${timeoutMs} ms`);
		await new Promise((r) => setTimeout(r, 250));
	}
}

/** Starts Redis, Postgres and n8n main, workers and a webhook processor; stops all of it if any part fails. */
export async function startQueueCluster(definition: ClusterDefinition): Promise<QueueCluster> {
	const cleanups: Array<() => Promise<void>> = [];
	const cleanup = async () => {
		for (const step of cleanups.splice(0).reverse()) await step().catch(() => undefined);
	};
	const startupSeconds: Record<string, number> = {};
	let phaseStart = Date.now();
	const phase = (name: string) => {
		startupSeconds[name] = Math.round((Date.now() - phaseStart) / 100) / 10;
		phaseStart = Date.now();
	};
	try {
		const [binaries, { runtimeDir, node24, n8nBin }, tarball] = await Promise.all([
			ensureQueueServices(),
			n8nBinaries(),
			packedTarball(),
		]);
		phase('install or find Redis, Postgres, n8n; pack');
		const userFolder = mkdtempSync(join(tmpdir(), 'n8n-queue-e2e-'));
		cleanups.push(() => rm(userFolder, { recursive: true, force: true }));
		const [redis, postgres] = await Promise.all([
			startRedis(binaries).then((service) => {
				cleanups.push(() => service.stop());
				return service;
			}),
			startPostgres(binaries).then((service) => {
				cleanups.push(() => service.stop());
				return service;
			}),
			installLikeCommunityNodes(userFolder, tarball),
		]);

		phase('Redis and Postgres ready, package installed');
		// What every process shares: the database, Redis, the encryption key and the user folder.
		const shared: Record<string, string> = {
			EXECUTIONS_MODE: 'queue',
			DB_TYPE: 'postgresdb',
			DB_POSTGRESDB_HOST: postgres.host,
			DB_POSTGRESDB_PORT: String(postgres.port),
			DB_POSTGRESDB_DATABASE: postgres.database,
			DB_POSTGRESDB_USER: postgres.user,
			DB_POSTGRESDB_PASSWORD: '',
			QUEUE_BULL_REDIS_HOST: redis.host,
			QUEUE_BULL_REDIS_PORT: String(redis.port),
			N8N_ENCRYPTION_KEY: randomBytes(24).toString('hex'),
			// Workers say which execution they ran at info level; that is how the suite tells who ran what.
			N8N_LOG_LEVEL: 'info',
			N8N_RUNNERS_MODE: 'internal',
		};
		const ports = async () => ({
			N8N_PORT: String(await freePort()),
			N8N_RUNNERS_BROKER_PORT: String(await freePort()),
			QUEUE_HEALTH_CHECK_PORT: String(await freePort()),
		});

		const cli = async (args: string[]) => {
			try {
				return await run(node24, [n8nBin, ...args], {
					env: n8nEnvironment(userFolder, { ...shared, ...(await ports()), N8N_LOG_LEVEL: 'warn' }),
					maxBuffer: 64 * 1024 * 1024,
					timeout: 300_000,
				});
			} catch (error) {
				const e = error as { stdout?: string; stderr?: string; message: string };
				throw new Error(
					`n8n ${args.join(' ')} failed: ${e.message}\n${e.stdout ?? ''}\n${e.stderr ?? ''}`,
				);
			}
		};
		const credentialsFile = join(userFolder, 'credentials.json');
		const workflowsFile = join(userFolder, 'workflows.json');
		await writeFile(credentialsFile, JSON.stringify(definition.credentials));
		await writeFile(workflowsFile, JSON.stringify(definition.workflows));
		// The first command runs the database migrations; then the workflows, and those that run on their
		// own are published.
		await cli(['import:credentials', `--input=${credentialsFile}`]);
		await cli(['import:workflow', `--input=${workflowsFile}`]);
		const db = await N8nDb.connect(runtimeDir, postgres);
		cleanups.push(() => db.close());
		for (const workflow of definition.workflows.filter((w) => w.active === true))
			await db.publishWorkflow(String(workflow.id));
		phase('migrations, imports, publishing');

		const spec = async (name: string, role: N8nRole): Promise<ProcessSpec> => {
			const own = await ports();
			const baseUrl = `http://127.0.0.1:${own.N8N_PORT}`;
			const common = {
				name,
				role,
				baseUrl,
				env: n8nEnvironment(userFolder, {
					...shared,
					...own,
					N8N_LISTEN_ADDRESS: '127.0.0.1',
					N8N_WORKER_SERVER_ADDRESS: '127.0.0.1',
					QUEUE_HEALTH_CHECK_ACTIVE: 'true',
					WEBHOOK_URL: `${baseUrl}/`,
				}),
			};
			if (role === 'main')
				return {
					...common,
					args: ['start'],
					readinessUrl: `${baseUrl}/healthz/readiness`,
					readyLine: 'Editor is now accessible',
				};
			if (role === 'webhook')
				return {
					...common,
					args: ['webhook'],
					readinessUrl: `${baseUrl}/healthz/readiness`,
					readyLine: 'Webhook listener waiting for requests',
				};
			return {
				...common,
				args: ['worker', `--concurrency=${definition.workerConcurrency ?? 5}`],
				readinessUrl: `http://127.0.0.1:${own.QUEUE_HEALTH_CHECK_PORT}/healthz/readiness`,
				readyLine: 'n8n worker is now ready',
			};
		};

		const main = managedProcess(await spec('main', 'main'), node24, n8nBin);
		cleanups.push(() => main.stop());
		const workers: N8nProcess[] = [];
		for (let i = 1; i <= (definition.workers ?? 1); i++) {
			const worker = managedProcess(await spec(`worker-${i}`, 'worker'), node24, n8nBin);
			cleanups.push(() => worker.stop());
			workers.push(worker);
		}
		const webhook = managedProcess(await spec('webhook', 'webhook'), node24, n8nBin);
		cleanups.push(() => webhook.stop());

		// All at once: the database is migrated, and what main's triggers emit before a worker is ready
		// waits in Redis.
		await Promise.all([main, ...workers, webhook].map((p) => p.start()));
		phase('n8n processes ready');

		const processes = () => [main, ...workers, webhook];
		return {
			startupSeconds,
			userFolder,
			redis,
			postgres,
			db,
			main,
			workers,
			webhook,
			processes,
			processOfExecution(executionId) {
				const line = new RegExp(`Worker started execution ${executionId} \\(job`);
				return processes().find((p) => line.test(p.allOutput()))?.name;
			},
			stop: async () => {
				await saveLogs(processes());
				await cleanup();
			},
		};
	} catch (error) {
		await cleanup();
		throw error;
	}
}

/** With QUEUE_E2E_LOG_DIR set, keeps every process's log there (for reading a failed CI run). */
async function saveLogs(processes: N8nProcess[]): Promise<void> {
	const dir = process.env.QUEUE_E2E_LOG_DIR;
	if (!dir) return;
	await mkdir(dir, { recursive: true });
	await Promise.all(processes.map((p) => writeFile(join(dir, `${p.name}.log`), p.allOutput())));
}

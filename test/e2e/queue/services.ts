/**
 * Redis and PostgreSQL for the queue-mode suite, from Debian's packages (scripts/ensure-queue-services.sh
 * installs them once). Each runs as a child of the test process on a free loopback port with its data in a
 * temporary folder, is waited for by asking it (PING, a query), not by sleeping, and is removed on stop.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { freePort, REPO_ROOT, stopChild } from '../realN8n';

const run = promisify(execFile);

const liveChildren = new Set<ChildProcess>();
let exitHookInstalled = false;

/**
 * Remembers a child until it exits, and kills whatever is left when the test process exits (a timed-out
 * beforeAll, an interrupted run): no Redis, Postgres or n8n outlives the suite.
 */
export function trackChild(child: ChildProcess): ChildProcess {
	liveChildren.add(child);
	child.once('exit', () => liveChildren.delete(child));
	if (!exitHookInstalled) {
		exitHookInstalled = true;
		process.once('exit', () => {
			for (const c of liveChildren) c.kill('SIGKILL');
		});
	}
	return child;
}

export interface QueueServiceBinaries {
	redisServer: string;
	pgBin: string;
	/** The user Postgres runs as when the tests run as root (Postgres refuses root); empty otherwise. */
	pgUser: string;
}

export interface RunningService {
	host: string;
	port: number;
	/** Everything the service printed so far. */
	output(): string;
	stop(): Promise<void>;
}

export async function ensureQueueServices(): Promise<QueueServiceBinaries> {
	const { stdout } = await run('bash', [join(REPO_ROOT, 'scripts/ensure-queue-services.sh')], {
		maxBuffer: 16 * 1024 * 1024,
		timeout: 900_000,
	});
	const values = Object.fromEntries(
		stdout
			.split('\n')
			.filter((line) => /^[A-Z_]+=/.test(line))
			.map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
	);
	if (!values.REDIS_SERVER || !values.PG_BIN)
		throw new Error(`ensure-queue-services.sh printed no binaries:\n${stdout}`);
	return { redisServer: values.REDIS_SERVER, pgBin: values.PG_BIN, pgUser: values.PG_USER ?? '' };
}

/** Polls `probe` until it resolves true; fails with the service's output if the child exits first. */
async function waitUntil(
	what: string,
	child: ChildProcess,
	output: () => string,
	probe: () => Promise<boolean>,
	timeoutMs: number,
): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		if (child.exitCode !== null || child.signalCode !== null)
			throw new Error(`${what} exited (${child.exitCode ?? child.signalCode}):\n${output()}`);
		if (await probe().catch(() => false)) return;
		if (Date.now() > deadline)
			throw new Error(`${what} was not ready within ${timeoutMs} ms:\n${output().slice(-4000)}`);
		await new Promise((r) => setTimeout(r, 100));
	}
}

function captureOutput(child: ChildProcess): () => string {
	let output = '';
	const append = (chunk: Buffer) => {
		output += chunk.toString();
		if (output.length > 1_000_000) output = output.slice(-500_000);
	};
	child.stdout?.on('data', append);
	child.stderr?.on('data', append);
	return () => output;
}

/** Sends one inline Redis command and resolves with the first reply line. */
export function redisCommand(port: number, command: string): Promise<string> {
	return new Promise((resolve, reject) => {
		const socket = connect(port, '127.0.0.1');
		let reply = '';
		socket.setTimeout(2000, () => socket.destroy(new Error('redis did not answer')));
		socket.once('error', reject);
		socket.on('data', (chunk) => {
			reply += chunk.toString();
			if (reply.includes('\r\n')) {
				socket.end();
				resolve(reply.slice(0, reply.indexOf('\r\n')));
			}
		});
		socket.write(`${command}\r\n`);
	});
}

export async function startRedis(binaries: QueueServiceBinaries): Promise<RunningService> {
	const dir = mkdtempSync(join(tmpdir(), 'n8n-queue-redis-'));
	const port = await freePort();
	const child = trackChild(
		spawn(
			binaries.redisServer,
			[
				'--port',
				String(port),
				'--bind',
				'127.0.0.1',
				'--dir',
				dir,
				'--save',
				'',
				'--appendonly',
				'no',
				'--daemonize',
				'no',
			],
			{ stdio: ['ignore', 'pipe', 'pipe'] },
		),
	);
	const output = captureOutput(child);
	const stop = async () => {
		await stopChild(child);
		await rm(dir, { recursive: true, force: true });
	};
	try {
		await waitUntil(
			'redis-server',
			child,
			output,
			async () => (await redisCommand(port, 'PING')) === '+PONG',
			30_000,
		);
	} catch (error) {
		await stop();
		throw error;
	}
	return { host: '127.0.0.1', port, output, stop };
}

export interface RunningPostgres extends RunningService {
	user: string;
	database: string;
}

export async function startPostgres(binaries: QueueServiceBinaries): Promise<RunningPostgres> {
	const dir = mkdtempSync(join(tmpdir(), 'n8n-queue-pg-'));
	const dataDir = join(dir, 'data');
	// Postgres refuses to run as root: when we are root, initdb and postgres run as the postgres user on
	// a folder that user owns.
	let ids: { uid: number; gid: number } | undefined;
	if (process.getuid?.() === 0 && binaries.pgUser) {
		const [{ stdout: uid }, { stdout: gid }] = await Promise.all([
			run('id', ['-u', binaries.pgUser]),
			run('id', ['-g', binaries.pgUser]),
		]);
		ids = { uid: Number(uid.trim()), gid: Number(gid.trim()) };
		chownSync(dir, ids.uid, ids.gid);
	}
	const user = 'n8n';
	const database = 'n8n';
	const asPgUser = { ...(ids ?? {}), env: { PATH: process.env.PATH, LANG: 'C.UTF-8' } };
	await run(
		join(binaries.pgBin, 'initdb'),
		['-D', dataDir, '-U', user, '--auth=trust', '--encoding=UTF8', '--no-sync'],
		{ ...asPgUser, cwd: dir, maxBuffer: 16 * 1024 * 1024 },
	);
	const port = await freePort();
	const child = trackChild(
		spawn(
			join(binaries.pgBin, 'postgres'),
			[
				'-D',
				dataDir,
				'-p',
				String(port),
				'-c',
				'listen_addresses=127.0.0.1',
				'-c',
				`unix_socket_directories=${dir}`,
				// A throwaway test database: durability is not needed, speed is.
				'-c',
				'fsync=off',
				'-c',
				'synchronous_commit=off',
				'-c',
				'full_page_writes=off',
				'-c',
				'max_connections=200',
			],
			{ ...asPgUser, cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] },
		),
	);
	const output = captureOutput(child);
	const stop = async () => {
		// SIGTERM is Postgres's "smart" shutdown, which waits for clients; SIGINT is "fast".
		if (child.exitCode === null && child.signalCode === null) {
			await new Promise<void>((resolve) => {
				const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
				child.once('exit', () => {
					clearTimeout(kill);
					resolve();
				});
				child.kill('SIGINT');
			});
		}
		await rm(dir, { recursive: true, force: true });
	};
	const psql = (sql: string, db = 'postgres') =>
		run(
			join(binaries.pgBin, 'psql'),
			['-h', '127.0.0.1', '-p', String(port), '-U', user, '-d', db, '-Atc', sql],
			{ env: { PATH: process.env.PATH }, timeout: 10_000 },
		);
	try {
		await waitUntil(
			'postgres',
			child,
			output,
			async () => (await psql('select 1')).stdout.trim() === '1',
			60_000,
		);
		await psql(`create database ${database}`);
	} catch (error) {
		await stop();
		throw error;
	}
	return { host: '127.0.0.1', port, user, database, output, stop };
}

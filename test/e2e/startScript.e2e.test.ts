/**
 * README's first command as a new user runs it: `bash scripts/start-n8n.sh` on free ports and an empty user
 * folder must open an n8n that needs no set-up (an owner exists and can sign in) and lists this package
 * under Settings → Community nodes, as n8n's own installer would have recorded it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, REPO_ROOT } from './realN8n';

jest.setTimeout(420_000);

const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
	name: string;
	version: string;
	n8n: { nodes: string[] };
};

describe('scripts/start-n8n.sh', () => {
	let userFolder: string;
	let port: number;
	let script: ChildProcess;
	let output = '';

	beforeAll(async () => {
		userFolder = mkdtempSync(join(tmpdir(), 'n8n-bytedance-start-'));
		port = await freePort();
		script = spawn('bash', [join(REPO_ROOT, 'scripts/start-n8n.sh')], {
			cwd: REPO_ROOT,
			detached: true,
			// What a user's shell has, not jest's (NODE_ENV=test and friends change how n8n starts).
			env: {
				PATH: process.env.PATH,
				HOME: process.env.HOME,
				N8N_PORT: String(port),
				N8N_RUNNERS_BROKER_PORT: String(await freePort()),
				N8N_USER_FOLDER: userFolder,
			},
		});
		script.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
		script.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
		await new Promise<void>((resolve, reject) => {
			const check = setInterval(() => {
				if (output.includes('n8n is ready')) {
					clearInterval(check);
					resolve();
				}
			}, 250);
			script.once('exit', (code) => {
				clearInterval(check);
				reject(new Error(`start-n8n.sh exited with ${code}:\n${output.slice(-3000)}`));
			});
		});
	});

	afterAll(async () => {
		if (script?.pid && script.exitCode === null) {
			const exited = new Promise((resolve) => script.once('exit', resolve));
			process.kill(-script.pid, 'SIGTERM');
			await exited;
		}
		if (userFolder) await rm(userFolder, { recursive: true, force: true });
	});

	test('prints a local owner that can sign in, and the package is listed under Community nodes', async () => {
		const owner = JSON.parse(readFileSync(join(userFolder, 'local-owner.json'), 'utf8')) as {
			email: string;
			password: string;
		};
		expect(output).toContain(`sign in as ${owner.email} / ${owner.password}`);
		const base = `http://127.0.0.1:${port}`;
		const settings = (await (await fetch(`${base}/rest/settings`)).json()) as {
			data: { userManagement: { showSetupOnFirstLoad: boolean } };
		};
		expect(settings.data.userManagement.showSetupOnFirstLoad).toBe(false);

		const browserId = 'start-script-test';
		const login = await fetch(`${base}/rest/login`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', 'browser-id': browserId },
			body: JSON.stringify({ emailOrLdapLoginId: owner.email, password: owner.password }),
		});
		expect(login.status).toBe(200);
		const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
		const packages = (await (
			await fetch(`${base}/rest/community-packages`, {
				headers: { cookie, 'browser-id': browserId },
			})
		).json()) as {
			data: Array<{
				packageName: string;
				installedVersion: string;
				installedNodes: unknown[];
				failedLoading?: boolean;
			}>;
		};
		expect(packages.data).toEqual([
			expect.objectContaining({
				packageName: manifest.name,
				installedVersion: manifest.version,
				failedLoading: false,
			}),
		]);
		expect(packages.data[0].installedNodes).toHaveLength(manifest.n8n.nodes.length);
	});
});

/**
 * The package as a user gets it: packed, installed the way n8n's Community Nodes installer does, then every
 * node and credential loaded with module resolution limited to the installed folder (plus the n8n-workflow
 * peer), so an undeclared import fails here and not on a user's machine.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { packedTarball, REPO_ROOT } from './realN8n';

const run = promisify(execFile);
const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
	name: string;
	n8n: { nodes: string[]; credentials: string[] };
};

jest.setTimeout(180_000);

describe('the installed tarball', () => {
	let userFolder: string;
	let packageDirectory: string;
	let files: string[];

	beforeAll(async () => {
		const tarball = await packedTarball();
		files = (await run('tar', ['-tzf', tarball])).stdout.trim().split('\n');
		userFolder = mkdtempSync(join(tmpdir(), 'n8n-bytedance-installed-'));
		await run(process.execPath, [
			join(REPO_ROOT, 'scripts/install-into-n8n.js'),
			userFolder,
			tarball,
		]);
		packageDirectory = join(userFolder, '.n8n', 'nodes', 'node_modules', manifest.name);
	});

	afterAll(async () => {
		if (userFolder) await rm(userFolder, { recursive: true, force: true });
	});

	test('loads every node and credential with only its own dependencies and the n8n-workflow peer', async () => {
		const result = await run(
			process.execPath,
			[join(REPO_ROOT, 'scripts/check-installed-package.js'), packageDirectory, REPO_ROOT],
			{ cwd: userFolder, env: { PATH: process.env.PATH, HOME: process.env.HOME } },
		).catch((error: { stdout?: string; stderr?: string }) => error);
		const report = JSON.parse(String(result.stdout).trim()) as {
			nodes: string[];
			credentials: string[];
			problems: string[];
		};
		expect(report.problems).toEqual([]);
		expect(report.nodes).toHaveLength(manifest.n8n.nodes.length);
		expect(report.credentials).toHaveLength(manifest.n8n.credentials.length);
	});

	test('ships what n8n loads (code, codex, icons) and no source maps, declarations or sources', () => {
		expect(files.filter((file) => /\.(map|ts)$/.test(file))).toEqual([]);
		for (const listed of [...manifest.n8n.nodes, ...manifest.n8n.credentials])
			expect(files).toContain(`package/${listed}`);
		for (const node of manifest.n8n.nodes)
			expect(files).toContain(`package/${node.replace(/\.js$/, '.json')}`);
		expect(files).toEqual(expect.arrayContaining(['package/LICENSE.md', 'package/README.md']));
	});
});

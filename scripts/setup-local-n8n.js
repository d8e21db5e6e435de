#!/usr/bin/env node
// Makes a freshly started local n8n ready to use, for scripts/start-n8n.sh:
// 1. n8n 2.x opens on an owner sign-up form: the first run creates a local owner through n8n's own
//    /rest/owner/setup and keeps the generated password in <user folder>/local-owner.json.
// 2. Settings → Community nodes lists only packages n8n recorded in its database when its installer ran.
//    The package was laid out on disk like that installer does (scripts/install-into-n8n.js), so the same
//    rows are written here (installed_packages + installed_nodes, as InstalledPackagesRepository saves
//    them): the package then shows as installed and can be updated or uninstalled there.
// Runs under n8n's Node 24 with n8n's own sqlite3 addon. Env: N8N_RUNTIME_DIR, N8N_USER_FOLDER,
// N8N_PORT, N8N_PID (the n8n process to watch), PACKAGE_DIRECTORY (the installed package), DB_TABLE_PREFIX (optional); NODE_PATH holding
// n8n-workflow, as n8n itself loads community packages.
'use strict';
const { randomBytes } = require('node:crypto');
const { existsSync, readFileSync, writeFileSync } = require('node:fs');
const { basename, join } = require('node:path');

const env = (name) => {
	const value = process.env[name];
	if (!value) throw new Error(`${name} is not set`);
	return value;
};
const runtimeDirectory = env('N8N_RUNTIME_DIR');
const userFolder = env('N8N_USER_FOLDER');
const baseUrl = `http://127.0.0.1:${env('N8N_PORT')}`;
const packageDirectory = env('PACKAGE_DIRECTORY');
const tablePrefix = process.env.DB_TABLE_PREFIX ?? '';

function isRunning(pid) {
	if (!pid) return true;
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

async function waitUntilReady(timeoutMs = 180_000) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (!isRunning(Number(process.env.N8N_PID)))
			throw new Error('n8n exited during start-up (its log is above)');
		const status = await fetch(`${baseUrl}/healthz/readiness`).then(
			(response) => response.status,
			() => 0,
		);
		if (status === 200) return;
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	throw new Error(`n8n did not become ready at ${baseUrl} within ${timeoutMs / 1000} s`);
}

async function ensureOwner() {
	const ownerFile = join(userFolder, 'local-owner.json');
	const settings = await (await fetch(`${baseUrl}/rest/settings`)).json();
	const needsOwner = settings.data?.userManagement?.showSetupOnFirstLoad === true;
	if (needsOwner) {
		const owner = {
			email: 'owner@example.com',
			firstName: 'Local',
			lastName: 'Owner',
			// Letters, digits and an upper-case letter: n8n's password rules.
			password: `Local-${randomBytes(9).toString('base64url')}7`,
		};
		const response = await fetch(`${baseUrl}/rest/owner/setup`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(owner),
		});
		if (!response.ok)
			throw new Error(`owner set-up failed: HTTP ${response.status} ${await response.text()}`);
		writeFileSync(
			ownerFile,
			JSON.stringify({ email: owner.email, password: owner.password }, null, 2),
			{
				mode: 0o600,
			},
		);
	}
	return existsSync(ownerFile) ? JSON.parse(readFileSync(ownerFile, 'utf8')) : undefined;
}

function installedNodes(manifest) {
	return manifest.n8n.nodes.map((relative) => {
		const file = join(packageDirectory, relative);
		const className = basename(file).replace(/\.node\.js$/, '');
		const { description } = new (require(file)[className])();
		const version = Array.isArray(description.version)
			? description.version.slice(-1)[0]
			: description.version;
		return { name: description.displayName, type: `${manifest.name}.${description.name}`, version };
	});
}

function run(database, sql, parameters = []) {
	return new Promise((resolve, reject) =>
		database.run(sql, parameters, (error) => (error ? reject(error) : resolve())),
	);
}

async function recordCommunityPackage() {
	const manifest = JSON.parse(readFileSync(join(packageDirectory, 'package.json'), 'utf8'));
	const nodes = installedNodes(manifest);
	const sqlite3 = require(join(runtimeDirectory, 'node_modules', 'sqlite3'));
	const database = new sqlite3.Database(join(userFolder, '.n8n', 'database.sqlite'));
	database.configure('busyTimeout', 10_000);
	const now = "STRFTIME('%Y-%m-%d %H:%M:%f', 'NOW')";
	try {
		await run(database, 'PRAGMA foreign_keys = ON');
		await run(database, 'BEGIN');
		// Replacing the package row cascades to its node rows, as an update through n8n's installer does.
		await run(database, `DELETE FROM "${tablePrefix}installed_packages" WHERE "packageName" = ?`, [
			manifest.name,
		]);
		await run(
			database,
			`INSERT INTO "${tablePrefix}installed_packages" ("packageName", "installedVersion", "authorName", "authorEmail", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ${now}, ${now})`,
			[
				manifest.name,
				manifest.version,
				manifest.author?.name ?? null,
				manifest.author?.email ?? null,
			],
		);
		for (const node of nodes) {
			await run(
				database,
				`INSERT INTO "${tablePrefix}installed_nodes" ("name", "type", "latestVersion", "package") VALUES (?, ?, ?, ?)`,
				[node.name, node.type, node.version, manifest.name],
			);
		}
		await run(database, 'COMMIT');
	} catch (error) {
		await run(database, 'ROLLBACK').catch(() => undefined);
		throw error;
	} finally {
		database.close();
	}
	return { name: manifest.name, version: manifest.version, nodes: nodes.length };
}

(async () => {
	await waitUntilReady();
	const recorded = await recordCommunityPackage();
	const owner = await ensureOwner();
	console.log(
		[
			'',
			`n8n is ready at http://localhost:${env('N8N_PORT')}`,
			owner
				? `  sign in as ${owner.email} / ${owner.password} (a local owner for this instance only; kept in ${join(userFolder, 'local-owner.json')})`
				: '  sign in with the owner account you created for this instance',
			`  ${recorded.name}@${recorded.version} is listed under Settings → Community nodes (${recorded.nodes} nodes)`,
			'',
		].join('\n'),
	);
})().catch((error) => {
	console.error(`Local set-up failed: ${error.message}`);
	process.exit(1);
});

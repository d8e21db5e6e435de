#!/usr/bin/env node
// Loads every node and credential an installed copy of this package declares, the way n8n would, but with
// module resolution limited to the package's own folder plus the n8n-workflow peer. n8n loads community
// packages with its own NODE_PATH, so an import the package never declared can resolve through n8n's
// copy on one machine and fail on another; here it fails every time.
// Usage: node scripts/check-installed-package.js <installed package folder> <folder holding n8n-workflow>
// Prints one JSON line: { nodes: [...], credentials: [...], problems: [...] }; exits 1 on any problem.
'use strict';
const Module = require('node:module');
const { existsSync } = require('node:fs');
const { basename, dirname, join, resolve, sep } = require('node:path');

const packageDirectory = resolve(process.argv[2] ?? '');
const peerDirectory = resolve(process.argv[3] ?? '');
const peerEntry = require.resolve('n8n-workflow', { paths: [peerDirectory] });
const peerRoot = dirname(require.resolve('n8n-workflow/package.json', { paths: [peerDirectory] }));
const inside = (file, folder) => file === folder || file.startsWith(folder + sep);

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
	if (Module.isBuiltin(request)) return resolveFilename.call(this, request, parent, ...rest);
	if (request === 'n8n-workflow') return peerEntry;
	const resolved = resolveFilename.call(this, request, parent, ...rest);
	const from = parent?.filename ?? '';
	if (
		inside(from, packageDirectory) &&
		!inside(resolved, packageDirectory) &&
		!inside(resolved, peerRoot)
	) {
		const error = new Error(
			`Cannot find module '${request}' from ${from}: it resolves outside the package (${resolved}), ` +
				'so it is not a declared dependency',
		);
		error.code = 'MODULE_NOT_FOUND';
		throw error;
	}
	return resolved;
};

const manifest = require(join(packageDirectory, 'package.json'));
const report = { nodes: [], credentials: [], problems: [] };
const iconFiles = (icon) =>
	(typeof icon === 'string' ? [icon] : Object.values(icon ?? {})).filter((i) =>
		i.startsWith('file:'),
	);

for (const kind of ['nodes', 'credentials']) {
	for (const relative of manifest.n8n?.[kind] ?? []) {
		const file = join(packageDirectory, relative);
		const className = basename(file).replace(/\.(node|credentials)\.js$/, '');
		try {
			const exported = require(file)[className];
			if (typeof exported !== 'function') throw new Error(`exports no class named ${className}`);
			const instance = new exported();
			const description = kind === 'nodes' ? instance.description : instance;
			if (!description?.name) throw new Error('has no description name');
			for (const icon of iconFiles(description.icon)) {
				if (!existsSync(join(dirname(file), icon.slice('file:'.length))))
					throw new Error(`icon ${icon} is not in the package`);
			}
			report[kind].push(description.name);
		} catch (error) {
			report.problems.push(`${relative}: ${error.message}`);
		}
	}
}
console.log(JSON.stringify(report));
process.exit(report.problems.length ? 1 : 0);

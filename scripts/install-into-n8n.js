#!/usr/bin/env node
// Installs a package tarball into an n8n user folder exactly as n8n 2.x's Community Nodes installer does
// (CommunityPackagesService.downloadPackage): extract into <user>/.n8n/nodes/node_modules/<name>, drop
// dev/peer/optional dependencies, `npm install` there with the installer's flags, and list the package
// in the nodes folder's package.json.
// Usage: node scripts/install-into-n8n.js <n8n user folder> <package .tgz>
'use strict';
const { execFileSync } = require('node:child_process');
const { mkdirSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const { join, resolve } = require('node:path');

const [userFolder, tarball] = process.argv.slice(2).map((p) => resolve(p));
if (!userFolder || !tarball) {
	console.error('usage: install-into-n8n.js <n8n user folder> <package .tgz>');
	process.exit(2);
}
const nodesFolder = join(userFolder, '.n8n', 'nodes');
const name = JSON.parse(
	execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }),
).name;
const packageDirectory = join(nodesFolder, 'node_modules', name);
rmSync(packageDirectory, { recursive: true, force: true });
mkdirSync(packageDirectory, { recursive: true });
execFileSync('tar', ['-xzf', tarball, '-C', packageDirectory, '--strip-components=1']);
const manifestPath = join(packageDirectory, 'package.json');
const { devDependencies, peerDependencies, optionalDependencies, ...manifest } = JSON.parse(
	readFileSync(manifestPath, 'utf8'),
);
writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
execFileSync(
	'npm',
	[
		'install',
		'--audit=false',
		'--fund=false',
		'--bin-links=false',
		'--install-strategy=shallow',
		'--ignore-scripts=true',
		'--package-lock=false',
		'--loglevel=error',
	],
	{
		cwd: packageDirectory,
		stdio: ['ignore', 'ignore', 'inherit'],
	},
);
let nodesManifest = { name: 'installed-nodes', private: true, dependencies: {} };
try {
	nodesManifest = JSON.parse(readFileSync(join(nodesFolder, 'package.json'), 'utf8'));
} catch {
	/* first package in this user folder */
}
nodesManifest.dependencies = { ...nodesManifest.dependencies, [name]: manifest.version };
writeFileSync(join(nodesFolder, 'package.json'), JSON.stringify(nodesManifest, null, 2));
console.log(`${name}@${manifest.version} installed into ${nodesFolder}`);

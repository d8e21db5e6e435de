'use strict';
/**
 * Runs every bench/*.bench.js in its own Node process (with --expose-gc, so memory figures start from a
 * collected heap), one after another. `npm run bench` builds dist/ first; benches measure the compiled code.
 * Pass names to run a subset: `node bench/run.js tiktokDecode`.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const only = process.argv.slice(2);
const benches = fs
	.readdirSync(__dirname)
	.filter((f) => f.endsWith('.bench.js'))
	.filter((f) => only.length === 0 || only.some((name) => f.startsWith(name)))
	.sort();

let failed = 0;
for (const file of benches) {
	console.log(`\n=== ${file} ===`);
	const result = spawnSync(process.execPath, ['--expose-gc', path.join(__dirname, file)], {
		stdio: 'inherit',
	});
	if (result.status !== 0) failed++;
}
if (benches.length === 0) console.log('no bench/*.bench.js found');
process.exitCode = failed ? 1 : 0;

#!/usr/bin/env node
// Runs the whole jest suite (unit, node and real-n8n e2e tests) in one process, so the e2e sandboxes never
// compete for ports and CPU; writes jest's JSON results where JEST_RESULTS_FILE says, for CI's summary.
'use strict';
const { spawnSync } = require('node:child_process');

const args = ['--runInBand'];
if (process.env.JEST_RESULTS_FILE)
	args.push('--json', `--outputFile=${process.env.JEST_RESULTS_FILE}`);
args.push(...process.argv.slice(2));
const result = spawnSync(process.execPath, [require.resolve('jest/bin/jest'), ...args], {
	stdio: 'inherit',
});
process.exit(result.status ?? 1);

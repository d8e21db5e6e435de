#!/usr/bin/env node
'use strict';
/**
 * Runs the local Simple Douyin server as a demo back end, with plain `node` and no build step:
 *
 *   node test/servers/simpleDouyin/serve.js [--port 23724] [--host 127.0.0.1] [--flavor spec|ocyss|gin] [--strict-slashes] [--empty]
 *
 * The server is TypeScript (jest runs it as is); here it is transpiled on load with the project's own
 * TypeScript (a devDependency), types stripped, nothing checked. State lives in memory until the process ends.
 * Without --empty it starts with demo users alice, bob and carol (password "<name>-password"), videos,
 * likes, a comment, follows and a chat.
 */
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

require.extensions['.ts'] = (module, filename) => {
	const { outputText } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
		compilerOptions: {
			module: ts.ModuleKind.CommonJS,
			target: ts.ScriptTarget.ES2022,
			esModuleInterop: true,
		},
		fileName: filename,
	});
	module._compile(outputText, filename);
};

function option(name, fallback) {
	const index = process.argv.indexOf(`--${name}`);
	return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

async function main() {
	const { SimpleDouyinServer } = require(path.join(__dirname, 'SimpleDouyinServer.ts'));
	const port = Number(option('port', process.env.PORT ?? '23724'));
	const host = option('host', '127.0.0.1');
	const flavor = option('flavor', 'spec');
	if (!['spec', 'ocyss', 'gin'].includes(flavor))
		throw new Error('--flavor must be spec, ocyss or gin');
	const server = new SimpleDouyinServer({
		flavor,
		strictSlashes: process.argv.includes('--strict-slashes'),
		publicUrl: `http://${host}:${port}/static`,
	});
	await server.start(port, host);
	if (!process.argv.includes('--empty')) server.seedDemo();
	const users = [...server.users.values()].map((u) => `${u.username} / ${u.password} (id ${u.id})`);
	console.log(`Simple Douyin demo server (${flavor}) on http://${host}:${port}/douyin`);
	if (users.length) console.log(`Users:\n  ${users.join('\n  ')}`);
	const stop = () => server.stop().then(() => process.exit(0));
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});

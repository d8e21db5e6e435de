'use strict';
/**
 * Lets a bench require the TypeScript test fixtures (test/tiktokLive/*.ts) without a build step: .ts files are
 * transpiled on load with the project's own TypeScript (a devDependency), types stripped, nothing checked.
 * Only fixtures go through here; the code under test is always the compiled dist/.
 */
const fs = require('node:fs');
const ts = require('typescript');

let installed = false;

function installTsLoader() {
	if (installed) return;
	installed = true;
	require.extensions['.ts'] = (module, filename) => {
		const source = fs.readFileSync(filename, 'utf8');
		const { outputText } = ts.transpileModule(source, {
			compilerOptions: {
				module: ts.ModuleKind.CommonJS,
				target: ts.ScriptTarget.ES2022,
				esModuleInterop: true,
			},
			fileName: filename,
		});
		module._compile(outputText, filename);
	};
}

module.exports = { installTsLoader };

// Icons and codex files (*.node.json: categories and docs links) are not TypeScript, so tsc leaves them
// behind; n8n reads them from dist next to each node.
const { src, dest, task } = require('gulp');

task('build:icons', () =>
	src(['nodes/**/*.{png,svg}', 'nodes/**/*.node.json', 'credentials/**/*.{png,svg}'], {
		base: '.',
		encoding: false,
	}).pipe(dest('dist')),
);

'use strict';
/**
 * TikTok LIVE › Stream › Record memory: a BENCH_RECORD_MB (default 200) MB FLV recording from the local pull
 * CDN (test/servers/tiktokLive/StreamServer.ts, sending as fast as the socket takes it) into n8n-core's own
 * BinaryDataService in filesystem mode (n8n's default), with the compiled recorder from dist/. Side by side,
 * the naive approach a node might take: read the whole stream into one Buffer, then hand it to n8n. RSS is
 * sampled every 20 ms; the figure that matters is the growth from start to peak.
 * Writes bench/results/tiktokRecord.json.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const ts = require('typescript');

const ROOT = path.join(__dirname, '..');
const MB = 1024 * 1024;
const RECORD_MB = Number(process.env.BENCH_RECORD_MB ?? 200);

// The local CDN and its FLV builder are test TypeScript: transpile them on load.
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

// The CDN runs in its own process, so that the RSS measured here is the recorder's and n8n's alone.
if (process.argv[2] === '--cdn') {
	const { StreamServer } = require(path.join(ROOT, 'test/servers/tiktokLive/StreamServer.ts'));
	const shape = { videoFps: 25, audioIntervalMs: 20, videoTagBytes: 60_000, audioTagBytes: 400 };
	new StreamServer()
		.start()
		.then((server) => {
			server.addStream('bench', { kind: 'flv', speed: 0, shape });
			process.send({ url: server.flvUrl('bench') });
		})
		.catch((error) => {
			console.error(error);
			process.exit(1);
		});
	return;
}

const storagePath = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-record-'));
process.env.N8N_USER_FOLDER = storagePath;
process.env.N8N_DEFAULT_BINARY_DATA_MODE = 'filesystem';
process.env.N8N_BINARY_DATA_STORAGE_PATH = path.join(storagePath, 'binaryData');
process.env.N8N_LOG_LEVEL = 'silent';

const { Container } = require('@n8n/di');
const { BinaryDataService } = require('n8n-core');
const { fork } = require('node:child_process');
const { startRecording } = require(
	path.join(ROOT, 'dist/nodes/TikTokLive/transport/streamRecorder.js'),
);
const { TikTokLiveClient } = require(
	path.join(ROOT, 'dist/nodes/TikTokLive/transport/TikTokLiveClient.js'),
);

/** RSS every 20 ms: start, peak, end, and the samples at each quarter of the run (flat means flat throughout). */
function sampler() {
	const samples = [process.memoryUsage().rss];
	const timer = setInterval(() => samples.push(process.memoryUsage().rss), 20);
	return {
		stop() {
			clearInterval(timer);
			samples.push(process.memoryUsage().rss);
			const mb = (v) => Math.round((v / MB) * 10) / 10;
			const quarters = [0.25, 0.5, 0.75].map((q) =>
				mb(samples[Math.floor(q * (samples.length - 1))]),
			);
			return {
				startMb: mb(samples[0]),
				peakMb: mb(Math.max(...samples)),
				endMb: mb(samples[samples.length - 1]),
				quartersMb: quarters,
			};
		},
	};
}

const location = { type: 'execution', workflowId: 'bench', executionId: 'bench' };

async function streamed(service, url, client) {
	const started = Date.now();
	const rss = sampler();
	const recording = await startRecording({
		url,
		format: 'flv',
		open: client.openMedia,
		maxBytes: RECORD_MB * MB,
		stallTimeoutMs: 15_000,
	});
	const binary = await service.store(location, recording.stream, {
		mimeType: recording.mimeType,
		fileName: 'bench.flv',
		data: '',
	});
	const memory = rss.stop();
	const summary = recording.summary();
	return {
		...memory,
		bytes: binary.bytes,
		endedBy: summary.endedBy,
		seconds: (Date.now() - started) / 1000,
	};
}

async function naive(service, url) {
	const started = Date.now();
	const rss = sampler();
	// What a node without streaming does: the whole body in memory, then one Buffer to the store.
	const response = await fetch(url);
	const chunks = [];
	let total = 0;
	for await (const chunk of response.body) {
		const piece = Buffer.from(chunk);
		const keep = Math.min(piece.length, RECORD_MB * MB - total);
		chunks.push(piece.subarray(0, keep));
		total += keep;
		if (total >= RECORD_MB * MB) break;
	}
	const buffer = Buffer.concat(chunks);
	chunks.length = 0;
	const binary = await service.store(location, buffer, {
		mimeType: 'video/x-flv',
		fileName: 'naive.flv',
		data: '',
	});
	const memory = rss.stop();
	return {
		...memory,
		bytes: binary.bytes,
		endedBy: 'limit',
		seconds: (Date.now() - started) / 1000,
	};
}

function show(name, r) {
	console.log(
		`${name.padEnd(26)} ${(r.bytes / MB).toFixed(1).padStart(7)} MB in ${r.seconds.toFixed(1)} s` +
			`  RSS start ${r.startMb.toFixed(0)} MB, at 25/50/75% ${r.quartersMb.map((v) => v.toFixed(0)).join('/')} MB,` +
			` peak ${r.peakMb.toFixed(0)} MB, end ${r.endMb.toFixed(0)} MB; growth ${(r.peakMb - r.startMb).toFixed(0)} MB (${r.endedBy})`,
	);
}

async function main() {
	const service = Container.get(BinaryDataService);
	await service.init();
	const cdn = fork(__filename, ['--cdn'], { stdio: 'inherit' });
	const url = await new Promise((resolve) => cdn.once('message', (m) => resolve(m.url)));
	const client = new TikTokLiveClient();
	try {
		global.gc?.();
		const stream = await streamed(service, url, client);
		global.gc?.();
		await new Promise((r) => setTimeout(r, 500));
		const buffered = await naive(service, url);
		console.log(
			`FLV recording of ${RECORD_MB} MB into n8n's filesystem binary store (n8n-core BinaryDataService)`,
		);
		show('streamed (Stream › Record)', stream);
		show('naive (buffer in memory)', buffered);
		const ratio =
			(buffered.peakMb - buffered.startMb) / Math.max(1, stream.peakMb - stream.startMb);
		console.log(`RSS growth: the naive approach grows ${ratio.toFixed(1)}x as much`);
		fs.mkdirSync(path.join(__dirname, 'results'), { recursive: true });
		fs.writeFileSync(
			path.join(__dirname, 'results', 'tiktokRecord.json'),
			JSON.stringify(
				{ recordMb: RECORD_MB, streamed: stream, naive: buffered, growthRatio: ratio },
				null,
				2,
			),
		);
	} finally {
		cdn.kill();
		fs.rmSync(storagePath, { recursive: true, force: true });
	}
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});

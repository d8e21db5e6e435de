import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { StreamServer, streamUrlObject } from '../servers/tiktokLive/StreamServer';
import { TikTokLiveServer } from '../servers/tiktokLive/TikTokLiveServer';
import { chatFrames, ROOM_ID } from '../tiktokLive/connectionFixtures';
import { parseFlv, TAG_AUDIO, TAG_SCRIPT, TAG_VIDEO } from '../tiktokLive/flv';
import { createSandbox, loadExample, withNode, type N8nSandbox } from './realN8n';

jest.setTimeout(600_000);

const UNIQUE_ID = 'e2e_recorded';
const CREDENTIAL = { id: 'tiktok-live-e2e', name: 'TikTok LIVE (local)', type: 'tikTokLiveApi' };
const RECORD_SECONDS = 3;

async function waitForFile(folder: string, timeoutMs: number): Promise<string> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const files = existsSync(folder) ? readdirSync(folder) : [];
		const done = files.find((f) => f.endsWith('.flv'));
		if (done) {
			const path = join(folder, done);
			// The Read/Write Files node streams the file: wait until its size stops changing.
			const size = statSync(path).size;
			await new Promise((r) => setTimeout(r, 1000));
			if (size > 0 && statSync(path).size === size) return path;
			continue;
		}
		if (Date.now() > deadline) throw new Error(`no recording in ${folder} after ${timeoutMs} ms`);
		await new Promise((r) => setTimeout(r, 500));
	}
}

describe('TikTok LIVE › Stream › Record in a real n8n (examples/tiktok-live-record-when-live.json)', () => {
	let webcast: TikTokLiveServer;
	let cdn: StreamServer;
	let sandbox: N8nSandbox;
	let outDir: string;

	beforeAll(async () => {
		webcast = await new TikTokLiveServer().start();
		cdn = await new StreamServer().start();
		cdn.addStream('e2e', { kind: 'flv', startTimestampMs: 3_600_000 });
		webcast.addRoom({
			roomId: ROOM_ID,
			uniqueId: UNIQUE_ID,
			frames: chatFrames(6, 5),
			streamUrl: streamUrlObject(cdn, { FULL_HD1: 'e2e' }),
		});
		outDir = mkdtempSync(join(tmpdir(), 'n8n-recordings-'));
		sandbox = await createSandbox();
		await sandbox.importCredentials([
			{
				...CREDENTIAL,
				data: {
					fetchMode: 'signServer',
					signServerUrl: webcast.baseUrl,
					signRoute: 'fetch',
					webBaseUrl: webcast.baseUrl,
					webcastBaseUrl: webcast.baseUrl,
				},
			},
		]);
	});

	afterAll(async () => {
		await sandbox?.dispose();
		await cdn?.stop();
		await webcast?.stop();
		if (outDir) await rm(outDir, { recursive: true, force: true });
	});

	it('the trigger sees the room live, one recording of a few seconds is written by the Read/Write Files node, and the FLV parses', async () => {
		let workflow = withNode(
			loadExample('tiktok-live-record-when-live.json'),
			'TikTok LIVE Trigger',
			(p) => {
				p.username = UNIQUE_ID;
				p.batchSize = 5;
				p.batchWaitMs = 200;
			},
		);
		workflow = withNode(
			workflow,
			'Record First 60 s',
			(p) => (p.maxDurationSeconds = RECORD_SECONDS),
		);
		workflow = withNode(workflow, 'Save Recording', (p) => {
			// The example writes under n8n's default allowed folder (~/.n8n-files); here a temporary one.
			p.fileName = `=${outDir}/{{ $json.fileName }}`;
		});
		await sandbox.importWorkflow(workflow);
		await sandbox.publish('ttLiveRecord00001');
		// n8n 2.x lets the Read/Write Files node touch only N8N_RESTRICT_FILE_ACCESS_TO (default ~/.n8n-files).
		const n8n = await sandbox.start({ N8N_RESTRICT_FILE_ACCESS_TO: outDir });
		let path: string;
		try {
			path = await waitForFile(outDir, 180_000);
			// Several batches reached the workflow; Remove Duplicates let one recording start per room.
			await new Promise((r) => setTimeout(r, 3000));
		} finally {
			await n8n.stop();
		}
		expect(readdirSync(outDir).filter((f) => f.endsWith('.flv'))).toHaveLength(1);
		expect(path).toMatch(new RegExp(`${UNIQUE_ID}-\\d{8}T\\d{6}Z\\.flv$`));
		const flv = parseFlv(readFileSync(path));
		expect(flv.version).toBe(1);
		expect(flv.flags).toBe(0x05);
		expect(flv.trailingBytes).toBe(0);
		expect(flv.tags[0]).toMatchObject({ type: TAG_SCRIPT });
		for (const type of [TAG_AUDIO, TAG_VIDEO]) {
			const times = flv.tags
				.filter((t) => t.type === type && t.timestamp > 0)
				.map((t) => t.timestamp);
			expect(times[0]).toBeGreaterThanOrEqual(3_600_000);
			expect([...times].sort((a, b) => a - b)).toEqual(times);
			expect(new Set(times).size).toBe(times.length);
			const span = times[times.length - 1] - times[0];
			expect(span).toBeGreaterThan((RECORD_SECONDS - 1) * 1000);
			expect(span).toBeLessThan((RECORD_SECONDS + 1) * 1000);
		}
		const flvRequests = cdn.requests.filter((r) => r.path === '/live/e2e.flv');
		expect(flvRequests).toHaveLength(1);
		expect(flvRequests[0].headers.cookie).toBeUndefined();
		expect(cdn.openResponses).toBe(0);
	});
});

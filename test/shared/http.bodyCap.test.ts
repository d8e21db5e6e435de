import type { Server } from 'node:http';

import { ApiError } from '../../nodes/shared/errors';
import { DEFAULT_MAX_BODY_BYTES, httpRequest } from '../../nodes/shared/http';
import { closeServer, listenOnLoopback, serverUrl } from '../servers/testHttpServer';

const MiB = 1024 * 1024;

/**
 * A hostile or broken server can send a body without end; the transport stops reading at a cap and says
 * so, instead of buffering until memory runs out.
 */
describe('shared HTTP transport caps response bodies', () => {
	let server: Server;
	let bytesSent: number;
	let clientGone: Promise<void>;

	async function serve(mode: 'endless' | 'declaredHuge' | 'exact', size = 0): Promise<void> {
		bytesSent = 0;
		let gone!: () => void;
		clientGone = new Promise((r) => (gone = r));
		server = await listenOnLoopback(async (_req, res) => {
			res.on('close', gone);
			if (mode === 'exact') {
				res.setHeader('content-length', size);
				res.end(Buffer.alloc(size, 0x61));
				bytesSent = size;
				return;
			}
			if (mode === 'declaredHuge') {
				// Announces 1 GiB, sends a little, then stalls: the answer must not wait for the rest.
				res.writeHead(200, { 'content-length': String(1024 * MiB) });
				res.write(Buffer.alloc(1024, 0x61));
				bytesSent = 1024;
				return;
			}
			const chunk = Buffer.alloc(64 * 1024, 0x61);
			const pump = () => {
				while (!res.destroyed && res.write(chunk)) bytesSent += chunk.length;
				if (!res.destroyed) res.once('drain', pump);
			};
			pump();
		});
	}

	afterEach(() => closeServer(server));

	const get = (maxBodyBytes?: number) =>
		httpRequest(
			{
				method: 'GET',
				url: `${serverUrl(server)}/big`,
				retries: 0,
				timeoutMs: 4_000,
				maxBodyBytes,
			},
			{ service: 'Test' },
		);

	it('stops reading an endless body at the cap and names the cap', async () => {
		await serve('endless');
		const error = await get(1 * MiB).catch((e: ApiError) => e);
		expect(error).toBeInstanceOf(ApiError);
		expect((error as ApiError).code).toBe('RESPONSE_TOO_LARGE');
		expect((error as ApiError).message).toContain('more than 1 MiB');
		await clientGone;
		// What the server managed to push into socket buffers, not what the client kept.
		expect(bytesSent).toBeLessThan(16 * MiB);
	});

	it('has a default cap of a few MiB', async () => {
		expect(DEFAULT_MAX_BODY_BYTES).toBeGreaterThanOrEqual(4 * MiB);
		expect(DEFAULT_MAX_BODY_BYTES).toBeLessThanOrEqual(32 * MiB);
		await serve('endless');
		const error = await get().catch((e: ApiError) => e);
		expect((error as ApiError).code).toBe('RESPONSE_TOO_LARGE');
		expect((error as ApiError).message).toContain(`more than ${DEFAULT_MAX_BODY_BYTES / MiB} MiB`);
	});

	it('refuses a declared Content-Length above the cap without waiting for the body', async () => {
		await serve('declaredHuge');
		const started = Date.now();
		const error = await get(1 * MiB).catch((e: ApiError) => e);
		expect((error as ApiError).code).toBe('RESPONSE_TOO_LARGE');
		expect((error as ApiError).message).toContain('1073741824 bytes');
		expect(Date.now() - started).toBeLessThan(3_000);
	});

	it('reads a body exactly at the cap', async () => {
		await serve('exact', 256 * 1024);
		const response = await get(256 * 1024);
		expect(response.body.length).toBe(256 * 1024);
	});
});

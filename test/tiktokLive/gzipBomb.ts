/**
 * A gzip bomb in a real WebCast push frame: a small frame whose Response inflates to `inflatedBytes`. The
 * Response is valid (its messages first, then one undeclared length-delimited field of zeros as padding), so a
 * decoder without a cap would inflate all of it, decode it and emit its events; issue 9.5 measured a 260,966-byte
 * frame inflating to 256 MiB. Built with a streaming gzip, so the test process never holds the inflated bytes.
 */
import { createGzip } from 'node:zlib';

import { buildResponse, type FrameMessage } from './frames';
import { bytes, message, string, sub, varint, varintBytes } from './protobufWriter';

/** An undeclared field number in ProtoMessageFetchResult (§2.3 uses 1–11). */
const PADDING_FIELD = 99;
const ZEROS = Buffer.alloc(1024 * 1024);

export interface GzipBombOptions {
	/** Size of the inflated Response. Default 256 MiB (the measurement of issue 9.5). */
	inflatedBytes?: number;
	messages?: FrameMessage[];
	cursor?: string;
	logId?: string;
}

/** The gzip-compressed Response: `messages`, then zeros up to `inflatedBytes`. */
export async function gzipBombPayload(options: GzipBombOptions = {}): Promise<Buffer> {
	const total = options.inflatedBytes ?? 256 * 1024 * 1024;
	const head = buildResponse({ messages: options.messages ?? [], cursor: options.cursor });
	// Tag and length of the padding field; the zeros that follow are its value.
	const tagBytes = varintBytes((PADDING_FIELD << 3) | 2);
	let padding = Math.max(0, total - head.length - tagBytes.length - 5);
	const lengthBytes = varintBytes(padding);
	padding = Math.max(0, total - head.length - tagBytes.length - lengthBytes.length);
	const gzip = createGzip({ level: 9 });
	const chunks: Buffer[] = [];
	gzip.on('data', (chunk: Buffer) => chunks.push(chunk));
	const done = new Promise<void>((resolve, reject) => {
		gzip.on('end', resolve);
		gzip.on('error', reject);
	});
	gzip.write(Buffer.from(head));
	gzip.write(Buffer.from([...tagBytes, ...varintBytes(padding)]));
	for (let left = padding; left > 0; left -= ZEROS.length) {
		const chunk = left >= ZEROS.length ? ZEROS : ZEROS.subarray(0, left);
		if (!gzip.write(chunk)) await new Promise((resolve) => gzip.once('drain', resolve));
	}
	gzip.end();
	await done;
	return Buffer.concat(chunks);
}

/** The bomb as a WebSocket binary message: PushFrame{logId, compress_type gzip, "pb", "msg", payload}. */
export async function gzipBombFrame(options: GzipBombOptions = {}): Promise<Uint8Array> {
	const payload = await gzipBombPayload(options);
	return message(
		varint(2, options.logId ?? '7300000000000000999'),
		sub(5, string(1, 'compress_type'), string(2, 'gzip')),
		string(6, 'pb'),
		string(7, 'msg'),
		bytes(8, payload),
	);
}

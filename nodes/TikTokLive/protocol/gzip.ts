/**
 * Synchronous gunzip, in frame order. tiktok-live-connector inflates asynchronously in the thread pool, which
 * lets small frames overtake big ones and lets a stream-end message overtake a backlog (reference §6,
 * "Ordering"); inflating synchronously keeps events in the order TikTok sent them.
 */
import { gunzipSync } from 'node:zlib';

/** gzip magic: 1f 8b, deflate method 08 (how TLC1/TLC2 detect compression, §1.6). */
export function isGzip(bytes: Uint8Array): boolean {
	return bytes.length >= 18 && bytes[0] === 0x1f && bytes[1] === 0x8b && bytes[2] === 0x08;
}

const MIN_CHUNK = 16 * 1024;
const MAX_CHUNK = 8 * 1024 * 1024;

/**
 * Default cap on one frame's inflated size. Every byte from the network is hostile: issue 9.5 measured a
 * 260,966-byte frame inflating to 256 MiB (3.7 s of blocked event loop, +510 MiB RSS). Real frames are a few
 * KB to a few hundred KB inflated (a batch of messages), so 16 MiB leaves a wide margin.
 */
export const DEFAULT_MAX_INFLATED_BYTES = 16 * 1024 * 1024;

/** Thrown when a payload inflates beyond its cap; zlib stops at the cap instead of finishing the bomb. */
export class InflatedTooLargeError extends Error {
	constructor(readonly maxBytes: number) {
		super(`gzip payload inflates beyond ${maxBytes} bytes`);
		this.name = 'InflatedTooLargeError';
	}
}

/**
 * The gzip trailer's ISIZE (last four bytes, little endian) is the inflated size mod 2^32; using it as the
 * output chunk size lets zlib write the result in one piece instead of concatenating 16 KB chunks. ISIZE is
 * the sender's claim, so the chunk never exceeds the cap either, and zlib's maxOutputLength stops inflating
 * as soon as the output passes `maxBytes`.
 */
export function gunzip(bytes: Uint8Array, maxBytes = DEFAULT_MAX_INFLATED_BYTES): Buffer {
	const n = bytes.length;
	const isize =
		(bytes[n - 4] | (bytes[n - 3] << 8) | (bytes[n - 2] << 16) | (bytes[n - 1] << 24)) >>> 0;
	const chunkSize = Math.min(MAX_CHUNK, maxBytes + 64, Math.max(MIN_CHUNK, isize + 64));
	try {
		return gunzipSync(bytes, { chunkSize, maxOutputLength: maxBytes });
	} catch (error) {
		if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
			throw new InflatedTooLargeError(maxBytes);
		throw error;
	}
}

/** Views a Uint8Array as a Buffer without copying (protobuf.js reads strings from Buffers natively). */
export function asBuffer(bytes: Uint8Array): Buffer {
	return Buffer.isBuffer(bytes)
		? bytes
		: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

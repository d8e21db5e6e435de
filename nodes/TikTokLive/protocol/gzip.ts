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
 * The gzip trailer's ISIZE (last four bytes, little endian) is the inflated size mod 2^32; using it as the
 * output chunk size lets zlib write the result in one piece instead of concatenating 16 KB chunks.
 */
export function gunzip(bytes: Uint8Array): Buffer {
	const n = bytes.length;
	const isize =
		(bytes[n - 4] | (bytes[n - 3] << 8) | (bytes[n - 2] << 16) | (bytes[n - 1] << 24)) >>> 0;
	const chunkSize = Math.min(MAX_CHUNK, Math.max(MIN_CHUNK, isize + 64));
	return gunzipSync(bytes, { chunkSize });
}

/** Views a Uint8Array as a Buffer without copying (protobuf.js reads strings from Buffers natively). */
export function asBuffer(bytes: Uint8Array): Buffer {
	return Buffer.isBuffer(bytes)
		? bytes
		: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

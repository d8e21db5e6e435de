/**
 * Mutation fuzzing with a fixed seed: thousands of damaged frames must never make the public decoder throw,
 * and damage must show up as counted errors rather than silently wrong output.
 */
import {
	decodeFetchResponse,
	decodeWebSocketFrame,
	TIKTOK_EVENT_TYPES,
} from '../../nodes/TikTokLive/protocol';
import type { DecodedFrame, TikTokEventType } from '../../nodes/TikTokLive/protocol';
import { buildPushFrame, buildResponse } from './frames';
import { realisticFrameMessages } from './realisticFrame';

/** mulberry32: small, deterministic PRNG so a failure can be replayed. */
function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function mutate(input: Uint8Array, rand: () => number): Uint8Array {
	const bytes = Uint8Array.from(input);
	const kind = Math.floor(rand() * 5);
	const at = Math.floor(rand() * bytes.length);
	switch (kind) {
		case 0: {
			// flip a few random bytes
			const flips = 1 + Math.floor(rand() * 4);
			for (let i = 0; i < flips; i++)
				bytes[Math.floor(rand() * bytes.length)] ^= 1 + Math.floor(rand() * 255);
			return bytes;
		}
		case 1:
			return bytes.subarray(0, at); // truncate
		case 2: {
			// insert random bytes
			const junk = Uint8Array.from({ length: 1 + Math.floor(rand() * 8) }, () =>
				Math.floor(rand() * 256),
			);
			const out = new Uint8Array(bytes.length + junk.length);
			out.set(bytes.subarray(0, at));
			out.set(junk, at);
			out.set(bytes.subarray(at), at + junk.length);
			return out;
		}
		case 3: {
			// delete a span
			const len = 1 + Math.floor(rand() * 16);
			const out = new Uint8Array(Math.max(0, bytes.length - len));
			out.set(bytes.subarray(0, at));
			out.set(bytes.subarray(Math.min(bytes.length, at + len)).subarray(0, out.length - at), at);
			return out;
		}
		default:
			// set a byte to a varint-continuation value, which makes lengths and tags run on
			bytes[at] = 0xff;
			return bytes;
	}
}

/** Shape check without jest's expect in the hot loop (it costs more than the decode). */
function wellFormed(frame: DecodedFrame): boolean {
	if (!Array.isArray(frame.events)) return false;
	if (!Number.isInteger(frame.errors) || frame.errors < 0) return false;
	if (!Number.isInteger(frame.unknownCount) || frame.unknownCount < 0) return false;
	return frame.events.every((e) => typeof e.type === 'string' && typeof e.msgId === 'string');
}

const ALL = { select: new Set<TikTokEventType>(TIKTOK_EVENT_TYPES), emitUnknown: true };
const ITERATIONS = 3000;

describe('decoder under mutation (seeded fuzz)', () => {
	const response = buildResponse({
		messages: realisticFrameMessages(1),
		cursor: 'c',
		internalExt: 'ie',
		needAck: true,
	});

	test(`${ITERATIONS} mutated Responses, wrapped uncompressed and gzip, never throw`, () => {
		const rand = prng(0x5eed);
		let framesWithErrors = 0;
		const malformedOutputs: number[] = [];
		for (let i = 0; i < ITERATIONS; i++) {
			const damaged = mutate(response, rand);
			const gzip = i % 4 === 0;
			const frame = decodeWebSocketFrame(
				buildPushFrame({ payload: damaged, gzip, messages: [] }),
				ALL,
			);
			const fetched = decodeFetchResponse(damaged, ALL);
			if (!wellFormed(frame) || !wellFormed(fetched)) malformedOutputs.push(i);
			if (frame.errors > 0) framesWithErrors++;
		}
		expect(malformedOutputs).toEqual([]);
		// Damage is reported, not swallowed: most mutations of a 36-message batch must be noticed.
		expect(framesWithErrors).toBeGreaterThan(ITERATIONS / 4);
	});

	test(`${ITERATIONS} mutated whole push frames (gzip payload included) never throw`, () => {
		const rand = prng(0xbadf00d);
		const frameBytes = buildPushFrame({
			messages: realisticFrameMessages(2),
			needAck: true,
			internalExt: 'ie',
		});
		const malformedOutputs: number[] = [];
		for (let i = 0; i < ITERATIONS; i++)
			if (!wellFormed(decodeWebSocketFrame(mutate(frameBytes, rand), ALL)))
				malformedOutputs.push(i);
		expect(malformedOutputs).toEqual([]);
	});

	test('every truncation of a gzip frame inside its payload is counted as an error', () => {
		const frameBytes = buildPushFrame({ messages: realisticFrameMessages(3) });
		const rand = prng(7);
		for (let i = 0; i < 200; i++) {
			// Cut somewhere in the last half (inside the gzip payload, field 8 is last): the gzip stream breaks.
			const cut = Math.floor(frameBytes.length / 2 + rand() * (frameBytes.length / 2 - 1));
			const frame = decodeWebSocketFrame(frameBytes.subarray(0, cut), ALL);
			expect(frame.errors).toBeGreaterThan(0);
			expect(frame.events).toEqual([]);
		}
	});
});

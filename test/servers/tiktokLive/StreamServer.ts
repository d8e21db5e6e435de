/**
 * A local stand-in for TikTok's pull CDN: FLV live streams (`/live/<name>.flv`, real FLV bytes from
 * test/tiktokLive/flv.ts, paced by their timestamps) and HLS live streams (`/hls/<name>/master.m3u8` →
 * `/hls/<name>/<variant>/index.m3u8`, a sliding window of MPEG-TS segments that grows with the clock,
 * EXT-X-MEDIA-SEQUENCE counting up). Strict as a CDN: a segment that left the window is 404, every stream
 * can be refused (403), answered by an HTML block page, redirected to another edge, stalled or ended.
 * `stream_url` builds the room-info object that points a room at these URLs.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

import {
	flvMediaTags,
	flvPreamble,
	DEFAULT_SHAPE,
	type FlvStreamShape,
} from '../../tiktokLive/flv';
import { LocalApiServer, applyFault } from '../testHttpServer';

export interface FlvStream {
	kind: 'flv';
	shape?: FlvStreamShape;
	/** Media milliseconds sent per wall-clock millisecond; 0 sends as fast as the socket takes it. */
	speed?: number;
	/** The response ends (the live ended) after this much media. */
	endAfterMs?: number;
	/** After this much media nothing more is sent, but the connection stays open. */
	stallAfterMs?: number;
	/** The first media timestamp: a CDN joins a live where it is, not at 0. */
	startTimestampMs?: number;
	/** Answer with a redirect to the same stream under /edge/ first, as CDN edges do. */
	redirect?: boolean;
	/** After this much media, send bytes that are not an FLV tag (type 15) and keep the connection open. */
	corruptAfterMs?: number;
	/** After this much media, send a tag header announcing 16 MiB of data, then nothing. */
	hugeTagAfterMs?: number;
}

export interface HlsStream {
	kind: 'hls';
	segmentMs?: number;
	/** Segments listed at once (the sliding window). */
	window?: number;
	/** Bytes of each segment: whole 188-byte TS packets. */
	segmentPackets?: number;
	/** Variant names and bandwidths of the master playlist. */
	variants?: Array<{ name: string; bandwidth: number }>;
	/** The playlist gets EXT-X-ENDLIST once this many segments exist. */
	endAfterSegments?: number;
	/** The playlist stops growing (no ENDLIST) once this many segments exist. */
	stallAfterSegments?: number;
	/** fMP4 segments (`seg-N.m4s`) behind an EXT-X-MAP init section (`init.mp4`) instead of MPEG-TS. */
	fmp4?: boolean;
}

export type MediaStream = FlvStream | HlsStream;

export interface StreamRequest {
	method: string;
	path: string;
	headers: IncomingMessage['headers'];
}

const TS_PACKET = 188;

/** One TS packet whose payload names its segment, so a duplicate or a gap shows in the recording. */
function tsPacket(label: string, index: number): Buffer {
	const packet = Buffer.alloc(TS_PACKET, 0xff);
	packet[0] = 0x47; // sync byte
	packet[1] = 0x41; // payload unit start, PID 0x100
	packet[2] = 0x00;
	packet[3] = 0x10 | (index & 0x0f); // payload only, continuity counter
	packet.write(`${label}#${index};`, 4, 'latin1');
	return packet;
}

export function tsSegment(variant: string, sequence: number, packets: number): Buffer {
	return Buffer.concat(
		Array.from({ length: packets }, (_, i) => tsPacket(`seg=${variant}:${sequence}`, i)),
	);
}

/** The segment labels of an MPEG-TS recording made from these segments, in order, one per segment. */
export function segmentLabels(recording: Buffer): string[] {
	const labels: string[] = [];
	for (let offset = 0; offset + TS_PACKET <= recording.length; offset += TS_PACKET) {
		if (recording[offset] !== 0x47) throw new Error(`no TS sync byte at ${offset}`);
		const text = recording.toString('latin1', offset + 4, offset + 40);
		const label = /^(seg=[^#]+)#0;/.exec(text)?.[1];
		if (label) labels.push(label);
	}
	return labels;
}

export class StreamServer extends LocalApiServer<StreamRequest> {
	readonly streams = new Map<string, MediaStream & { createdAt: number }>();
	/** Streaming responses still open: a recorder that stops must close its connection. */
	openResponses = 0;
	private readonly timers = new Set<NodeJS.Timeout>();

	addStream(name: string, stream: MediaStream): this {
		this.streams.set(name, { ...stream, createdAt: Date.now() });
		return this;
	}

	flvUrl(name: string): string {
		return `${this.url}/live/${name}.flv?expire=1999999999&sign=cdn-signature-abc123`;
	}

	hlsMasterUrl(name: string): string {
		return `${this.url}/hls/${name}/master.m3u8?expire=1999999999&sign=cdn-signature-abc123`;
	}

	hlsMediaUrl(name: string, variant: string): string {
		return `${this.url}/hls/${name}/${variant}/index.m3u8`;
	}

	async waitFor(predicate: () => boolean, timeoutMs = 10_000, what = 'condition'): Promise<void> {
		const deadline = Date.now() + timeoutMs;
		while (!predicate()) {
			if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
			await new Promise((resolve) => setTimeout(resolve, 10));
		}
	}

	/** Resolves once every streaming response has been closed by the client. */
	waitUntilClosed(timeoutMs = 5_000): Promise<void> {
		return this.waitFor(
			() => this.openResponses === 0,
			timeoutMs,
			'the recorder to close the stream',
		);
	}

	override async stop(): Promise<void> {
		for (const timer of this.timers) clearInterval(timer);
		this.timers.clear();
		await super.stop();
	}

	protected async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		this.requests.push({ method: req.method ?? 'GET', path: url.pathname, headers: req.headers });
		const fault = this.faults.next(url.pathname);
		if (fault && (await applyFault(fault, res, ''))) return;
		const flv = /^\/(edge\/)?live\/([^/]+)\.flv$/.exec(url.pathname);
		if (flv) return this.serveFlv(req, res, flv[2], Boolean(flv[1]), url.search);
		const master = /^\/hls\/([^/]+)\/master\.m3u8$/.exec(url.pathname);
		if (master) return this.serveMaster(res, master[1]);
		const media = /^\/hls\/([^/]+)\/([^/]+)\/index\.m3u8$/.exec(url.pathname);
		if (media) return this.serveMediaPlaylist(res, media[1]);
		const init = /^\/hls\/([^/]+)\/([^/]+)\/init\.mp4$/.exec(url.pathname);
		if (init && this.stream(init[1], 'hls')?.fmp4) {
			res.writeHead(200, { 'content-type': 'video/mp4' });
			res.end(Buffer.from(`INIT:${init[2]};`, 'latin1'));
			return;
		}
		const segment = /^\/hls\/([^/]+)\/([^/]+)\/seg-(\d+)\.(?:ts|m4s)$/.exec(url.pathname);
		if (segment) return this.serveSegment(res, segment[1], segment[2], Number(segment[3]));
		res.writeHead(404, { 'content-type': 'text/plain' });
		res.end('not found');
	}

	private stream<T extends MediaStream['kind']>(
		name: string,
		kind: T,
	): (Extract<MediaStream, { kind: T }> & { createdAt: number }) | undefined {
		const stream = this.streams.get(name);
		return stream?.kind === kind ? (stream as never) : undefined;
	}

	private serveFlv(
		req: IncomingMessage,
		res: ServerResponse,
		name: string,
		atEdge: boolean,
		search: string,
	): void {
		const stream = this.stream(name, 'flv');
		if (!stream) {
			res.writeHead(404, { 'content-type': 'text/plain' });
			res.end('stream not found');
			return;
		}
		if (stream.redirect && !atEdge) {
			res.writeHead(302, { location: `/edge/live/${name}.flv${search}` });
			res.end();
			return;
		}
		const shape = stream.shape ?? DEFAULT_SHAPE;
		const speed = stream.speed ?? 1;
		const start = stream.startTimestampMs ?? 0;
		const hostileAt = stream.corruptAfterMs ?? stream.hugeTagAfterMs;
		const stallAt = Math.min(
			stream.stallAfterMs === undefined ? Infinity : start + stream.stallAfterMs,
			hostileAt === undefined ? Infinity : start + hostileAt,
		);
		let hostileSent = false;
		const endAt = stream.endAfterMs === undefined ? Infinity : start + stream.endAfterMs;
		// Live FLV has no length: chunked transfer, as the CDN sends it.
		res.writeHead(200, { 'content-type': 'video/x-flv', 'cache-control': 'no-cache' });
		this.openResponses++;
		let closed = false;
		res.on('close', () => {
			closed = true;
			this.openResponses--;
		});
		res.write(flvPreamble(shape));
		let sentUntil = start;
		const began = Date.now();
		const sendUntil = async (mediaMs: number) => {
			const to = Math.min(mediaMs, stallAt, endAt);
			// Bounded steps keep memory small when the speed is unlimited.
			while (sentUntil < to && !closed) {
				const stepEnd = Math.min(to, sentUntil + 1000);
				const tags = flvMediaTags(sentUntil, stepEnd, shape);
				sentUntil = stepEnd;
				const ok = res.write(Buffer.concat(tags.map((t) => t.bytes)));
				if (!ok) await new Promise<void>((r) => res.once('drain', () => r()));
			}
			if (sentUntil >= stallAt && hostileAt !== undefined && !hostileSent && !closed) {
				hostileSent = true;
				const header = Buffer.alloc(11);
				header[0] = stream.corruptAfterMs !== undefined ? 15 : 9;
				header.writeUIntBE(0xffffff, 1, 3);
				res.write(
					stream.corruptAfterMs !== undefined ? Buffer.concat([header, Buffer.alloc(64)]) : header,
				);
			}
			if (sentUntil >= endAt && !closed) res.end();
		};
		if (speed === 0) {
			void sendUntil(endAt === Infinity ? stallAt : endAt);
			return;
		}
		let busy = false;
		const timer = setInterval(() => {
			if (closed || sentUntil >= endAt) {
				clearInterval(timer);
				this.timers.delete(timer);
				return;
			}
			if (busy) return;
			busy = true;
			void sendUntil(start + (Date.now() - began) * speed).finally(() => (busy = false));
		}, 20);
		this.timers.add(timer);
		req.on('close', () => clearInterval(timer));
	}

	private serveMaster(res: ServerResponse, name: string): void {
		const stream = this.stream(name, 'hls');
		if (!stream) return void res.writeHead(404).end();
		const variants = stream.variants ?? [
			{ name: 'hd', bandwidth: 2_500_000 },
			{ name: 'sd', bandwidth: 800_000 },
		];
		const lines = ['#EXTM3U', '#EXT-X-VERSION:3'];
		for (const v of variants) {
			lines.push(`#EXT-X-STREAM-INF:BANDWIDTH=${v.bandwidth},CODECS="avc1.64001f,mp4a.40.2"`);
			// Relative URIs, as real masters use: resolved against the master's URL.
			lines.push(`${v.name}/index.m3u8`);
		}
		res.writeHead(200, { 'content-type': 'application/vnd.apple.mpegurl' });
		res.end(`${lines.join('\n')}\n`);
	}

	/** Index of the newest segment that exists now, and whether the list has ended. */
	private timeline(stream: HlsStream & { createdAt: number }): { newest: number; ended: boolean } {
		const segmentMs = stream.segmentMs ?? 500;
		const window = stream.window ?? 4;
		let newest = Math.floor((Date.now() - stream.createdAt) / segmentMs) + window - 1;
		let ended = false;
		if (stream.endAfterSegments !== undefined && newest >= stream.endAfterSegments - 1) {
			newest = stream.endAfterSegments - 1;
			ended = true;
		}
		if (stream.stallAfterSegments !== undefined)
			newest = Math.min(newest, stream.stallAfterSegments - 1);
		return { newest, ended };
	}

	private serveMediaPlaylist(res: ServerResponse, name: string): void {
		const stream = this.stream(name, 'hls');
		if (!stream) return void res.writeHead(404).end();
		const segmentMs = stream.segmentMs ?? 500;
		const window = stream.window ?? 4;
		const { newest, ended } = this.timeline(stream);
		const first = Math.max(0, newest - window + 1);
		const lines = [
			'#EXTM3U',
			'#EXT-X-VERSION:3',
			// An integer not below any segment's duration (RFC 8216 §4.3.3.1).
			`#EXT-X-TARGETDURATION:${Math.ceil(segmentMs / 1000)}`,
			`#EXT-X-MEDIA-SEQUENCE:${first}`,
		];
		if (stream.fmp4) lines.push('#EXT-X-MAP:URI="init.mp4"');
		for (let seq = first; seq <= newest; seq++) {
			lines.push(`#EXTINF:${(segmentMs / 1000).toFixed(3)},`);
			lines.push(`seg-${seq}.${stream.fmp4 ? 'm4s' : 'ts'}`);
		}
		if (ended) lines.push('#EXT-X-ENDLIST');
		res.writeHead(200, { 'content-type': 'application/vnd.apple.mpegurl' });
		res.end(`${lines.join('\n')}\n`);
	}

	private serveSegment(res: ServerResponse, name: string, variant: string, seq: number): void {
		const stream = this.stream(name, 'hls');
		const window = stream?.window ?? 4;
		const timeline = stream && this.timeline(stream);
		// A CDN keeps a few segments past the window, never the whole live.
		if (!stream || !timeline || seq > timeline.newest || seq < timeline.newest - 2 * window) {
			res.writeHead(404, { 'content-type': 'text/plain' });
			res.end('segment not found');
			return;
		}
		// fMP4 fragments are named by text here: the recorder treats them as opaque bytes, as it must.
		const body = stream.fmp4
			? Buffer.from(`FRAG:${variant}:${seq};`, 'latin1')
			: tsSegment(variant, seq, stream.segmentPackets ?? 20);
		res.writeHead(200, {
			'content-type': stream.fmp4 ? 'video/iso.segment' : 'video/mp2t',
			'content-length': String(body.length),
		});
		res.end(body);
	}
}

/** The room-info `stream_url` object (reference §1.3) pointing a room at this server's streams. */
export function streamUrlObject(
	server: StreamServer,
	flv: Record<string, string>,
	hls: Record<string, string> = {},
	defaultResolution = 'HD1',
): Record<string, unknown> {
	const flvPullUrl = Object.fromEntries(
		Object.entries(flv).map(([quality, name]) => [quality, server.flvUrl(name)]),
	);
	const hlsMap = Object.fromEntries(
		Object.entries(hls).map(([quality, name]) => [quality, server.hlsMasterUrl(name)]),
	);
	return {
		default_resolution: defaultResolution,
		flv_pull_url: flvPullUrl,
		hls_pull_url_map: hlsMap,
		...(Object.values(hlsMap)[0] ? { hls_pull_url: Object.values(hlsMap)[0] } : {}),
	};
}

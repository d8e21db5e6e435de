/**
 * Records a live stream without ffmpeg: an FLV pull URL is one HTTP body, cut at tag boundaries; an HLS
 * recording is the concatenation of the segments of the media playlist it follows (a master playlist is
 * resolved to one variant; the playlist is reloaded every target duration, each media sequence number is
 * written once). The bytes come out as a Readable that always ends cleanly, so a store that writes it to disk
 * keeps what arrived even when the stream stalls or breaks; `summary()` then says how and why it ended.
 * Free of n8n types.
 */
import { Readable } from 'node:stream';

import { sleep } from '../../shared/backoff';
import { FlvFormatError, FlvTagCutter, type FlvUnit } from './flvTags';
import { HlsFormatError, parsePlaylist, pickVariant, type HlsMediaPlaylist } from './hlsPlaylist';
import {
	closeBody,
	htmlError,
	isStall,
	openMedia,
	readCappedText,
	streamError,
	type MediaOpener,
} from './mediaFetch';
import { RecordingSession, type EndedBy, type RecordingLimits } from './recordingSession';

export type { EndedBy } from './recordingSession';

export interface RecordOptions extends RecordingLimits {
	url: string;
	format: 'flv' | 'hls';
	open: MediaOpener;
	/** Which variant of an HLS master playlist: the highest bandwidth (default) or the lowest. */
	hlsVariant?: 'highest' | 'lowest';
}

export interface RecordingSummary {
	endedBy: EndedBy;
	/** Set when endedBy is "error": what broke the stream after the bytes kept. */
	error?: string;
	bytes: number;
	/** Wall-clock time from the first byte to the end. */
	durationSeconds: number;
	/** Media time: FLV tag timestamps, or the EXTINF durations of the HLS segments written. */
	mediaDurationSeconds: number;
	format: 'flv' | 'hls';
	container: 'flv' | 'ts' | 'mp4';
	startedAt: string;
	endedAt: string;
	/** FLV: tags written (script, audio, video). */
	tags?: number;
	/** HLS: segments written and segments that failed or vanished from the window before they were read. */
	segments?: number;
	segmentsSkipped?: number;
}

export interface Recording {
	/** The recording's bytes; ends (never errors) at the limit, the stream's end, a stall, a break or cancel. */
	stream: Readable;
	mimeType: string;
	fileExtension: string;
	/** Final once `stream` has ended. */
	summary(): RecordingSummary;
	/** Lets go of the connection whether or not `stream` was read (a store that failed before reading it). */
	close(): void;
}

/** A live playlist is a few KB; anything near this is not a playlist. */
const MAX_PLAYLIST_BYTES = 1024 * 1024;
const MPEG_TS_PACKET = 188;

const MIME = { flv: 'video/x-flv', ts: 'video/mp2t', mp4: 'video/mp4' } as const;

/**
 * Opens the stream and checks that it is one (HTTP status, HTML, FLV header or #EXTM3U) before anything is
 * stored: a refused or wrong URL is an error, not an empty file.
 */
export async function startRecording(options: RecordOptions): Promise<Recording> {
	const session = new RecordingSession(options);
	try {
		return options.format === 'flv'
			? await startFlv(options, session)
			: await startHls(options, session);
	} catch (error) {
		const cancelled = session.endedBy === 'cancelled';
		session.end('error');
		if (cancelled)
			throw streamError('CANCELLED', 'The execution was cancelled before the stream started');
		throw error;
	}
}

function summaryOf(
	session: RecordingSession,
	format: 'flv' | 'hls',
	container: 'flv' | 'ts' | 'mp4',
	mediaDurationMs: () => number,
	extra: () => Partial<RecordingSummary>,
): () => RecordingSummary {
	return () => ({
		endedBy: session.endedBy ?? 'streamEnd',
		...(session.error ? { error: session.error } : {}),
		bytes: session.bytes,
		durationSeconds: Math.round(session.elapsedMs) / 1000,
		mediaDurationSeconds: Math.round(mediaDurationMs()) / 1000,
		format,
		container,
		startedAt: new Date(session.startedAt).toISOString(),
		endedAt: new Date(session.endedAt ?? Date.now()).toISOString(),
		...extra(),
	});
}

// ---- FLV ---------------------------------------------------------------------------------------------------

async function startFlv(options: RecordOptions, session: RecordingSession): Promise<Recording> {
	const { response, url } = await openMedia(options.open, options.url, 'FLV stream', {
		signal: session.signal,
		idleTimeoutMs: options.stallTimeoutMs,
		accept: 'video/x-flv,*/*',
	});
	const iterator = response.body[Symbol.asyncIterator]();
	const cutter = new FlvTagCutter();
	const first: FlvUnit[] = [];
	let firstChunk = true;
	// Read until the file header is whole, so that a page or a wrong body is named before anything is stored.
	try {
		while (first.length === 0) {
			const next = await iterator.next();
			if (next.done)
				throw streamError(
					'STREAM_EMPTY',
					'The FLV stream ended before its header',
					'The stream has probably just ended; check the room with Room › Get Info.',
				);
			const chunk = next.value as Buffer;
			if (firstChunk && /^\s*</.test(chunk.toString('latin1', 0, 16)))
				throw htmlError('FLV stream', url, response.status);
			firstChunk = false;
			first.push(...cutter.push(chunk));
		}
	} catch (error) {
		closeBody(response);
		if (error instanceof FlvFormatError)
			throw streamError(
				'STREAM_NOT_FLV',
				`The FLV stream is not FLV: ${error.message}`,
				'Choose the HLS format, or look the stream URLs up again.',
			);
		if (isStall(error))
			throw streamError(
				'STREAM_STALLED',
				`The FLV stream sent no media within ${options.stallTimeoutMs / 1000} s`,
				'The stream may be paused or ended; raise the stall timeout or try again.',
			);
		throw error;
	}
	session.start();

	async function* bytes(): AsyncGenerator<Buffer> {
		try {
			let units = first;
			for (;;) {
				for (const unit of units) {
					if (!session.admit(unit.bytes.length)) return;
					yield unit.bytes;
				}
				if (cutter.failure) return session.end('error', cutter.failure.message);
				// A tag header that announces more than the budget left ends the recording before its bytes arrive.
				const size = cutter.nextUnitSize();
				if (size !== undefined && size > session.remaining) return session.end('limit');
				if (session.stopped) return;
				const next = await iterator.next();
				if (next.done) return session.end('streamEnd');
				units = cutter.push(next.value as Buffer);
			}
		} catch (error) {
			if (error instanceof FlvFormatError) session.end('error', error.message);
			else session.endFromError(error);
		} finally {
			session.end('streamEnd');
			closeBody(response);
		}
	}

	return {
		stream: Readable.from(bytes(), { objectMode: false }),
		mimeType: MIME.flv,
		fileExtension: 'flv',
		close: () => {
			session.end('error', 'the recording was not stored');
			closeBody(response);
		},
		summary: summaryOf(
			session,
			'flv',
			'flv',
			() => cutter.mediaDurationMs,
			() => ({ tags: cutter.tags }),
		),
	};
}

// ---- HLS ---------------------------------------------------------------------------------------------------

/** Segments a live recording starts with: the live edge, as players start three target durations back (RFC 8216 §6.3.3). */
const LIVE_EDGE_SEGMENTS = 3;

async function loadPlaylist(
	options: RecordOptions,
	session: RecordingSession,
	url: string,
): Promise<{ text: string; url: string }> {
	const opened = await openMedia(options.open, url, 'HLS playlist', {
		signal: session.signal,
		idleTimeoutMs: options.stallTimeoutMs,
		accept: 'application/vnd.apple.mpegurl,application/x-mpegurl,*/*',
	});
	const text = await readCappedText(opened.response, MAX_PLAYLIST_BYTES, 'HLS playlist');
	if (/^\s*</.test(text)) throw htmlError('HLS playlist', opened.url, opened.response.status);
	return { text, url: opened.url };
}

async function loadMediaPlaylist(
	options: RecordOptions,
	session: RecordingSession,
): Promise<{ playlist: HlsMediaPlaylist; url: string }> {
	try {
		let loaded = await loadPlaylist(options, session, options.url);
		let playlist = parsePlaylist(loaded.text, loaded.url);
		if (playlist.kind === 'master') {
			const variant = pickVariant(playlist.variants, options.hlsVariant ?? 'highest');
			loaded = await loadPlaylist(options, session, variant.url);
			playlist = parsePlaylist(loaded.text, loaded.url);
			if (playlist.kind === 'master')
				throw new HlsFormatError('a variant of the master playlist is a master playlist again');
		}
		return { playlist, url: loaded.url };
	} catch (error) {
		if (error instanceof HlsFormatError)
			throw streamError(
				'STREAM_NOT_HLS',
				`The HLS playlist is not usable: ${error.message}`,
				'Choose the FLV format, or look the stream URLs up again.',
			);
		throw error;
	}
}

async function startHls(options: RecordOptions, session: RecordingSession): Promise<Recording> {
	const { playlist: firstPlaylist, url: mediaUrl } = await loadMediaPlaylist(options, session);
	if (firstPlaylist.ended && firstPlaylist.segments.length === 0)
		throw streamError('STREAM_EMPTY', 'The HLS playlist has ended and lists no segment');
	const container: 'ts' | 'mp4' =
		firstPlaylist.initUrl || /\.(m4s|mp4)(\?|$)/.test(firstPlaylist.segments[0]?.url ?? '')
			? 'mp4'
			: 'ts';
	let mediaMs = 0;
	let segments = 0;
	let segmentsSkipped = 0;
	session.start();

	/** One segment (or the init section) streamed under the budget; false when the recording must end. */
	async function* segmentBytes(url: string): AsyncGenerator<Buffer, boolean> {
		let opened;
		try {
			opened = await openMedia(options.open, url, 'HLS segment', {
				signal: session.signal,
				idleTimeoutMs: options.stallTimeoutMs,
			});
		} catch {
			if (session.stopped) return false;
			// A segment that slid out of the window or failed is skipped; the next reload brings newer ones.
			segmentsSkipped++;
			return true;
		}
		let written = 0;
		try {
			for await (const chunk of opened.response.body) {
				let piece = chunk as Buffer;
				if (piece.length > session.remaining) {
					// Cut on an MPEG-TS packet boundary so that the file's last packet is whole.
					const keep = container === 'ts' ? fitTs(written, session.remaining) : session.remaining;
					piece = piece.subarray(0, Math.max(0, keep));
					if (piece.length && session.admit(piece.length)) yield piece;
					session.end('limit');
					return false;
				}
				if (!session.admit(piece.length)) return false;
				written += piece.length;
				yield piece;
			}
			return true;
		} catch (error) {
			session.endFromError(error);
			return false;
		} finally {
			closeBody(opened.response);
		}
	}

	async function* bytes(): AsyncGenerator<Buffer> {
		let playlist = firstPlaylist;
		let lastSequence = -1;
		if (!playlist.ended && playlist.segments.length > LIVE_EDGE_SEGMENTS)
			lastSequence = playlist.segments[playlist.segments.length - LIVE_EDGE_SEGMENTS - 1].sequence;
		let initWritten = false;
		let lastNewSegmentAt = Date.now();
		try {
			for (;;) {
				if (playlist.initUrl && !initWritten) {
					if (!(yield* segmentBytes(playlist.initUrl))) return;
					initWritten = true;
				}
				let added = 0;
				for (const segment of playlist.segments) {
					if (segment.sequence <= lastSequence) continue;
					lastSequence = segment.sequence;
					if (!(yield* segmentBytes(segment.url))) return;
					segments++;
					added++;
					mediaMs += segment.durationSeconds * 1000;
				}
				if (session.stopped) return;
				if (playlist.ended) return session.end('streamEnd');
				const now = Date.now();
				if (added) lastNewSegmentAt = now;
				else if (now - lastNewSegmentAt >= options.stallTimeoutMs) return session.end('stalled');
				// §6.3.4: reload after the target duration, or half of it when nothing changed.
				const targetMs = Math.max(100, (playlist.targetDurationSeconds || 2) * 1000);
				await sleep(added ? targetMs : targetMs / 2, session.signal);
				try {
					playlist = (await loadMediaPlaylistAt(mediaUrl)).playlist;
				} catch (error) {
					if (session.stopped) return;
					const status = (error as { details?: { httpStatus?: number } }).details?.httpStatus;
					// TikTok removes the playlist of an ended live.
					if (status === 404 || status === 410) return session.end('streamEnd');
					// Anything else is retried until the stall timeout says the stream is gone.
					playlist = { ...playlist, segments: [] };
				}
			}
		} catch (error) {
			session.endFromError(error);
		} finally {
			session.end('streamEnd');
		}
	}

	async function loadMediaPlaylistAt(url: string): Promise<{ playlist: HlsMediaPlaylist }> {
		const loaded = await loadPlaylist(options, session, url);
		const playlist = parsePlaylist(loaded.text, loaded.url);
		if (playlist.kind === 'master') throw new HlsFormatError('the media playlist became a master');
		return { playlist };
	}

	return {
		stream: Readable.from(bytes(), { objectMode: false }),
		mimeType: MIME[container],
		fileExtension: container,
		close: () => session.end('error', 'the recording was not stored'),
		summary: summaryOf(
			session,
			'hls',
			container,
			() => mediaMs,
			() => ({ segments, segmentsSkipped }),
		),
	};
}

/** Bytes of the current chunk that keep the segment's length a whole number of TS packets within the budget. */
function fitTs(writtenInSegment: number, remaining: number): number {
	const total = writtenInSegment + remaining;
	return total - (total % MPEG_TS_PACKET) - writtenInSegment;
}

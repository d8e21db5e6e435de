/**
 * The parts of an HLS playlist (RFC 8216) a recorder needs: a master playlist's variants
 * (EXT-X-STREAM-INF, §4.3.4.2) and a media playlist's segments with their media sequence numbers
 * (EXT-X-MEDIA-SEQUENCE §4.3.3.2, EXTINF §4.3.2.1), the init section (EXT-X-MAP §4.3.2.5), the target
 * duration and EXT-X-ENDLIST. URIs are resolved against the playlist's own URL; only http(s) is kept.
 */

export interface HlsVariant {
	url: string;
	bandwidth: number;
	resolution?: string;
}

export interface HlsSegment {
	url: string;
	/** Media sequence number: unique per segment of a live playlist, so reloads do not record it twice. */
	sequence: number;
	durationSeconds: number;
}

export interface HlsMediaPlaylist {
	kind: 'media';
	targetDurationSeconds: number;
	segments: HlsSegment[];
	/** EXT-X-MAP: the fMP4 initialization section, written once before the first segment. */
	initUrl?: string;
	ended: boolean;
}

export interface HlsMasterPlaylist {
	kind: 'master';
	variants: HlsVariant[];
}

export type HlsPlaylist = HlsMediaPlaylist | HlsMasterPlaylist;

export class HlsFormatError extends Error {}

/** More lines than any real live window has; a playlist beyond it is refused rather than parsed. */
const MAX_LINES = 50_000;

function resolveHttpUrl(uri: string, base: string): string | undefined {
	try {
		const url = new URL(uri, base);
		return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : undefined;
	} catch {
		return undefined;
	}
}

/** Attribute lists (§4.2): KEY=value pairs, quoted values may hold commas. */
function attributes(text: string): Map<string, string> {
	const map = new Map<string, string>();
	const pattern = /([A-Z0-9-]+)=("[^"]*"|[^,]*)/g;
	for (let match = pattern.exec(text); match; match = pattern.exec(text))
		map.set(match[1], match[2].replace(/^"|"$/g, ''));
	return map;
}

export function parsePlaylist(text: string, playlistUrl: string): HlsPlaylist {
	const lines = text.split(/\r?\n/, MAX_LINES + 1).map((line) => line.trim());
	if (lines[0]?.replace(/^\uFEFF/, '') !== '#EXTM3U')
		throw new HlsFormatError('the playlist does not start with #EXTM3U');
	if (lines.length > MAX_LINES)
		throw new HlsFormatError(`the playlist has more than ${MAX_LINES} lines`);
	if (lines.some((line) => line.startsWith('#EXT-X-STREAM-INF:'))) {
		const variants: HlsVariant[] = [];
		for (let i = 0; i < lines.length; i++) {
			if (!lines[i].startsWith('#EXT-X-STREAM-INF:')) continue;
			const attrs = attributes(lines[i].slice('#EXT-X-STREAM-INF:'.length));
			const uri = lines.slice(i + 1).find((line) => line && !line.startsWith('#'));
			const url = uri && resolveHttpUrl(uri, playlistUrl);
			if (!url) continue;
			variants.push({
				url,
				bandwidth: Number(attrs.get('BANDWIDTH')) || 0,
				resolution: attrs.get('RESOLUTION'),
			});
		}
		if (variants.length === 0) throw new HlsFormatError('the master playlist lists no variant');
		return { kind: 'master', variants };
	}
	let sequence = 0;
	let targetDurationSeconds = 0;
	let pendingDuration: number | undefined;
	let initUrl: string | undefined;
	let ended = false;
	const segments: HlsSegment[] = [];
	for (const line of lines) {
		if (line.startsWith('#EXT-X-MEDIA-SEQUENCE:')) sequence = Number(line.split(':')[1]) || 0;
		else if (line.startsWith('#EXT-X-TARGETDURATION:'))
			targetDurationSeconds = Number(line.split(':')[1]) || 0;
		else if (line.startsWith('#EXTINF:'))
			pendingDuration = Number.parseFloat(line.slice('#EXTINF:'.length)) || 0;
		else if (line.startsWith('#EXT-X-MAP:')) {
			const uri = attributes(line.slice('#EXT-X-MAP:'.length)).get('URI');
			initUrl = uri ? resolveHttpUrl(uri, playlistUrl) : undefined;
		} else if (line === '#EXT-X-ENDLIST') ended = true;
		else if (line && !line.startsWith('#') && pendingDuration !== undefined) {
			const url = resolveHttpUrl(line, playlistUrl);
			if (url) segments.push({ url, sequence, durationSeconds: pendingDuration });
			sequence++;
			pendingDuration = undefined;
		}
	}
	return { kind: 'media', targetDurationSeconds, segments, initUrl, ended };
}

/** The variant a quality preference picks: the highest bandwidth, or the lowest. */
export function pickVariant(variants: HlsVariant[], prefer: 'highest' | 'lowest'): HlsVariant {
	const sorted = [...variants].sort((a, b) => a.bandwidth - b.bandwidth);
	return prefer === 'lowest' ? sorted[0] : sorted[sorted.length - 1];
}

/**
 * Pull URLs of a live room from room info (reference §1.3; gotiktoklive `Info.StreamURL`): `stream_url` has
 * `flv_pull_url` {FULL_HD1, HD1, SD1, SD2} and `hls_pull_url(_map)`; newer rooms also carry
 * `live_core_sdk_data.pull_data.stream_data`, a JSON string keyed by quality (origin, uhd, hd, sd, ld).
 */
import { ApiError } from '../../shared/errors';
import { parseJsonLossless } from '../../shared/json';
import { asObject, asString, type Json } from './webcastEnvelope';

export interface StreamUrl {
	quality: string;
	flv?: string;
	hls?: string;
}

export interface StreamUrls {
	defaultQuality?: string;
	urls: StreamUrl[];
	/** The single HLS URL of `stream_url.hls_pull_url`, when present. */
	hls?: string;
	rtmp?: string;
}

function add(
	byQuality: Map<string, StreamUrl>,
	quality: string,
	kind: 'flv' | 'hls',
	url: string | undefined,
): void {
	if (!url) return;
	const entry = byQuality.get(quality) ?? { quality };
	entry[kind] ??= url;
	byQuality.set(quality, entry);
}

function sdkStreamData(room: Json): Json {
	const text = asString(
		asObject(asObject(asObject(room.stream_url).live_core_sdk_data).pull_data).stream_data,
	);
	if (!text) return {};
	try {
		return asObject(asObject(parseJsonLossless(text)).data);
	} catch {
		return {};
	}
}

export function streamUrlsOf(room: Json): StreamUrls {
	const streamUrl = asObject(room.stream_url);
	const byQuality = new Map<string, StreamUrl>();
	for (const [quality, url] of Object.entries(asObject(streamUrl.flv_pull_url)))
		add(byQuality, quality, 'flv', asString(url));
	for (const [quality, url] of Object.entries(asObject(streamUrl.hls_pull_url_map)))
		add(byQuality, quality, 'hls', asString(url));
	for (const [quality, entry] of Object.entries(sdkStreamData(room))) {
		const main = asObject(asObject(entry).main);
		add(byQuality, quality, 'flv', asString(main.flv));
		add(byQuality, quality, 'hls', asString(main.hls));
	}
	return {
		defaultQuality: asString(streamUrl.default_resolution),
		urls: [...byQuality.values()],
		hls: asString(streamUrl.hls_pull_url),
		rtmp: asString(streamUrl.rtmp_pull_url),
	};
}

/** How a recording picks among the qualities a room offers. */
export type QualityPreference = 'best' | 'default' | 'lowest' | 'named';
export type FormatPreference = 'auto' | 'flv' | 'hls';

export interface ChosenStream {
	quality: string;
	format: 'flv' | 'hls';
	url: string;
}

/**
 * Rank of a quality name, from both naming schemes a room uses (`stream_url` FULL_HD1…SD2, the SDK's
 * origin…ld); "ao" (audio only) and unknown names rank lowest so "best" never picks them over video.
 */
const QUALITY_RANK: Record<string, number> = {
	origin: 6,
	FULL_HD1: 5,
	uhd: 5,
	HD1: 4,
	hd: 4,
	SD1: 3,
	sd: 3,
	SD2: 2,
	ld: 2,
};

function rank(quality: string): number {
	return QUALITY_RANK[quality] ?? 0;
}

function choiceError(code: string, who: string, message: string): ApiError {
	return new ApiError({
		service: 'TikTok LIVE',
		code,
		message: `${who}: ${message}`,
		hint: 'Stream › Get URLs lists the qualities and formats of a room.',
	});
}

function describeOffered(urls: StreamUrl[]): string[] {
	return urls.map(
		(u) => `${u.quality} (${[u.flv && 'FLV', u.hls && 'HLS'].filter(Boolean).join(', ')})`,
	);
}

/**
 * The URL to record: the quality asked for among those with a URL in the format asked for. "auto" takes FLV
 * (one plain HTTP stream) and falls back to HLS only where a quality has no FLV URL, or where the room
 * offers nothing but the single `hls_pull_url`.
 */
export function chooseStream(
	streams: StreamUrls,
	quality: QualityPreference,
	format: FormatPreference,
	qualityName?: string,
	who = 'The room',
): ChosenStream {
	const offered = describeOffered(streams.urls);
	const urlIn = (entry: StreamUrl): ChosenStream | undefined => {
		const flv = format !== 'hls' ? entry.flv : undefined;
		const hls = format !== 'flv' ? entry.hls : undefined;
		if (flv) return { quality: entry.quality, format: 'flv', url: flv };
		if (hls) return { quality: entry.quality, format: 'hls', url: hls };
		return undefined;
	};
	const usable = streams.urls.filter((entry) => urlIn(entry));
	// Audio only ("ao") is recorded when asked for by name, or when it is all there is.
	const video = usable.filter((entry) => entry.quality !== 'ao');
	const candidates = video.length ? video : usable;
	if (usable.length === 0) {
		if (format !== 'flv' && streams.hls) return { quality: 'hls', format: 'hls', url: streams.hls };
		if (streams.urls.length === 0)
			throw choiceError('NO_STREAM_URL', who, 'the room lists no stream URL');
		throw choiceError(
			'FORMAT_NOT_OFFERED',
			who,
			`the room offers no ${format.toUpperCase()} stream; it offers ${offered.join(', ')}`,
		);
	}
	let entry: StreamUrl | undefined;
	if (quality === 'named') {
		const wanted = (qualityName ?? '').trim().toLowerCase();
		entry = streams.urls.find((u) => u.quality.toLowerCase() === wanted);
		if (!entry || !urlIn(entry))
			throw choiceError(
				'QUALITY_NOT_OFFERED',
				who,
				`the room offers no ${format === 'auto' ? '' : `${format.toUpperCase()} `}stream of quality "${qualityName ?? ''}"; it offers ${offered.join(', ')}`,
			);
	} else if (quality === 'default') {
		entry = candidates.find((u) => u.quality === streams.defaultQuality);
	}
	if (!entry) {
		// A stable sort keeps the room's own order among equal ranks.
		const byRank = [...candidates].sort((a, b) => rank(b.quality) - rank(a.quality));
		entry = quality === 'lowest' ? byRank[byRank.length - 1] : byRank[0];
	}
	return urlIn(entry)!;
}

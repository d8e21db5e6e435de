/**
 * Pull URLs of a live room from room info (reference §1.3; gotiktoklive `Info.StreamURL`): `stream_url` has
 * `flv_pull_url` {FULL_HD1, HD1, SD1, SD2} and `hls_pull_url(_map)`; newer rooms also carry
 * `live_core_sdk_data.pull_data.stream_data`, a JSON string keyed by quality (origin, uhd, hd, sd, ld).
 */
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

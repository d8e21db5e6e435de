/**
 * FLV bytes built by code (Adobe FLV spec v10.1, annex E), as a TikTok pull CDN serves them: the file header
 * with audio+video flags, PreviousTagSize0, an onMetaData script tag (AMF0), the AVC and AAC sequence
 * headers, then audio and video tags at fixed rates. And a strict parser the tests check recordings with:
 * header, every tag's size, the PreviousTagSize chain, and timestamps.
 */

export const TAG_AUDIO = 8;
export const TAG_VIDEO = 9;
export const TAG_SCRIPT = 18;

export function flvHeader(): Buffer {
	const header = Buffer.alloc(13);
	header.write('FLV', 0, 'latin1');
	header[3] = 1; // version
	header[4] = 0x05; // audio (0x04) + video (0x01)
	header.writeUInt32BE(9, 5); // header size
	header.writeUInt32BE(0, 9); // PreviousTagSize0
	return header;
}

/** One tag and the PreviousTagSize after it. */
export function flvTag(type: number, timestampMs: number, data: Buffer): Buffer {
	const tag = Buffer.alloc(11 + data.length + 4);
	tag[0] = type;
	tag.writeUIntBE(data.length, 1, 3);
	tag.writeUIntBE(timestampMs & 0xffffff, 4, 3);
	tag[7] = (timestampMs >>> 24) & 0xff; // TimestampExtended: the high byte
	tag.writeUIntBE(0, 8, 3); // StreamID, always 0
	data.copy(tag, 11);
	tag.writeUInt32BE(11 + data.length, 11 + data.length);
	return tag;
}

function amfString(text: string): Buffer {
	const bytes = Buffer.from(text, 'utf8');
	const out = Buffer.alloc(2 + bytes.length);
	out.writeUInt16BE(bytes.length, 0);
	bytes.copy(out, 2);
	return out;
}

function amfNumber(value: number): Buffer {
	const out = Buffer.alloc(9);
	out[0] = 0x00;
	out.writeDoubleBE(value, 1);
	return out;
}

/** onMetaData: AMF0 string marker 0x02 "onMetaData", then an ECMA array (0x08) ending with 00 00 09. */
export function onMetaData(fields: Record<string, number>): Buffer {
	const entries = Object.entries(fields);
	const count = Buffer.alloc(4);
	count.writeUInt32BE(entries.length, 0);
	return Buffer.concat([
		Buffer.from([0x02]),
		amfString('onMetaData'),
		Buffer.from([0x08]),
		count,
		...entries.flatMap(([key, value]) => [amfString(key), amfNumber(value)]),
		Buffer.from([0x00, 0x00, 0x09]),
	]);
}

/** A filler payload whose bytes say which tag it is, so a duplicated or reordered tag would show. */
function payload(prefix: number[], size: number, seed: number): Buffer {
	const data = Buffer.alloc(Math.max(prefix.length, size));
	Buffer.from(prefix).copy(data, 0);
	for (let i = prefix.length; i < data.length; i++) data[i] = (seed + i) & 0xff;
	return data;
}

export interface FlvStreamShape {
	videoFps: number;
	/** AAC frames of 1024 samples at 44.1 kHz are ~23.2 ms; a round 20 ms keeps the arithmetic readable. */
	audioIntervalMs: number;
	videoTagBytes: number;
	audioTagBytes: number;
}

export const DEFAULT_SHAPE: FlvStreamShape = {
	videoFps: 25,
	audioIntervalMs: 20,
	videoTagBytes: 1200,
	audioTagBytes: 180,
};

/** Header, onMetaData and the two sequence headers: what a player needs before the first frame. */
export function flvPreamble(shape: FlvStreamShape = DEFAULT_SHAPE): Buffer {
	return Buffer.concat([
		flvHeader(),
		flvTag(
			TAG_SCRIPT,
			0,
			onMetaData({
				duration: 0,
				width: 720,
				height: 1280,
				framerate: shape.videoFps,
				audiocodecid: 10,
				videocodecid: 7,
			}),
		),
		// AVC sequence header: keyframe + AVC (0x17), AVCPacketType 0, composition time 0, then a minimal avcC.
		flvTag(
			TAG_VIDEO,
			0,
			Buffer.from([
				0x17, 0x00, 0, 0, 0, 0x01, 0x64, 0x00, 0x1f, 0xff, 0xe1, 0x00, 0x00, 0x01, 0x00, 0x00,
			]),
		),
		// AAC sequence header: AAC 44 kHz 16-bit stereo (0xAF), AACPacketType 0, AudioSpecificConfig LC 44.1k stereo.
		flvTag(TAG_AUDIO, 0, Buffer.from([0xaf, 0x00, 0x12, 0x10])),
	]);
}

/** The media tags with timestamps in [fromMs, toMs), in timestamp order (video first on a tie). */
export function flvMediaTags(
	fromMs: number,
	toMs: number,
	shape: FlvStreamShape = DEFAULT_SHAPE,
): Array<{ timestamp: number; bytes: Buffer }> {
	const tags: Array<{ timestamp: number; type: number; bytes: Buffer }> = [];
	const frameMs = 1000 / shape.videoFps;
	for (let n = Math.ceil(fromMs / frameMs); n * frameMs < toMs; n++) {
		const ts = Math.round(n * frameMs);
		const keyframe = n % shape.videoFps === 0;
		tags.push({
			timestamp: ts,
			type: TAG_VIDEO,
			bytes: flvTag(
				TAG_VIDEO,
				ts,
				payload([keyframe ? 0x17 : 0x27, 0x01, 0, 0, 0], shape.videoTagBytes, n),
			),
		});
	}
	for (let n = Math.ceil(fromMs / shape.audioIntervalMs); n * shape.audioIntervalMs < toMs; n++) {
		const ts = n * shape.audioIntervalMs;
		tags.push({
			timestamp: ts,
			type: TAG_AUDIO,
			bytes: flvTag(TAG_AUDIO, ts, payload([0xaf, 0x01], shape.audioTagBytes, n)),
		});
	}
	return tags
		.sort((a, b) => a.timestamp - b.timestamp || b.type - a.type)
		.map(({ timestamp, bytes }) => ({ timestamp, bytes }));
}

export interface ParsedFlvTag {
	type: number;
	dataSize: number;
	timestamp: number;
	offset: number;
}

export interface ParsedFlv {
	version: number;
	flags: number;
	tags: ParsedFlvTag[];
	/** Bytes after the last whole tag (0 for a file cut on a tag boundary). */
	trailingBytes: number;
}

/** Parses a whole FLV file strictly; throws on a bad signature, a PreviousTagSize that breaks the chain, or a tag type that is not 8/9/18. */
export function parseFlv(file: Buffer): ParsedFlv {
	if (file.length < 13 || file.toString('latin1', 0, 3) !== 'FLV')
		throw new Error('no FLV signature');
	const headerSize = file.readUInt32BE(5);
	if (file.readUInt32BE(headerSize) !== 0) throw new Error('PreviousTagSize0 is not 0');
	const tags: ParsedFlvTag[] = [];
	let offset = headerSize + 4;
	while (offset + 11 <= file.length) {
		const type = file[offset] & 0x1f;
		const dataSize = file.readUIntBE(offset + 1, 3);
		const end = offset + 11 + dataSize + 4;
		if (end > file.length) break;
		if (type !== TAG_AUDIO && type !== TAG_VIDEO && type !== TAG_SCRIPT)
			throw new Error(`tag type ${type} at ${offset}`);
		const previousTagSize = file.readUInt32BE(offset + 11 + dataSize);
		if (previousTagSize !== 11 + dataSize)
			throw new Error(
				`PreviousTagSize ${previousTagSize} after a tag of ${11 + dataSize} bytes at ${offset}`,
			);
		const timestamp = ((file[offset + 7] << 24) | file.readUIntBE(offset + 4, 3)) >>> 0;
		tags.push({ type, dataSize, timestamp, offset });
		offset = end;
	}
	return { version: file[3], flags: file[4], tags, trailingBytes: file.length - offset };
}

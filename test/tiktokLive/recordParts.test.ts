import { FlvFormatError, FlvTagCutter } from '../../nodes/TikTokLive/transport/flvTags';
import { parsePlaylist, pickVariant } from '../../nodes/TikTokLive/transport/hlsPlaylist';
import { chooseStream } from '../../nodes/TikTokLive/transport/streamUrls';
import { flvMediaTags, flvPreamble, parseFlv } from './flv';

describe('FLV tag cutter', () => {
	const file = Buffer.concat([flvPreamble(), ...flvMediaTags(0, 500).map((t) => t.bytes)]);

	it('returns the same bytes in whole units however the stream is chunked', () => {
		for (const chunkSize of [1, 7, 188, 4096]) {
			const cutter = new FlvTagCutter();
			const out: Buffer[] = [];
			for (let i = 0; i < file.length; i += chunkSize)
				out.push(...cutter.push(file.subarray(i, i + chunkSize)).map((u) => u.bytes));
			expect(Buffer.concat(out).equals(file)).toBe(true);
			expect(cutter.tags).toBe(parseFlv(file).tags.length);
			expect(cutter.mediaDurationMs).toBe(480);
		}
	});

	it('refuses a body that is not FLV, and a PreviousTagSize that breaks the chain', () => {
		expect(() => new FlvTagCutter().push(Buffer.from('<html>blocked</html>'))).toThrow(
			FlvFormatError,
		);
		const broken = Buffer.from(file);
		const firstTagEnd = 13 + 11 + broken.readUIntBE(14, 3);
		broken.writeUInt32BE(1, firstTagEnd);
		const cutter = new FlvTagCutter();
		const units = cutter.push(broken);
		expect(units).toHaveLength(1); // the file header only
		expect(cutter.failure?.message).toContain('PreviousTagSize');
	});

	it('announces the size of the next tag from its header, before its data arrives', () => {
		const cutter = new FlvTagCutter();
		cutter.push(file.subarray(0, 13 + 11));
		expect(cutter.nextUnitSize()).toBe(11 + file.readUIntBE(14, 3) + 4);
	});
});

describe('HLS playlists', () => {
	const base = 'https://pull-hls.example.test/stage/stream/index.m3u8?sign=x';

	it('resolves relative segment URIs, keeps media sequence numbers, drops non-http URIs', () => {
		const playlist = parsePlaylist(
			[
				'\uFEFF#EXTM3U',
				'#EXT-X-TARGETDURATION:2',
				'#EXT-X-MEDIA-SEQUENCE:41',
				'#EXTINF:2.000,',
				'seg-41.ts',
				'#EXTINF:2.000,',
				'file:///etc/passwd',
				'#EXTINF:1.5,',
				'/other/seg-43.ts?x=1',
			].join('\r\n'),
			base,
		);
		expect(playlist).toMatchObject({ kind: 'media', targetDurationSeconds: 2, ended: false });
		if (playlist.kind !== 'media') throw new Error('media playlist expected');
		expect(playlist.segments).toEqual([
			{
				url: 'https://pull-hls.example.test/stage/stream/seg-41.ts',
				sequence: 41,
				durationSeconds: 2,
			},
			{
				url: 'https://pull-hls.example.test/other/seg-43.ts?x=1',
				sequence: 43,
				durationSeconds: 1.5,
			},
		]);
	});

	it('reads master variants and picks by bandwidth; refuses what is not a playlist', () => {
		const master = parsePlaylist(
			[
				'#EXTM3U',
				'#EXT-X-STREAM-INF:BANDWIDTH=800000,RESOLUTION=480x854,CODECS="avc1.4d401e,mp4a.40.2"',
				'sd/index.m3u8',
				'#EXT-X-STREAM-INF:BANDWIDTH=2500000,RESOLUTION=720x1280',
				'hd/index.m3u8',
			].join('\n'),
			base,
		);
		if (master.kind !== 'master') throw new Error('master playlist expected');
		expect(pickVariant(master.variants, 'highest').url).toMatch(/\/hd\/index\.m3u8$/);
		expect(pickVariant(master.variants, 'lowest')).toMatchObject({ resolution: '480x854' });
		expect(() => parsePlaylist('<html></html>', base)).toThrow('#EXTM3U');
	});
});

describe('choosing what to record', () => {
	const streams = {
		defaultQuality: 'HD1',
		urls: [
			{ quality: 'ao', flv: 'https://cdn/ao.flv' },
			{ quality: 'SD1', flv: 'https://cdn/sd.flv', hls: 'https://cdn/sd.m3u8' },
			{ quality: 'HD1', flv: 'https://cdn/hd.flv' },
			{ quality: 'origin', hls: 'https://cdn/origin.m3u8' },
		],
	};

	it('best takes the top quality in the format available, HLS only where there is no FLV', () => {
		expect(chooseStream(streams, 'best', 'auto')).toEqual({
			quality: 'origin',
			format: 'hls',
			url: 'https://cdn/origin.m3u8',
		});
		expect(chooseStream(streams, 'best', 'flv').quality).toBe('HD1');
		expect(chooseStream(streams, 'default', 'auto').quality).toBe('HD1');
		// Audio only is never "lowest" while video exists.
		expect(chooseStream(streams, 'lowest', 'auto').quality).toBe('SD1');
		expect(chooseStream(streams, 'named', 'auto', 'ao').url).toBe('https://cdn/ao.flv');
	});

	it('names what the room offers when the choice is not there', () => {
		expect(() => chooseStream(streams, 'named', 'flv', 'origin')).toThrow(
			'it offers ao (FLV), SD1 (FLV, HLS), HD1 (FLV), origin (HLS)',
		);
		expect(() => chooseStream({ urls: [] }, 'best', 'auto')).toThrow('lists no stream URL');
		expect(chooseStream({ urls: [], hls: 'https://cdn/only.m3u8' }, 'best', 'auto')).toMatchObject({
			format: 'hls',
		});
	});
});

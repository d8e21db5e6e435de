/**
 * Cuts an FLV byte stream into whole units (the file header with PreviousTagSize0, then each tag with the
 * PreviousTagSize that follows it), so a recording that stops at a limit, a cancel or a broken connection
 * still ends on a tag boundary and stays playable. Layout (Adobe FLV spec v10.1, annex E): header
 * "FLV" version flags headerSize(u32); then PreviousTagSize0 = 0; each tag is type(u8, low 5 bits) dataSize(u24)
 * timestamp(u24) timestampExtended(u8, the high byte) streamId(u24) data, followed by u32 = 11 + dataSize.
 * Holds at most one incomplete tag (≤ 16 MiB + 15 bytes, the u24 size limit), never the stream.
 */

export const FLV_TAG_AUDIO = 8;
export const FLV_TAG_VIDEO = 9;
export const FLV_TAG_SCRIPT = 18;

const TAG_HEADER_SIZE = 11;
const PREVIOUS_TAG_SIZE = 4;
const MIN_FILE_HEADER = 9;

export class FlvFormatError extends Error {}

export interface FlvUnit {
	bytes: Buffer;
	/** Undefined for the file header. */
	tagType?: number;
	/** Milliseconds, for tags. */
	timestamp?: number;
}

export class FlvTagCutter {
	private pending: Buffer[] = [];
	private pendingBytes = 0;
	private headerDone = false;
	/** First and last audio/video timestamps seen, in ms. */
	firstTimestamp?: number;
	lastTimestamp?: number;
	tags = 0;

	/**
	 * The size of the next unit once its header has arrived, so a caller can stop before a unit that would not
	 * fit its limit without waiting for its bytes.
	 */
	nextUnitSize(): number | undefined {
		const head = this.peek(this.headerDone ? TAG_HEADER_SIZE : MIN_FILE_HEADER);
		if (!head) return undefined;
		if (!this.headerDone) return head.readUInt32BE(5) + PREVIOUS_TAG_SIZE;
		return TAG_HEADER_SIZE + head.readUIntBE(1, 3) + PREVIOUS_TAG_SIZE;
	}

	/** Set when bytes after the units already returned are not FLV; nothing more comes out. */
	failure?: FlvFormatError;

	/**
	 * Adds bytes; returns every unit now complete. Bytes that are not FLV throw FlvFormatError when no unit
	 * came before them in this chunk; otherwise the good units are returned and `failure` is set.
	 */
	push(chunk: Buffer): FlvUnit[] {
		if (this.failure) throw this.failure;
		this.pending.push(chunk);
		this.pendingBytes += chunk.length;
		const units: FlvUnit[] = [];
		for (;;) {
			let unit: FlvUnit | undefined;
			try {
				unit = this.takeUnit();
			} catch (error) {
				if (!(error instanceof FlvFormatError) || units.length === 0) throw error;
				this.failure = error;
				return units;
			}
			if (!unit) return units;
			units.push(unit);
		}
	}

	private peek(length: number): Buffer | undefined {
		if (this.pendingBytes < length) return undefined;
		if (this.pending[0].length < length) this.pending = [Buffer.concat(this.pending)];
		return this.pending[0].subarray(0, length);
	}

	private take(length: number): Buffer {
		const all = this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending);
		const unit = Buffer.from(all.subarray(0, length));
		const rest = all.subarray(length);
		this.pending = rest.length ? [rest] : [];
		this.pendingBytes = rest.length;
		return unit;
	}

	private takeUnit(): FlvUnit | undefined {
		if (!this.headerDone) {
			const head = this.peek(3);
			if (head && head.toString('latin1') !== 'FLV')
				throw new FlvFormatError('the stream does not start with an FLV header');
			const size = this.nextUnitSize();
			if (size === undefined || this.pendingBytes < size) return undefined;
			const headerSize = size - PREVIOUS_TAG_SIZE;
			if (headerSize < MIN_FILE_HEADER || headerSize > 1024)
				throw new FlvFormatError(`the FLV header declares ${headerSize} bytes`);
			const bytes = this.take(size);
			if (bytes.readUInt32BE(headerSize) !== 0)
				throw new FlvFormatError('PreviousTagSize0 of the FLV header is not 0');
			this.headerDone = true;
			return { bytes };
		}
		const head = this.peek(TAG_HEADER_SIZE);
		if (!head) return undefined;
		// Judged on the header: garbage must not make the cutter wait for the 16 MiB its size field may claim.
		const tagType = head[0] & 0x1f;
		if (tagType !== FLV_TAG_AUDIO && tagType !== FLV_TAG_VIDEO && tagType !== FLV_TAG_SCRIPT)
			throw new FlvFormatError(`FLV tag type ${tagType} is not audio, video or script data`);
		const size = this.nextUnitSize()!;
		if (this.pendingBytes < size) return undefined;
		const bytes = this.take(size);
		const dataSize = bytes.readUIntBE(1, 3);
		if (bytes.readUInt32BE(TAG_HEADER_SIZE + dataSize) !== TAG_HEADER_SIZE + dataSize)
			throw new FlvFormatError('an FLV PreviousTagSize does not match the tag before it');
		// The extended byte is the high 8 bits of a 32-bit millisecond timestamp.
		const timestamp = ((bytes[7] << 24) | bytes.readUIntBE(4, 3)) >>> 0;
		if (tagType !== FLV_TAG_SCRIPT) {
			this.firstTimestamp ??= timestamp;
			this.lastTimestamp = timestamp;
		}
		this.tags++;
		return { bytes, tagType, timestamp };
	}

	/** Media time covered so far, in ms (last minus first audio/video timestamp). */
	get mediaDurationMs(): number {
		if (this.firstTimestamp === undefined || this.lastTimestamp === undefined) return 0;
		return Math.max(0, this.lastTimestamp - this.firstTimestamp);
	}
}

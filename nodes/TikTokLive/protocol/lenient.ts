/**
 * Reads fields whose wire type TikTok is known to change (reference §3: RoomMessage.scene declared enum but sent
 * as a string; badge and envelope scalars typed differently across schemas). Instead of trusting a declared
 * type, each wanted field is taken as whatever wire type it arrives with, and turned into text or a number on
 * request. Fields not asked for are skipped by wire type.
 */
import { Reader } from 'protobufjs/minimal';
import { int64ToString } from './int64';

export type LenientValue = { varint: string } | { bytes: Uint8Array } | { fixed: number };

/** First occurrence of each wanted field number. Throws only on truncated input (callers isolate that). */
export function readLenientFields(
	bytes: Uint8Array,
	wanted: readonly number[],
): Map<number, LenientValue> {
	const out = new Map<number, LenientValue>();
	const reader = Reader.create(bytes);
	while (reader.pos < reader.len) {
		const tag = reader.uint32();
		const fieldNo = tag >>> 3;
		const wireType = tag & 7;
		if (!wanted.includes(fieldNo) || out.has(fieldNo)) {
			reader.skipType(wireType);
			continue;
		}
		if (wireType === 0) out.set(fieldNo, { varint: int64ToString(reader.int64()) });
		else if (wireType === 2) out.set(fieldNo, { bytes: reader.bytes() });
		else if (wireType === 5) out.set(fieldNo, { fixed: reader.fixed32() });
		else if (wireType === 1) out.set(fieldNo, { fixed: reader.double() });
		else reader.skipType(wireType);
	}
	return out;
}

const utf8 = new TextDecoder('utf-8');

/** Text of a field: a string as sent, a number in decimal. */
export function lenientText(value: LenientValue | undefined): string | undefined {
	if (!value) return undefined;
	if ('varint' in value) return value.varint;
	if ('bytes' in value) return utf8.decode(value.bytes);
	return String(value.fixed);
}

/** Number of a field: a varint as is, a decimal string parsed; anything else undefined. */
export function lenientNumber(value: LenientValue | undefined): number | undefined {
	const text = lenientText(value);
	if (text === undefined || text === '') return undefined;
	const parsed = Number(text);
	return Number.isFinite(parsed) ? parsed : undefined;
}

/**
 * The lazy WebCast decoder: PushFrame → (gunzip) → Response → only the messages whose event types were
 * selected → plain events. Public functions never throw on bad input; every fault is counted in `errors` and
 * whatever could be read is still returned (reference §3: isolate failures per message, never per frame or
 * per connection).
 */
import { Reader } from 'protobufjs/minimal';
import { webcast } from './generated/webcast';
import type { MessageEnvelope } from './common';
import type { DecodeContext } from './context';
import { int64ToNumber, int64ToString, optionalId } from './int64';
import { asBuffer, gunzip, InflatedTooLargeError, isGzip } from './gzip';
import { MAPPERS_BY_METHOD } from './registry';
import type { DecodedFrame, DecodeOptions, TikTokEventType } from './types';

function emptyFrame(type: string, logId: string): DecodedFrame {
	return {
		type,
		logId,
		needAck: false,
		internalExt: '',
		cursor: '',
		events: [],
		unknownCount: 0,
		errors: 0,
	};
}

/** True when any event type this method can produce is selected. */
function wanted(types: readonly TikTokEventType[], select: ReadonlySet<TikTokEventType>): boolean {
	for (let i = 0; i < types.length; i++) if (select.has(types[i])) return true;
	return false;
}

function decodeMessage(
	bytes: Uint8Array,
	frame: DecodedFrame,
	ctx: DecodeContext,
	opts: DecodeOptions,
): void {
	let base: webcast.BaseProtoMessage;
	try {
		base = webcast.BaseProtoMessage.decode(bytes);
	} catch {
		ctx.errors++;
		return;
	}
	const method = base.method;
	const mapper = MAPPERS_BY_METHOD.get(method);
	if (!mapper) {
		frame.unknownCount++;
		if (opts.emitUnknown) {
			frame.events.push({
				type: 'unknown',
				msgId: int64ToString(base.msgId),
				method,
				roomId: undefined,
				createTime: undefined,
				payloadBase64: asBuffer(base.payload).toString('base64'),
			});
		}
		return;
	}
	if (!wanted(mapper.types, opts.select)) return;
	const envelope: MessageEnvelope = { method, msgId: base.msgId };
	try {
		const event = mapper.map(base.payload, envelope, ctx, opts.select);
		if (event) frame.events.push(event);
	} catch {
		ctx.errors++;
	}
}

/** Fills `frame` from a Response (ProtoMessageFetchResult) body, gzip or not. */
function decodeResponseInto(body: Uint8Array, frame: DecodedFrame, opts: DecodeOptions): void {
	const ctx: DecodeContext = { errors: 0, badges: opts.badges !== false };
	let bytes: Uint8Array = body;
	if (isGzip(bytes)) {
		try {
			bytes = gunzip(bytes, opts.maxInflatedBytes);
		} catch (error) {
			if (error instanceof InflatedTooLargeError) frame.oversized = true;
			frame.errors++;
			return;
		}
	}
	let response: webcast.ProtoMessageFetchResultView;
	try {
		response = webcast.ProtoMessageFetchResultView.decode(Reader.create(asBuffer(bytes)));
	} catch {
		frame.errors++;
		return;
	}
	frame.cursor = response.cursor;
	frame.internalExt = response.internalExt;
	frame.needAck = response.needAck;
	const fetchInterval = int64ToNumber(response.fetchInterval);
	if (fetchInterval) frame.fetchInterval = fetchInterval;
	const now = optionalId(response.now);
	if (now) frame.now = now;
	if (response.pushServer) frame.pushServer = response.pushServer;
	if (Object.keys(response.routeParams).length > 0) frame.routeParams = { ...response.routeParams };
	const heartbeat = int64ToNumber(response.heartBeatDuration);
	if (heartbeat) frame.heartbeatDurationMs = heartbeat;
	if (response.isFirst) frame.isFirst = true;
	for (const message of response.messages) decodeMessage(message, frame, ctx, opts);
	frame.errors += ctx.errors;
}

/**
 * Decodes one WebSocket binary message (a WebcastPushFrame). Only "msg" frames carry events; their payload is
 * gunzipped when the compress_type header says gzip or the gzip magic is present (§1.6). Never throws.
 */
export function decodeWebSocketFrame(bytes: Uint8Array, opts: DecodeOptions): DecodedFrame {
	let pushFrame: webcast.WebcastPushFrame;
	try {
		pushFrame = webcast.WebcastPushFrame.decode(Reader.create(asBuffer(bytes)));
	} catch {
		const frame = emptyFrame('', '');
		frame.errors = 1;
		return frame;
	}
	const frame = emptyFrame(pushFrame.payloadType, int64ToString(pushFrame.logId));
	if (pushFrame.payloadType !== 'msg' || pushFrame.payload.length === 0) return frame;
	const compressType = pushFrame.headers.compress_type;
	if (compressType === 'gzip' && !isGzip(pushFrame.payload)) {
		frame.errors++;
		return frame;
	}
	try {
		decodeResponseInto(pushFrame.payload, frame, opts);
	} catch {
		// decodeResponseInto isolates every step; this is only a last guard for the public contract.
		frame.errors++;
	}
	return frame;
}

/**
 * Decodes the body of the initial fetch (sign server /webcast/fetch or TikTok's im/fetch): a bare Response,
 * gzip or not, without a PushFrame around it (§1.4). Never throws.
 */
export function decodeFetchResponse(bytes: Uint8Array, opts: DecodeOptions): DecodedFrame {
	const frame = emptyFrame('msg', '');
	try {
		decodeResponseInto(bytes, frame, opts);
	} catch {
		frame.errors++;
	}
	return frame;
}

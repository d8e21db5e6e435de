/**
 * Frames the client sends (reference §1.6): enter room, heartbeat, ACK. All are PushFrames with
 * payloadEncoding "pb".
 */
import { webcast } from './generated/webcast';

/**
 * What protobuf.js's writer takes for an int64 field: it reads `low`/`high` (LongBits.from), so the words
 * are built here with BigInt instead of importing long.js, which is only protobufjs's own dependency and
 * not resolvable from this package once installed (n8n installs dependencies shallowly).
 */
type Int64Field = NonNullable<webcast.IHeartbeatMessage['roomId']>;

/** liveId the web client always sends ("STATIC value for all streams", §2.5). */
const WEB_LIVE_ID = 12;

function pushFrame(payloadType: string, payload: Uint8Array, logId?: Int64Field): Uint8Array {
	return webcast.WebcastPushFrame.encode({
		logId: logId ?? undefined,
		payloadEncoding: 'pb',
		payloadType,
		payload,
	}).finish();
}

/** Parses a decimal id; throws RangeError for anything else, so a bad room id never becomes a silent 0. */
export function parseInt64(value: string, unsigned = false): Int64Field {
	if (!/^-?\d{1,20}$/.test(value))
		throw new RangeError(`not a decimal int64: ${JSON.stringify(value)}`);
	const parsed = BigInt(value);
	const [min, max] = unsigned ? [0n, (1n << 64n) - 1n] : [-(1n << 63n), (1n << 63n) - 1n];
	if (parsed < min || parsed > max) throw new RangeError(`int64 out of range: ${value}`);
	return int64Words(parsed, unsigned);
}

function int64Words(value: bigint, unsigned: boolean): Int64Field {
	const bits = BigInt.asUintN(64, value);
	const words = { low: Number(bits & 0xffffffffn) | 0, high: Number(bits >> 32n) | 0, unsigned };
	return words as unknown as Int64Field;
}

/** Heartbeat every 10 s (TLC2) / 5 s (TL7), only after im_enter_room. `seq` starts at 1 per room. */
export function encodeHeartbeatFrame(roomId: string, seq = 1): Uint8Array {
	const payload = webcast.HeartbeatMessage.encode({
		roomId: parseInt64(roomId, true),
		sendPacketSeqId: int64Words(BigInt(seq), true),
	}).finish();
	return pushFrame('hb', payload);
}

/** ACK for a frame whose Response had needAck: same logId, payload = UTF-8 internalExt (§1.6). */
export function encodeAckFrame(logId: string, internalExt: string): Uint8Array {
	return pushFrame('ack', Buffer.from(internalExt, 'utf8'), parseInt64(logId));
}

/**
 * im_enter_room, sent once the socket opens. enterUniqueId: TLC2 sends a random positive int64 ("to prevent
 * cross-room bleeding"), TL7 sends 0; default 0 here, pass your own to mimic TLC2.
 */
export function encodeEnterRoomFrame(
	roomId: string,
	options: { cursor?: string; enterUniqueId?: string } = {},
): Uint8Array {
	const payload = webcast.WebcastImEnterRoomMessage.encode({
		roomId: parseInt64(roomId),
		roomTag: '',
		liveRegion: '',
		liveId: WEB_LIVE_ID,
		identity: 'audience',
		cursor: options.cursor ?? '',
		accountType: 0,
		enterUniqueId: options.enterUniqueId ? parseInt64(options.enterUniqueId) : 0,
		filterWelcomeMsg: '0',
		isAnchorContinueKeepMsg: false,
	}).finish();
	return pushFrame('im_enter_room', payload);
}

/**
 * Frames the client sends (reference §1.6, §2.5), read back field by field.
 */
import {
	decodeWebSocketFrame,
	encodeAckFrame,
	encodeEnterRoomFrame,
	encodeHeartbeatFrame,
	parseInt64,
} from '../../nodes/TikTokLive/protocol';
import { webcast } from '../../nodes/TikTokLive/protocol/generated/webcast';
import { decodeClientFrame } from './frames';

describe('client frames', () => {
	test('heartbeat: PushFrame{payloadEncoding "pb", payloadType "hb"} around HeartbeatMessage{roomId, seq}', () => {
		const bytes = encodeHeartbeatFrame('7300000000000000123', 7);
		// PushFrame field 6 "pb", field 7 "hb": the constant prefix TikTokLiveJava sends (base64 MgJwYjoCaGI=).
		expect(Buffer.from(bytes.subarray(0, 8)).toString('base64')).toBe('MgJwYjoCaGI=');
		expect(decodeClientFrame(bytes)).toMatchObject({
			payloadType: 'hb',
			payloadEncoding: 'pb',
			roomId: '7300000000000000123',
			seq: '7',
		});
	});

	test('ACK: same logId as the received frame, payload = UTF-8 internalExt', () => {
		const bytes = encodeAckFrame('9223372036854775807', 'internal_src:dim|wss_push_room_id:7300');
		expect(decodeClientFrame(bytes)).toMatchObject({
			payloadType: 'ack',
			payloadEncoding: 'pb',
			logId: '9223372036854775807',
			internalExt: 'internal_src:dim|wss_push_room_id:7300',
		});
		// A server reading it as a push frame sees an ack frame with that logId.
		expect(decodeWebSocketFrame(bytes, { select: new Set() })).toMatchObject({
			type: 'ack',
			logId: '9223372036854775807',
		});
	});

	test('enter room: WebcastImEnterRoomMessage with liveId 12, identity "audience", filterWelcomeMsg "0"', () => {
		const bytes = encodeEnterRoomFrame('7300000000000000123', {
			cursor: 'c-9',
			enterUniqueId: '5000000000000000001',
		});
		const frame = webcast.WebcastPushFrame.decode(bytes);
		expect(frame.payloadType).toBe('im_enter_room');
		const enter = webcast.WebcastImEnterRoomMessage.decode(frame.payload);
		expect(String(enter.roomId)).toBe('7300000000000000123');
		expect(String(enter.liveId)).toBe('12');
		expect(enter.identity).toBe('audience');
		expect(enter.cursor).toBe('c-9');
		expect(String(enter.enterUniqueId)).toBe('5000000000000000001');
		expect(enter.filterWelcomeMsg).toBe('0');
		expect(decodeClientFrame(bytes).roomId).toBe('7300000000000000123');
	});

	test('int64 extremes survive encoding exactly (words built without long.js)', () => {
		expect(decodeClientFrame(encodeHeartbeatFrame('18446744073709551615', 1)).roomId).toBe(
			'18446744073709551615',
		);
		expect(decodeClientFrame(encodeAckFrame('-9223372036854775808', 'x')).logId).toBe(
			'-9223372036854775808',
		);
		expect(() => parseInt64('9223372036854775808')).toThrow(RangeError);
		expect(() => parseInt64('-1', true)).toThrow(RangeError);
	});

	test.each(['', 'abc', '12.5', '1e5', '99999999999999999999999'])(
		'a room id or logId %j is refused instead of becoming 0',
		(bad) => {
			expect(() => parseInt64(bad)).toThrow(RangeError);
			expect(() => encodeHeartbeatFrame(bad)).toThrow(RangeError);
		},
	);
});

/**
 * Frame-level behaviour: exact int64s, fault isolation, unknown methods, compression, fetch responses.
 */
import { gzipSync } from 'node:zlib';
import { decodeFetchResponse, decodeWebSocketFrame } from '../../nodes/TikTokLive/protocol';
import type {
	TikTokChatEvent,
	TikTokEventType,
	TikTokGiftEvent,
} from '../../nodes/TikTokLive/protocol';
import {
	buildFetchResponse,
	buildPushFrame,
	buildResponse,
	encodeChatMessage,
	encodeCommon,
	encodeGiftMessage,
	encodeLikeMessage,
	encodeUser,
} from './frames';
import { bytes, message, string, sub, varint } from './protobufWriter';

const CHAT_ONLY = { select: new Set<TikTokEventType>(['chat']) };
const CHAT_GIFT_LIKE = { select: new Set<TikTokEventType>(['chat', 'gift', 'like']) };

function chat(msgId: string, comment: string) {
	return {
		method: 'WebcastChatMessage',
		payload: encodeChatMessage({
			common: { msgId },
			user: { userId: '1', uniqueId: 'u' },
			comment,
		}),
	};
}

describe('int64 ids stay exact', () => {
	test('ids above 2^53 (user, room, message, streak group, logId) come back as exact decimal strings', () => {
		const bytesIn = buildPushFrame({
			logId: '9223372036854775807',
			messages: [
				{
					method: 'WebcastGiftMessage',
					payload: encodeGiftMessage({
						common: {
							msgId: '9007199254740993',
							roomId: '7300000000000000123',
							createTime: '1692725773880',
						},
						user: { userId: '9223372036854775806', withIdStr: false },
						giftId: 5655,
						repeatEnd: true,
						groupId: '18446744073709551615',
						gift: { giftType: 1, combo: true },
					}),
				},
			],
		});
		const frame = decodeWebSocketFrame(bytesIn, { select: new Set(['gift']) });
		const gift = frame.events[0] as TikTokGiftEvent;
		expect(frame.logId).toBe('9223372036854775807');
		expect(gift.msgId).toBe('9007199254740993');
		expect(gift.roomId).toBe('7300000000000000123');
		// Read from User field 1 (no id_str): 2^63 - 2, which Number() would round to 2^63.
		expect(gift.user?.userId).toBe('9223372036854775806');
		expect(gift.groupId).toBe('18446744073709551615');
		expect(gift.createTime).toBe('1692725773880');
	});

	test('User.id_str (1028) wins over field 1, as TikTok renders its own ids', () => {
		const payload = encodeChatMessage({
			common: { msgId: '1' },
			comment: 'x',
			user: { userId: '123', withIdStr: false, extra: [string(1028, '7000000000000000456')] },
		});
		const frame = decodeWebSocketFrame(
			buildPushFrame({ messages: [{ method: 'WebcastChatMessage', payload }] }),
			CHAT_ONLY,
		);
		expect((frame.events[0] as TikTokChatEvent).user?.userId).toBe('7000000000000000456');
	});

	test('the message id falls back to BaseProtoMessage.msgId when common has none', () => {
		const payload = message(string(3, 'hi'));
		const frame = decodeWebSocketFrame(
			buildPushFrame({
				messages: [{ method: 'WebcastChatMessage', payload, msgId: '7300000000000000999' }],
			}),
			CHAT_ONLY,
		);
		expect(frame.events[0]).toMatchObject({ msgId: '7300000000000000999', comment: 'hi' });
	});
});

describe('fault isolation', () => {
	test('a User with a malformed nested field loses only the user: the chat and the rest of the frame survive', () => {
		// User field 9 (profilePicture) claims 50 bytes but holds 3: the User cannot be read.
		const brokenUser = message(
			varint(1, '42'),
			string(3, 'Eve'),
			Uint8Array.from([0x4a, 50, 1, 2, 3]),
		);
		const payload = message(
			sub(1, encodeCommon({ msgId: '10' })),
			bytes(2, brokenUser),
			string(3, 'still here'),
		);
		const frame = decodeWebSocketFrame(
			buildPushFrame({
				messages: [
					chat('9', 'before'),
					{ method: 'WebcastChatMessage', payload },
					chat('11', 'after'),
				],
			}),
			CHAT_ONLY,
		);
		expect(frame.events.map((e) => (e as TikTokChatEvent).comment)).toEqual([
			'before',
			'still here',
			'after',
		]);
		expect((frame.events[1] as TikTokChatEvent).user).toBeUndefined();
		expect(frame.errors).toBe(1);
	});

	test('a truncated message payload is counted and skipped; its neighbours decode', () => {
		const good = encodeChatMessage({ common: { msgId: '2' }, comment: 'truncated soon' });
		const truncated = good.subarray(0, good.length - 4);
		const frame = decodeWebSocketFrame(
			buildPushFrame({
				messages: [
					chat('1', 'a'),
					{ method: 'WebcastChatMessage', payload: truncated },
					chat('3', 'c'),
				],
			}),
			CHAT_ONLY,
		);
		expect(frame.events.map((e) => e.msgId)).toEqual(['1', '3']);
		expect(frame.errors).toBe(1);
	});

	test('a declared field sent with another wire type is skipped, not misread (chat comment as a varint)', () => {
		const payload = message(sub(1, encodeCommon({ msgId: '5' })), varint(3, 77), string(14, 'en'));
		const frame = decodeWebSocketFrame(
			buildPushFrame({ messages: [{ method: 'WebcastChatMessage', payload }] }),
			CHAT_ONLY,
		);
		expect(frame.events[0]).toMatchObject({ msgId: '5', comment: '', language: 'en' });
		expect(frame.errors).toBe(0);
	});

	test('one broken badge costs that badge only', () => {
		const brokenBadge = Uint8Array.from([0x18, 0x08, 0xa2, 0x01, 40, 1]); // scene 8, then field 20 claiming 40 bytes
		const user = message(
			encodeUser({ userId: '7', uniqueId: 'g', badges: [{ scene: 1, text: 'Moderator' }] }),
			bytes(64, brokenBadge),
		);
		const payload = message(sub(1, encodeCommon({ msgId: '6' })), bytes(2, user), string(3, 'ok'));
		const frame = decodeWebSocketFrame(
			buildPushFrame({ messages: [{ method: 'WebcastChatMessage', payload }] }),
			CHAT_ONLY,
		);
		const event = frame.events[0] as TikTokChatEvent;
		expect(event.user).toMatchObject({ uniqueId: 'g', isModerator: true });
		expect(event.user?.badges).toHaveLength(1);
		expect(frame.errors).toBe(1);
	});

	test('unknown methods are counted, returned raw only on request, and never fatal', () => {
		const raw = Uint8Array.from([8, 1, 18, 2, 104, 105]);
		const frameBytes = buildPushFrame({
			messages: [{ method: 'WebcastRoomPinMessage', payload: raw, msgId: '77' }, chat('1', 'a')],
		});
		const quiet = decodeWebSocketFrame(frameBytes, CHAT_ONLY);
		expect(quiet.unknownCount).toBe(1);
		expect(quiet.events).toHaveLength(1);
		const loud = decodeWebSocketFrame(frameBytes, { ...CHAT_ONLY, emitUnknown: true });
		expect(loud.events[0]).toEqual({
			type: 'unknown',
			msgId: '77',
			method: 'WebcastRoomPinMessage',
			roomId: undefined,
			createTime: undefined,
			payloadBase64: Buffer.from(raw).toString('base64'),
		});
		expect(loud.errors).toBe(0);
	});

	test('known but unselected methods are neither decoded nor counted as unknown', () => {
		const frame = decodeWebSocketFrame(
			buildPushFrame({
				messages: [{ method: 'WebcastLikeMessage', payload: Uint8Array.from([0xff]) }],
			}),
			CHAT_ONLY,
		);
		expect(frame).toMatchObject({ events: [], unknownCount: 0, errors: 0 });
	});

	test('bytes that are not a push frame give an empty frame with one error', () => {
		expect(
			decodeWebSocketFrame(Buffer.from('not protobuf at all \xff\xff\xff'), CHAT_ONLY),
		).toMatchObject({ type: '', events: [], errors: 1 });
		expect(decodeWebSocketFrame(new Uint8Array(0), CHAT_ONLY)).toMatchObject({
			events: [],
			errors: 0,
		});
	});

	test('a corrupt gzip payload is one error, and a frame claiming gzip without the magic is one error', () => {
		const good = buildResponse({ messages: [chat('1', 'a')] });
		const gz = Buffer.from(gzipSync(good));
		gz[gz.length - 10] ^= 0xff;
		const corrupt = message(
			sub(5, string(1, 'compress_type'), string(2, 'gzip')),
			string(6, 'pb'),
			string(7, 'msg'),
			bytes(8, gz),
		);
		expect(decodeWebSocketFrame(corrupt, CHAT_ONLY)).toMatchObject({
			type: 'msg',
			events: [],
			errors: 1,
		});
		const lying = message(
			sub(5, string(1, 'compress_type'), string(2, 'gzip')),
			string(7, 'msg'),
			bytes(8, good),
		);
		expect(decodeWebSocketFrame(lying, CHAT_ONLY)).toMatchObject({ events: [], errors: 1 });
	});
});

describe('frames and responses', () => {
	test('a gzip msg frame exposes the ACK inputs: logId, needAck, internalExt, cursor', () => {
		const frame = decodeWebSocketFrame(
			buildPushFrame({
				logId: '7312000000000000001',
				needAck: true,
				internalExt: 'internal_src:dim|wss_push_room_id:7300',
				cursor: 'r-1_d-1_u-1',
				fetchInterval: 1000,
				messages: [chat('1', 'a')],
			}),
			CHAT_GIFT_LIKE,
		);
		expect(frame).toMatchObject({
			type: 'msg',
			logId: '7312000000000000001',
			needAck: true,
			internalExt: 'internal_src:dim|wss_push_room_id:7300',
			cursor: 'r-1_d-1_u-1',
			fetchInterval: 1000,
			errors: 0,
		});
	});

	test('an uncompressed frame (compress_type none, as in a 2023 capture) decodes the same', () => {
		const frame = decodeWebSocketFrame(
			buildPushFrame({ gzip: false, messages: [chat('1', 'plain')] }),
			CHAT_ONLY,
		);
		expect(frame.events).toMatchObject([{ comment: 'plain' }]);
	});

	test.each(['hb', 'ack', 'im_enter_room_resp'])('a %s frame carries no events', (payloadType) => {
		const frame = decodeWebSocketFrame(
			buildPushFrame({
				payloadType,
				payload: Uint8Array.from([1, 2, 3]),
				gzip: false,
				messages: [],
			}),
			CHAT_ONLY,
		);
		expect(frame).toMatchObject({ type: payloadType, events: [], errors: 0 });
	});

	test('the initial fetch body (bare Response) yields the push server, route params and first batch', () => {
		const body = buildFetchResponse({
			messages: [chat('1', 'history')],
			cursor: 'c-0',
			internalExt: 'ext-0',
			pushServer: 'wss://webcast-ws.tiktok.com/webcast/im/ws_proxy/ws_reuse_supplement/',
			routeParams: { wrss: 'abc', imprp: 'def' },
			heartbeatDurationMs: 10000,
			isFirst: true,
			now: '1692725773880',
		});
		const frame = decodeFetchResponse(body, CHAT_ONLY);
		expect(frame).toMatchObject({
			type: 'msg',
			logId: '',
			cursor: 'c-0',
			internalExt: 'ext-0',
			pushServer: 'wss://webcast-ws.tiktok.com/webcast/im/ws_proxy/ws_reuse_supplement/',
			routeParams: { wrss: 'abc', imprp: 'def' },
			heartbeatDurationMs: 10000,
			isFirst: true,
			now: '1692725773880',
			errors: 0,
		});
		expect(frame.events).toMatchObject([{ comment: 'history' }]);
		expect(decodeFetchResponse(gzipSync(body), CHAT_ONLY).events).toHaveLength(1);
		expect(
			decodeFetchResponse(Buffer.from('<html>rate limited</html>'), CHAT_ONLY).errors,
		).toBeGreaterThan(0);
	});

	test('a Uint8Array that is not a Buffer decodes like a Buffer', () => {
		const buf = buildPushFrame({
			messages: [
				{
					method: 'WebcastLikeMessage',
					payload: encodeLikeMessage({ common: { msgId: '1' }, likeCount: 3, totalLikeCount: 9 }),
				},
			],
		});
		const copy = new Uint8Array(buf.length + 8).subarray(4, 4 + buf.length);
		copy.set(buf);
		expect(decodeWebSocketFrame(copy, CHAT_GIFT_LIKE).events).toMatchObject([
			{ type: 'like', likeCount: 3, totalLikeCount: 9 },
		]);
	});
});

/**
 * Every event type, decoded from frames built field by field from the reference tables (frames.ts).
 */
import { decodeWebSocketFrame, TIKTOK_EVENT_TYPES } from '../../nodes/TikTokLive/protocol';
import type { TikTokEvent, TikTokEventType } from '../../nodes/TikTokLive/protocol';
import {
	buildPushFrame,
	encodeChatMessage,
	encodeControlMessage,
	encodeEmoteChatMessage,
	encodeEnvelopeMessage,
	encodeGiftMessage,
	encodeInRoomBannerMessage,
	encodeIntroMessage,
	encodeLikeMessage,
	encodeLinkMicArmiesMessage,
	encodeLinkMicBattleMessage,
	encodeMemberMessage,
	encodeQuestionMessage,
	encodeRoomMessage,
	encodeRoomUserSeqMessage,
	encodeSocialMessage,
	encodeSubscribeMessage,
} from './frames';
import type { UserFixture } from './frames';

const ROOM = '7300000000000000123';
const ALICE: UserFixture = {
	userId: '6800000000000000001',
	uniqueId: 'alice',
	nickname: 'Alice',
	avatarUrls: ['https://p16.example/alice-72.webp', 'https://p16.example/alice-100.webp'],
	followStatus: 1,
};

function common(msgId: string, extra: Record<string, unknown> = {}) {
	return { msgId, roomId: ROOM, createTime: '1692725773880', ...extra };
}

function decodeOne(method: string, payload: Uint8Array, select: TikTokEventType[]): TikTokEvent {
	const frame = decodeWebSocketFrame(buildPushFrame({ messages: [{ method, payload }] }), {
		select: new Set(select),
	});
	expect(frame.errors).toBe(0);
	expect(frame.events).toHaveLength(1);
	return frame.events[0];
}

const ALL = new Set<TikTokEventType>(TIKTOK_EVENT_TYPES);

describe('TikTok WebCast event mapping', () => {
	test('chat: comment, language, sender with avatar and follow role, mention, emotes', () => {
		const event = decodeOne(
			'WebcastChatMessage',
			encodeChatMessage({
				common: common('7301'),
				user: ALICE,
				comment: 'hello 👋',
				language: 'en',
				atUser: { userId: '42', uniqueId: 'bob' },
				emotes: [{ emoteId: '7100', imageUrl: 'https://e.example/1.png', placeInComment: 6 }],
				qualityScores: 16,
			}),
			['chat'],
		);
		expect(event).toMatchObject({
			type: 'chat',
			msgId: '7301',
			method: 'WebcastChatMessage',
			roomId: ROOM,
			createTime: '1692725773880',
			comment: 'hello 👋',
			language: 'en',
			user: {
				userId: ALICE.userId,
				uniqueId: 'alice',
				nickname: 'Alice',
				avatarUrl: 'https://p16.example/alice-72.webp',
				followRole: 1,
			},
			atUser: { userId: '42', uniqueId: 'bob' },
			emotes: [{ emoteId: '7100', imageUrl: 'https://e.example/1.png', placeInComment: 6 }],
		});
	});

	test('gift: streak fields, gift details, receiver, and the 10-byte varint colorId is skipped', () => {
		const event = decodeOne(
			'WebcastGiftMessage',
			encodeGiftMessage({
				common: common('7302', { describe: 'alice: gifted the host 1 Rose' }),
				user: ALICE,
				toUser: { userId: '99', uniqueId: 'host' },
				giftId: 5655,
				repeatCount: 4,
				comboCount: 4,
				groupCount: 1,
				repeatEnd: false,
				groupId: '1692725773880123',
				colorId: -1,
				gift: {
					name: 'Rose',
					giftType: 1,
					combo: true,
					diamondCount: 1,
					imageUrl: 'https://g.example/rose.png',
					describe: 'sent Rose',
				},
			}),
			['gift'],
		);
		expect(event).toMatchObject({
			type: 'gift',
			giftId: 5655,
			giftName: 'Rose',
			giftType: 1,
			diamondCount: 1,
			giftImageUrl: 'https://g.example/rose.png',
			describe: 'sent Rose',
			repeatCount: 4,
			comboCount: 4,
			groupCount: 1,
			repeatEnd: false,
			groupId: '1692725773880123',
			combo: true,
			streakable: true,
			streaking: true,
			user: { uniqueId: 'alice' },
			toUser: { userId: '99', uniqueId: 'host' },
		});
	});

	test('gift: a giftType 2 gift is not streakable and not streaking', () => {
		const event = decodeOne(
			'WebcastGiftMessage',
			encodeGiftMessage({
				common: common('7303'),
				user: ALICE,
				giftId: 6000,
				repeatCount: 1,
				gift: { name: 'Lion', giftType: 2, combo: false, diamondCount: 29999 },
			}),
			['gift'],
		);
		expect(event).toMatchObject({
			streakable: false,
			streaking: false,
			repeatEnd: false,
			diamondCount: 29999,
		});
	});

	test('like: per-message count and room total', () => {
		const event = decodeOne(
			'WebcastLikeMessage',
			encodeLikeMessage({
				common: common('7304'),
				user: ALICE,
				likeCount: 15,
				totalLikeCount: 123456,
			}),
			['like'],
		);
		expect(event).toMatchObject({
			type: 'like',
			likeCount: 15,
			totalLikeCount: 123456,
			user: { uniqueId: 'alice' },
		});
	});

	test('member: join with member count and action', () => {
		const event = decodeOne(
			'WebcastMemberMessage',
			encodeMemberMessage({ common: common('7305'), user: ALICE, memberCount: 812, action: 1 }),
			['member'],
		);
		expect(event).toMatchObject({
			type: 'member',
			memberCount: 812,
			action: 1,
			user: { nickname: 'Alice' },
		});
	});

	test('social: the display text key decides follow vs share', () => {
		const follow = decodeOne(
			'WebcastSocialMessage',
			encodeSocialMessage({
				common: common('7306', { displayTextKey: 'pm_main_follow_message_viewer_2' }),
				user: ALICE,
				action: 1,
				followCount: 10,
			}),
			['follow', 'share'],
		);
		expect(follow).toMatchObject({
			type: 'follow',
			socialKind: 'follow',
			displayType: 'pm_main_follow_message_viewer_2',
			followCount: 10,
		});
		const share = decodeOne(
			'WebcastSocialMessage',
			encodeSocialMessage({
				common: common('7307', { displayTextKey: 'pm_mt_guidance_viewer_5_share' }),
				user: ALICE,
				action: 3,
				shareCount: 2,
				shareTarget: 'whatsapp',
			}),
			['follow', 'share'],
		);
		expect(share).toMatchObject({
			type: 'share',
			socialKind: 'share',
			shareCount: 2,
			shareTarget: 'whatsapp',
		});
	});

	test('social: without a display text key the action decides (1 follow, 3 share)', () => {
		const share = decodeOne(
			'WebcastSocialMessage',
			encodeSocialMessage({ common: common('7308'), user: ALICE, action: 3 }),
			['share'],
		);
		expect(share).toMatchObject({ type: 'share', socialKind: 'share', action: 3 });
	});

	test('social: selecting only "social" returns follows as social events, never twice', () => {
		const bytes = buildPushFrame({
			messages: [
				{
					method: 'WebcastSocialMessage',
					payload: encodeSocialMessage({
						common: common('7309', { displayTextKey: 'pm_main_follow_message_viewer_2' }),
						action: 1,
					}),
				},
			],
		});
		expect(decodeWebSocketFrame(bytes, { select: new Set(['social']) }).events).toMatchObject([
			{ type: 'social', socialKind: 'follow' },
		]);
		expect(
			decodeWebSocketFrame(bytes, { select: new Set(['follow', 'social']) }).events,
		).toMatchObject([{ type: 'follow' }]);
		expect(decodeWebSocketFrame(bytes, { select: new Set(['share']) }).events).toEqual([]);
	});

	test('roomUserSeq: viewers, cumulative total and the top viewers', () => {
		const event = decodeOne(
			'WebcastRoomUserSeqMessage',
			encodeRoomUserSeqMessage({
				common: common('7310'),
				viewerCount: 1532,
				totalUser: 246399,
				popularity: 9000,
				topViewers: [{ user: ALICE, coinCount: 500, rank: 1 }],
			}),
			['roomUserSeq'],
		);
		expect(event).toMatchObject({
			type: 'roomUserSeq',
			viewerCount: 1532,
			totalUser: 246399,
			popularity: 9000,
			topViewers: [{ coinCount: 500, rank: 1, user: { uniqueId: 'alice' } }],
		});
	});

	test('question: text, id and asker', () => {
		const event = decodeOne(
			'WebcastQuestionNewMessage',
			encodeQuestionMessage({
				common: common('7311'),
				user: ALICE,
				questionId: '9100000000000000001',
				questionText: 'When is the next stream?',
			}),
			['question'],
		);
		expect(event).toMatchObject({
			type: 'question',
			questionId: '9100000000000000001',
			questionText: 'When is the next stream?',
			user: { uniqueId: 'alice' },
		});
	});

	test.each([
		[3, true],
		[4, true],
		[1, false],
		[2, false],
	])('control: action %i → streamEnded %s', (action, ended) => {
		const event = decodeOne(
			'WebcastControlMessage',
			encodeControlMessage({ common: common('7312'), action, tips: 'bye' }),
			['control'],
		);
		expect(event).toMatchObject({ type: 'control', action, streamEnded: ended, tips: 'bye' });
	});

	test('linkMicBattle: battle id, action, anchors and results keyed by exact int64 ids', () => {
		const event = decodeOne(
			'WebcastLinkMicBattle',
			encodeLinkMicBattleMessage({
				common: common('7313'),
				battleId: '7312345678901234567',
				action: 4,
				anchors: [
					{
						userId: '6800000000000000001',
						nickname: 'Alice',
						displayId: 'alice',
						avatarUrl: 'https://a.example/a.png',
					},
					{ userId: '6800000000000000002', nickname: 'Bob', displayId: 'bob' },
				],
				results: [{ userId: '6800000000000000001', result: 0, score: 1200 }],
			}),
			['linkMicBattle'],
		);
		expect(event).toMatchObject({
			type: 'linkMicBattle',
			battleId: '7312345678901234567',
			action: 4,
			anchors: [
				{
					userId: '6800000000000000001',
					nickname: 'Alice',
					uniqueId: 'alice',
					avatarUrl: 'https://a.example/a.png',
				},
				{ userId: '6800000000000000002', nickname: 'Bob', uniqueId: 'bob' },
			],
			results: [{ userId: '6800000000000000001', result: 0, score: '1200' }],
		});
	});

	test('linkMicArmies: per-host armies with scores', () => {
		const event = decodeOne(
			'WebcastLinkMicArmies',
			encodeLinkMicArmiesMessage({
				common: common('7314'),
				battleId: '7312345678901234567',
				battleStatus: 1,
				armies: [
					{
						hostUserId: '6800000000000000001',
						hostScore: 300,
						members: [{ userId: '6900000000000000009', score: 200, nickname: 'Carol' }],
					},
				],
			}),
			['linkMicArmies'],
		);
		expect(event).toMatchObject({
			type: 'linkMicArmies',
			battleStatus: 1,
			armies: [
				{
					hostUserId: '6800000000000000001',
					hostScore: '300',
					members: [{ userId: '6900000000000000009', score: '200', nickname: 'Carol' }],
				},
			],
		});
	});

	test('roomMessage: the scene arrives as a string although schemas declare an enum, and the message still decodes', () => {
		const event = decodeOne(
			'WebcastRoomMessage',
			encodeRoomMessage({
				common: common('7315'),
				content: 'Bob joined via fans',
				scene: 'user_join_fans',
			}),
			['roomMessage'],
		);
		expect(event).toMatchObject({
			type: 'roomMessage',
			content: 'Bob joined via fans',
			scene: 'user_join_fans',
		});
	});

	test('roomMessage: the system "RoomMessage" method and the in-room banner map to roomMessage too', () => {
		const system = decodeOne(
			'RoomMessage',
			encodeRoomMessage({
				method: 'SystemMessage',
				common: common('7316'),
				content: 'Welcome to TikTok LIVE!',
			}),
			['roomMessage'],
		);
		expect(system).toMatchObject({
			type: 'roomMessage',
			method: 'RoomMessage',
			content: 'Welcome to TikTok LIVE!',
		});
		const banner = decodeOne(
			'WebcastInRoomBannerMessage',
			encodeInRoomBannerMessage({ common: common('7317'), data: '{"banner":1}' }),
			['roomMessage'],
		);
		expect(banner).toMatchObject({ type: 'roomMessage', bannerData: '{"banner":1}' });
	});

	test('intro: host, text and language', () => {
		const event = decodeOne(
			'WebcastLiveIntroMessage',
			encodeIntroMessage({
				common: common('7318'),
				introId: '7300000000000000123',
				content: 'Daily art stream',
				host: ALICE,
				language: 'en',
			}),
			['intro'],
		);
		expect(event).toMatchObject({
			type: 'intro',
			introId: '7300000000000000123',
			content: 'Daily art stream',
			language: 'en',
			host: { uniqueId: 'alice' },
		});
	});

	test('emoteChat: sender and emotes', () => {
		const event = decodeOne(
			'WebcastEmoteChatMessage',
			encodeEmoteChatMessage({
				common: common('7319'),
				user: ALICE,
				emotes: [{ emoteId: '7200', imageUrl: 'https://e.example/2.png' }],
			}),
			['emoteChat'],
		);
		expect(event).toMatchObject({
			type: 'emoteChat',
			user: { uniqueId: 'alice' },
			emotes: [{ emoteId: '7200', imageUrl: 'https://e.example/2.png' }],
		});
	});

	test('envelope: treasure chest fields read whatever their wire type', () => {
		const event = decodeOne(
			'WebcastEnvelopeMessage',
			encodeEnvelopeMessage({
				common: common('7320'),
				envelopeId: 'env-1',
				businessType: 19,
				sendUserName: 'Alice',
				sendUserId: '6800000000000000001',
				diamondCount: 100,
				peopleCount: 10,
				unpackAt: 1692725800,
				display: 1,
			}),
			['envelope'],
		);
		expect(event).toMatchObject({
			type: 'envelope',
			envelopeId: 'env-1',
			businessType: 19,
			sendUserName: 'Alice',
			sendUserId: '6800000000000000001',
			diamondCount: 100,
			peopleCount: 10,
			unpackAt: '1692725800',
			display: 1,
		});
	});

	test('subscribe: sub month, type and status', () => {
		const event = decodeOne(
			'WebcastSubNotifyMessage',
			encodeSubscribeMessage({
				common: common('7321'),
				user: ALICE,
				subMonth: 3,
				subscribeType: 1,
				subscribingStatus: 2,
			}),
			['subscribe'],
		);
		expect(event).toMatchObject({
			type: 'subscribe',
			subMonth: 3,
			subscribeType: 1,
			subscribingStatus: 2,
			user: { uniqueId: 'alice' },
		});
	});

	test('badges: image, text and string badges with levels, and the derived moderator/subscriber/gifter flags', () => {
		const event = decodeOne(
			'WebcastChatMessage',
			encodeChatMessage({
				common: common('7322'),
				comment: 'x',
				user: {
					userId: '1',
					badges: [
						{
							scene: 8,
							level: 23,
							imageUrl: 'https://b.example/gifter_23.png',
							privilegeId: '7138',
						},
						{ scene: 1, text: 'Moderator' },
						{ scene: 4, imageUrl: 'https://b.example/sub_badge.png' },
						{ scene: 10, level: 5, str: 'Fans' },
						// badge_display_type sent as a string: the field is not declared, so the badge still decodes.
						{
							scene: 3,
							displayTypeAsString: 'BADGE_DISPLAY_TYPE_IMAGE',
							imageUrl: 'https://b.example/x.png',
						},
					],
				},
			}),
			['chat'],
		);
		const user = (event as Extract<TikTokEvent, { type: 'chat' }>).user;
		expect(user?.badges).toEqual([
			{
				kind: 'image',
				scene: 8,
				url: 'https://b.example/gifter_23.png',
				level: 23,
				privilegeId: '7138',
			},
			{ kind: 'text', scene: 1, text: 'Moderator' },
			{ kind: 'image', scene: 4, url: 'https://b.example/sub_badge.png' },
			{ kind: 'string', scene: 10, text: 'Fans', level: 5 },
			{ kind: 'image', scene: 3, url: 'https://b.example/x.png' },
		]);
		expect(user).toMatchObject({
			isModerator: true,
			isSubscriber: true,
			gifterLevel: 23,
			teamMemberLevel: 5,
		});
	});

	test('a mixed frame returns only the selected types, in frame order', () => {
		const bytes = buildPushFrame({
			messages: [
				{
					method: 'WebcastLikeMessage',
					payload: encodeLikeMessage({ common: common('1'), likeCount: 1, totalLikeCount: 1 }),
				},
				{
					method: 'WebcastChatMessage',
					payload: encodeChatMessage({ common: common('2'), comment: 'a' }),
				},
				{
					method: 'WebcastMemberMessage',
					payload: encodeMemberMessage({ common: common('3'), memberCount: 1 }),
				},
				{
					method: 'WebcastChatMessage',
					payload: encodeChatMessage({ common: common('4'), comment: 'b' }),
				},
				{
					method: 'WebcastLikeMessage',
					payload: encodeLikeMessage({ common: common('5'), likeCount: 2, totalLikeCount: 3 }),
				},
			],
		});
		const frame = decodeWebSocketFrame(bytes, { select: new Set(['chat', 'like']) });
		expect(frame.events.map((e) => `${e.type}:${e.msgId}`)).toEqual([
			'like:1',
			'chat:2',
			'chat:4',
			'like:5',
		]);
		expect(decodeWebSocketFrame(bytes, { select: ALL }).events).toHaveLength(5);
	});
});

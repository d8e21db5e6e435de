/**
 * Builders for real WebCast frames from plain objects, for the decoder tests, the benchmark and the local
 * WebCast test server. Every field number comes from shared/reference/tiktok-live.md §2 (the section is named
 * next to each builder); nothing here uses our own .proto, so the decoder is tested against the reference, not
 * against itself.
 */
import { gzipSync } from 'node:zlib';
import { webcast } from '../../nodes/TikTokLive/protocol/generated/webcast';
import { bytes, message, repeated, string, sub, varint } from './protobufWriter';

// ------------------------------------------------------------------ shared structures (§2.4, §2.7)

export interface BadgeFixture {
	/** BadgeStruct.badge_scene (3): 1 admin, 4/7 subscriber, 8 gifter, 10 fan team. */
	scene?: number;
	/** ImageBadge (20) → image (2) → url (1). */
	imageUrl?: string;
	/** TextBadge (21): key 2, default_pattern 3. */
	text?: string;
	/** StringBadge (22): str 2. */
	str?: string;
	/** PrivilegeLogExtra (12): privilege_id 2, level 5 (sent as strings). */
	level?: number;
	privilegeId?: string;
	/** Field 1 badge_display_type, which TikTok sometimes sends as a string (§2.7): written as a string here. */
	displayTypeAsString?: string;
}

export interface UserFixture {
	userId: string;
	uniqueId?: string;
	nickname?: string;
	avatarUrls?: string[];
	secUid?: string;
	/** FollowInfo (22).followStatus (3). */
	followStatus?: number;
	badges?: BadgeFixture[];
	/** Write User.id_str (1028) next to User.userId (1). Default true, as in real captures. */
	withIdStr?: boolean;
	/** Raw extra fields appended to the User (undeclared fields, realistic padding). */
	extra?: Array<Uint8Array | undefined>;
}

/** Image (§2.7): url (1) repeated string, m_uri (2). */
export function encodeImage(urls: string[] | undefined, uri?: string): Uint8Array {
	return message(
		repeated(urls, (u) => string(1, u)),
		string(2, uri),
	);
}

export function encodeBadge(b: BadgeFixture): Uint8Array {
	return message(
		string(1, b.displayTypeAsString),
		varint(3, b.scene),
		(b.level !== undefined || b.privilegeId !== undefined) &&
			sub(
				12,
				string(2, b.privilegeId),
				b.level !== undefined ? string(5, String(b.level)) : undefined,
			),
		b.imageUrl !== undefined && sub(20, sub(2, encodeImage([b.imageUrl]))),
		b.text !== undefined && sub(21, string(2, b.text), string(3, b.text)),
		b.str !== undefined && sub(22, string(2, b.str)),
	);
}

/** User (§2.7): userId 1, nickname 3, profilePicture 9, followInfo 22, uniqueId 38, secUid 46, badges 64, id_str 1028. */
export function encodeUser(u: UserFixture): Uint8Array {
	return message(
		varint(1, u.userId),
		string(3, u.nickname),
		u.avatarUrls && sub(9, encodeImage(u.avatarUrls)),
		u.followStatus !== undefined &&
			sub(22, varint(1, 10), varint(2, 20), varint(3, u.followStatus)),
		string(38, u.uniqueId),
		string(46, u.secUid),
		repeated(u.badges, (b) => bytes(64, encodeBadge(b))),
		u.withIdStr !== false ? string(1028, u.userId) : undefined,
		...(u.extra ?? []),
	);
}

export interface CommonFixture {
	method?: string;
	msgId: string;
	roomId?: string;
	/** Milliseconds (§2.4). */
	createTime?: string;
	describe?: string;
	/** displayText (8) → key (1), e.g. "pm_main_follow_message_viewer_2". */
	displayTextKey?: string;
	displayPattern?: string;
	/** A user embedded in displayText pieces (4 → piece 21 → user 1), as real messages carry (§6). */
	displayUser?: UserFixture;
	extra?: Array<Uint8Array | undefined>;
}

/** CommonMessageData (§2.4): method 1, msgId 2, roomId 3, createTime 4, describe 7, displayText 8. */
export function encodeCommon(c: CommonFixture): Uint8Array {
	return message(
		string(1, c.method),
		varint(2, c.msgId),
		varint(3, c.roomId),
		varint(4, c.createTime),
		string(7, c.describe),
		(c.displayTextKey !== undefined || c.displayUser !== undefined) &&
			sub(
				8,
				string(1, c.displayTextKey),
				string(2, c.displayPattern),
				c.displayUser &&
					sub(4, varint(1, 11), sub(21, sub(1, encodeUser(c.displayUser)), varint(2, 0))),
			),
		...(c.extra ?? []),
	);
}

// ------------------------------------------------------------------ events (§2.6)

export interface ChatFixture {
	common: CommonFixture;
	user?: UserFixture;
	comment: string;
	language?: string;
	atUser?: UserFixture;
	emotes?: Array<{ emoteId: string; imageUrl?: string; placeInComment?: number }>;
	/** comment_quality_scores (19): repeated {version 1, score 2}; ~20 % of real chat bytes. */
	qualityScores?: number;
	extra?: Array<Uint8Array | undefined>;
}

/** WebcastChatMessage: common 1, user 2, comment 3, at_user 12, emotes 13, content_language 14, quality scores 19. */
export function encodeChatMessage(m: ChatFixture): Uint8Array {
	const scores = Array.from({ length: m.qualityScores ?? 0 }, (_, i) => i);
	return message(
		sub(1, encodeCommon({ method: 'WebcastChatMessage', ...m.common })),
		m.user && sub(2, encodeUser(m.user)),
		string(3, m.comment),
		m.atUser && sub(12, encodeUser(m.atUser)),
		repeated(m.emotes, (e) =>
			sub(
				13,
				varint(1, e.placeInComment),
				sub(2, string(1, e.emoteId), e.imageUrl !== undefined && sub(2, string(1, e.imageUrl))),
			),
		),
		string(14, m.language),
		repeated(scores, (i) => sub(19, string(1, `comment_quality_v${i}`), varint(2, 1000 + i * 37))),
		...(m.extra ?? []),
	);
}

export interface GiftFixture {
	common: CommonFixture;
	user?: UserFixture;
	toUser?: UserFixture;
	giftId: number;
	repeatCount?: number;
	comboCount?: number;
	groupCount?: number;
	repeatEnd?: boolean;
	groupId?: string;
	/** Gift (15): image 1, describe 2, id 5, combo 10, giftType 11, diamondCount 12, giftName 16. */
	gift?: {
		name?: string;
		giftType?: number;
		combo?: boolean;
		diamondCount?: number;
		imageUrl?: string;
		describe?: string;
	};
	/** colorId (24): TikTok sends -1 as a 10-byte varint. */
	colorId?: number;
	extra?: Array<Uint8Array | undefined>;
}

/** WebcastGiftMessage: common 1, giftId 2, groupCount 4, repeatCount 5, comboCount 6, user 7, toUser 8, repeatEnd 9, groupId 11, gift 15. */
export function encodeGiftMessage(m: GiftFixture): Uint8Array {
	const g = m.gift;
	return message(
		sub(1, encodeCommon({ method: 'WebcastGiftMessage', ...m.common })),
		varint(2, m.giftId),
		varint(4, m.groupCount),
		varint(5, m.repeatCount),
		varint(6, m.comboCount),
		m.user && sub(7, encodeUser(m.user)),
		m.toUser && sub(8, encodeUser(m.toUser)),
		varint(9, m.repeatEnd ? 1 : 0),
		varint(11, m.groupId),
		g &&
			sub(
				15,
				g.imageUrl !== undefined && sub(1, encodeImage([g.imageUrl])),
				string(2, g.describe),
				varint(5, m.giftId),
				varint(10, g.combo),
				varint(11, g.giftType),
				varint(12, g.diamondCount),
				string(16, g.name),
				// Undeclared field 106 seen in captures (§2.6): must be skipped.
				varint(106, 1),
			),
		varint(24, m.colorId),
		...(m.extra ?? []),
	);
}

export interface LikeFixture {
	common: CommonFixture;
	user?: UserFixture;
	likeCount: number;
	totalLikeCount: number;
	extra?: Array<Uint8Array | undefined>;
}

/** WebcastLikeMessage: common 1, likeCount 2, totalLikeCount 3, user 5. */
export function encodeLikeMessage(m: LikeFixture): Uint8Array {
	return message(
		sub(1, encodeCommon({ method: 'WebcastLikeMessage', ...m.common })),
		varint(2, m.likeCount),
		varint(3, m.totalLikeCount),
		m.user && sub(5, encodeUser(m.user)),
		...(m.extra ?? []),
	);
}

export interface MemberFixture {
	common: CommonFixture;
	user?: UserFixture;
	memberCount: number;
	action?: number;
	extra?: Array<Uint8Array | undefined>;
}

/** WebcastMemberMessage: common 1, user 2, memberCount 3, action 10. */
export function encodeMemberMessage(m: MemberFixture): Uint8Array {
	return message(
		sub(1, encodeCommon({ method: 'WebcastMemberMessage', ...m.common })),
		m.user && sub(2, encodeUser(m.user)),
		varint(3, m.memberCount),
		varint(10, m.action ?? 1),
		...(m.extra ?? []),
	);
}

export interface SocialFixture {
	common: CommonFixture;
	user?: UserFixture;
	action?: number;
	shareType?: number;
	shareTarget?: string;
	followCount?: number;
	shareCount?: number;
	extra?: Array<Uint8Array | undefined>;
}

/** WebcastSocialMessage: common 1 (displayText.key decides follow/share), user 2, shareType 3, action 4, shareTarget 5, followCount 6, shareCount 8. */
export function encodeSocialMessage(m: SocialFixture): Uint8Array {
	return message(
		sub(1, encodeCommon({ method: 'WebcastSocialMessage', ...m.common })),
		m.user && sub(2, encodeUser(m.user)),
		varint(3, m.shareType),
		varint(4, m.action),
		string(5, m.shareTarget),
		varint(6, m.followCount),
		varint(8, m.shareCount),
		...(m.extra ?? []),
	);
}

export interface RoomUserSeqFixture {
	common: CommonFixture;
	viewerCount: number;
	totalUser?: number;
	popularity?: number;
	topViewers?: Array<{ user: UserFixture; coinCount: number; rank?: number }>;
}

/** WebcastRoomUserSeqMessage: common 1, ranksList 2 {coinCount 1, user 2, rank 3}, viewerCount 3, popularity 6, totalUser 7. */
export function encodeRoomUserSeqMessage(m: RoomUserSeqFixture): Uint8Array {
	return message(
		sub(1, encodeCommon({ method: 'WebcastRoomUserSeqMessage', ...m.common })),
		repeated(m.topViewers, (v) =>
			sub(2, varint(1, v.coinCount), sub(2, encodeUser(v.user)), varint(3, v.rank)),
		),
		varint(3, m.viewerCount),
		varint(6, m.popularity),
		varint(7, m.totalUser),
	);
}

export interface QuestionFixture {
	common: CommonFixture;
	user?: UserFixture;
	questionId?: string;
	questionText: string;
}

/** WebcastQuestionNewMessage: common 1, details 2 {question_id 1, questionText 2, user 5}. */
export function encodeQuestionMessage(m: QuestionFixture): Uint8Array {
	return message(
		sub(1, encodeCommon({ method: 'WebcastQuestionNewMessage', ...m.common })),
		sub(
			2,
			varint(1, m.questionId),
			string(2, m.questionText),
			m.user && sub(5, encodeUser(m.user)),
		),
	);
}

/** WebcastControlMessage: common 1, action 2 (3 ended, 4 suspended), tips 3. */
export function encodeControlMessage(m: {
	common: CommonFixture;
	action: number;
	tips?: string;
}): Uint8Array {
	return message(
		sub(1, encodeCommon({ method: 'WebcastControlMessage', ...m.common })),
		varint(2, m.action),
		string(3, m.tips),
	);
}

export interface LinkMicBattleFixture {
	common: CommonFixture;
	battleId: string;
	action: number;
	anchors?: Array<{ userId: string; nickname?: string; displayId?: string; avatarUrl?: string }>;
	results?: Array<{ userId: string; result: number; score: number }>;
}

/** WebcastLinkMicBattle: common 1, battle_id 2, action 4, battle_result 5 (map), anchor_info 10 (map<int64, {user 1 {user_id 1, nick_name 2, avatar_thumb 3, display_id 4}}>). */
export function encodeLinkMicBattleMessage(m: LinkMicBattleFixture): Uint8Array {
	return message(
		sub(1, encodeCommon({ method: 'WebcastLinkMicBattle', ...m.common })),
		varint(2, m.battleId),
		varint(4, m.action),
		// A map entry is a sub-message {key 1, value 2}.
		repeated(m.results, (r) =>
			sub(
				5,
				varint(1, r.userId),
				sub(2, varint(1, r.userId), varint(2, r.result), varint(3, r.score)),
			),
		),
		repeated(m.anchors, (a) =>
			sub(
				10,
				varint(1, a.userId),
				sub(
					2,
					sub(
						1,
						varint(1, a.userId),
						string(2, a.nickname),
						a.avatarUrl !== undefined && sub(3, encodeImage([a.avatarUrl])),
						string(4, a.displayId),
					),
				),
			),
		),
	);
}

export interface LinkMicArmiesFixture {
	common: CommonFixture;
	battleId: string;
	battleStatus: number;
	armies: Array<{
		hostUserId: string;
		hostScore: number;
		members: Array<{ userId: string; score: number; nickname?: string }>;
	}>;
}

/** WebcastLinkMicArmies: common 1, battle_id 2, battleItems 3 (map<int64 host, {user_army 1 {user_id 1, score 2, nickname 3}, host_score 2}>), battleStatus 7. */
export function encodeLinkMicArmiesMessage(m: LinkMicArmiesFixture): Uint8Array {
	return message(
		sub(1, encodeCommon({ method: 'WebcastLinkMicArmies', ...m.common })),
		varint(2, m.battleId),
		repeated(m.armies, (a) =>
			sub(
				3,
				varint(1, a.hostUserId),
				sub(
					2,
					repeated(a.members, (u) =>
						sub(1, varint(1, u.userId), varint(2, u.score), string(3, u.nickname)),
					),
					varint(2, a.hostScore),
				),
			),
		),
		varint(7, m.battleStatus),
	);
}

/** WebcastRoomMessage: common 1, content 2, source 4, scene 6 — a string on the wire although declared enum (§3). */
export function encodeRoomMessage(m: {
	common: CommonFixture;
	content: string;
	scene?: string;
	method?: string;
}): Uint8Array {
	return message(
		sub(1, encodeCommon({ method: m.method ?? 'WebcastRoomMessage', ...m.common })),
		string(2, m.content),
		string(6, m.scene),
	);
}

/** WebcastInRoomBannerMessage: common 1, data 2 (JSON text in the older schemas). */
export function encodeInRoomBannerMessage(m: { common: CommonFixture; data: string }): Uint8Array {
	return message(
		sub(1, encodeCommon({ method: 'WebcastInRoomBannerMessage', ...m.common })),
		string(2, m.data),
	);
}

/** WebcastLiveIntroMessage: common 1, id/roomId 2, audit_status 3, content 4, host 5, language 8. */
export function encodeIntroMessage(m: {
	common: CommonFixture;
	introId?: string;
	content: string;
	host?: UserFixture;
	language?: string;
}): Uint8Array {
	return message(
		sub(1, encodeCommon({ method: 'WebcastLiveIntroMessage', ...m.common })),
		varint(2, m.introId),
		string(4, m.content),
		m.host && sub(5, encodeUser(m.host)),
		string(8, m.language),
	);
}

/** WebcastEmoteChatMessage: common 1, user 2, emoteList 3 {emoteId 1, image 2 {url 1}}. */
export function encodeEmoteChatMessage(m: {
	common: CommonFixture;
	user?: UserFixture;
	emotes: Array<{ emoteId: string; imageUrl?: string }>;
}): Uint8Array {
	return message(
		sub(1, encodeCommon({ method: 'WebcastEmoteChatMessage', ...m.common })),
		m.user && sub(2, encodeUser(m.user)),
		repeated(m.emotes, (e) =>
			sub(3, string(1, e.emoteId), e.imageUrl !== undefined && sub(2, encodeImage([e.imageUrl]))),
		),
	);
}

export interface EnvelopeFixture {
	common: CommonFixture;
	envelopeId: string;
	businessType?: number;
	sendUserName?: string;
	sendUserId?: string;
	diamondCount?: number;
	peopleCount?: number;
	unpackAt?: number;
	display?: number;
}

/** WebcastEnvelopeMessage: common 1, envelopeInfo 2 {envelopeId 1, businessType 2, sendUserName 4, diamondCount 5, peopleCount 6, unpackAt 7, sendUserId 8}, display 3. */
export function encodeEnvelopeMessage(m: EnvelopeFixture): Uint8Array {
	return message(
		sub(1, encodeCommon({ method: 'WebcastEnvelopeMessage', ...m.common })),
		sub(
			2,
			string(1, m.envelopeId),
			varint(2, m.businessType),
			string(4, m.sendUserName),
			varint(5, m.diamondCount),
			varint(6, m.peopleCount),
			varint(7, m.unpackAt),
			string(8, m.sendUserId),
		),
		varint(3, m.display ?? 1),
	);
}

/** WebcastSubNotifyMessage: common 1, user 2, subMonth 4, subscribeType 5, subscribingStatus 8. */
export function encodeSubscribeMessage(m: {
	common: CommonFixture;
	user?: UserFixture;
	subMonth: number;
	subscribeType?: number;
	subscribingStatus?: number;
}): Uint8Array {
	return message(
		sub(1, encodeCommon({ method: 'WebcastSubNotifyMessage', ...m.common })),
		m.user && sub(2, encodeUser(m.user)),
		varint(4, m.subMonth),
		varint(5, m.subscribeType),
		varint(8, m.subscribingStatus),
	);
}

// ------------------------------------------------------------------ envelope (§2.2, §2.3)

export interface FrameMessage {
	method: string;
	payload: Uint8Array;
	/** BaseProtoMessage.msgId (3). */
	msgId?: string;
}

export interface ResponseFixture {
	messages: FrameMessage[];
	cursor?: string;
	fetchInterval?: number;
	now?: string;
	internalExt?: string;
	routeParams?: Record<string, string>;
	heartbeatDurationMs?: number;
	needAck?: boolean;
	pushServer?: string;
	isFirst?: boolean;
}

/** ProtoMessageFetchResult: messages 1 {method 1, payload 2, msgId 3}, cursor 2, fetchInterval 3, now 4, internalExt 5, routeParams 7, heartBeatDuration 8, needAck 9, pushServer 10, isFirst 11. */
export function buildResponse(r: ResponseFixture): Uint8Array {
	return message(
		repeated(r.messages, (m) =>
			sub(1, string(1, m.method), bytes(2, m.payload), varint(3, m.msgId)),
		),
		string(2, r.cursor),
		varint(3, r.fetchInterval),
		varint(4, r.now),
		string(5, r.internalExt),
		repeated(Object.entries(r.routeParams ?? {}), ([k, v]) => sub(7, string(1, k), string(2, v))),
		varint(8, r.heartbeatDurationMs),
		r.needAck ? varint(9, true) : undefined,
		string(10, r.pushServer),
		r.isFirst ? varint(11, true) : undefined,
	);
}

export interface PushFrameFixture extends ResponseFixture {
	/** gzip the Response and set header compress_type=gzip (what compress=gzip asks for, §1.6). Default true. */
	gzip?: boolean;
	/** PushFrame.logId (2). */
	logId?: string;
	seqId?: string;
	/** PushFrame.payloadType (7). Default "msg". */
	payloadType?: string;
	/** Raw payload instead of a Response built from `messages`. */
	payload?: Uint8Array;
}

/** WebcastPushFrame: seqId 1, logId 2, headers 5 (map), payloadEncoding 6, payloadType 7, payload 8. */
export function buildPushFrame(f: PushFrameFixture): Uint8Array {
	const gzip = f.gzip !== false;
	const response = f.payload ?? buildResponse(f);
	const payload = gzip ? new Uint8Array(gzipSync(response)) : response;
	return message(
		varint(1, f.seqId),
		varint(2, f.logId ?? '7300000000000000001'),
		sub(5, string(1, 'compress_type'), string(2, gzip ? 'gzip' : 'none')),
		string(6, 'pb'),
		string(7, f.payloadType ?? 'msg'),
		bytes(8, payload),
	);
}

/** A bare Response as returned by the sign server's /webcast/fetch (no frame, no gzip, §1.4). */
export function buildFetchResponse(r: ResponseFixture): Uint8Array {
	return buildResponse(r);
}

export interface ClientFrame {
	payloadType: string;
	payloadEncoding: string;
	logId: string;
	payload: Uint8Array;
	/** Heartbeat: roomId and sequence; enter room: roomId; ACK: internalExt (the UTF-8 payload). */
	roomId?: string;
	seq?: string;
	internalExt?: string;
}

/** Reads a frame a client sent (hb, ack, im_enter_room), for the local test server and client tests. */
export function decodeClientFrame(bytes: Uint8Array): ClientFrame {
	const frame = webcast.WebcastPushFrame.decode(bytes);
	const out: ClientFrame = {
		payloadType: frame.payloadType,
		payloadEncoding: frame.payloadEncoding,
		logId: String(frame.logId),
		payload: frame.payload,
	};
	if (frame.payloadType === 'hb') {
		const hb = webcast.HeartbeatMessage.decode(frame.payload);
		out.roomId = String(hb.roomId);
		out.seq = String(hb.sendPacketSeqId);
	} else if (frame.payloadType === 'im_enter_room') {
		out.roomId = String(webcast.WebcastImEnterRoomMessage.decode(frame.payload).roomId);
	} else if (frame.payloadType === 'ack') {
		out.internalExt = Buffer.from(frame.payload).toString('utf8');
	}
	return out;
}

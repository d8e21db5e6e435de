/**
 * Plain event objects produced by the WebCast decoder. No protobuf classes, no Long: every int64 id is an
 * exact decimal string (ids exceed 2^53), counters that always fit a double are numbers.
 */

export type TikTokEventType =
	| 'chat'
	| 'gift'
	| 'like'
	| 'member'
	| 'follow'
	| 'share'
	| 'social'
	| 'roomUserSeq'
	| 'question'
	| 'control'
	| 'linkMicBattle'
	| 'linkMicArmies'
	| 'roomMessage'
	| 'intro'
	| 'emoteChat'
	| 'envelope'
	| 'subscribe'
	| 'unknown';

export const TIKTOK_EVENT_TYPES: readonly TikTokEventType[] = [
	'chat',
	'gift',
	'like',
	'member',
	'follow',
	'share',
	'social',
	'roomUserSeq',
	'question',
	'control',
	'linkMicBattle',
	'linkMicArmies',
	'roomMessage',
	'intro',
	'emoteChat',
	'envelope',
	'subscribe',
	'unknown',
];

/** One entry of User field 64 (reference §2.7). Which of url/text is set depends on the badge kind. */
export interface TikTokBadge {
	kind: 'image' | 'text' | 'string' | 'other';
	/** BadgeSceneType: 1 admin/moderator, 4 and 7 subscriber, 8 gifter level, 10 fan team. */
	scene?: number;
	url?: string;
	text?: string;
	/** PrivilegeLogExtra.level, e.g. the gifter level. */
	level?: number;
	privilegeId?: string;
}

export interface TikTokUser {
	/** Exact decimal user id (User.id_str 1028, else User.userId 1). */
	userId: string;
	/** The @handle (User field 38). */
	uniqueId?: string;
	nickname?: string;
	avatarUrl?: string;
	secUid?: string;
	/** FollowInfo.followStatus: 0 none, 1 follows the host, 2 mutual (gotiktoklive's followRole). */
	followRole?: number;
	badges?: TikTokBadge[];
	/** Derived from badges the way the public clients do it (scene 1 or a "moderator" badge). */
	isModerator?: boolean;
	/** Scene 4/7 badge or a `/sub_` badge image. */
	isSubscriber?: boolean;
	/** Level of the scene-8 badge. */
	gifterLevel?: number;
	/** Level of the scene-10 (fan team) badge. */
	teamMemberLevel?: number;
}

interface EventBase {
	/** Exact decimal message id (common.msgId, else BaseProtoMessage.msgId). */
	msgId: string;
	/** The BaseProtoMessage method, e.g. "WebcastChatMessage". */
	method: string;
	roomId?: string;
	/** Milliseconds since the epoch, as a decimal string (common.createTime). */
	createTime?: string;
}

export interface TikTokEmote {
	emoteId: string;
	imageUrl?: string;
	/** Character offset in the comment (chat emotes only). */
	placeInComment?: number;
}

export interface TikTokChatEvent extends EventBase {
	type: 'chat';
	user?: TikTokUser;
	comment: string;
	language?: string;
	atUser?: TikTokUser;
	emotes?: TikTokEmote[];
}

export interface TikTokGiftEvent extends EventBase {
	type: 'gift';
	user?: TikTokUser;
	toUser?: TikTokUser;
	giftId: number;
	giftName?: string;
	/** Gift.giftType: 1 = streakable (several messages per streak). */
	giftType?: number;
	diamondCount?: number;
	giftImageUrl?: string;
	describe?: string;
	/** Streak counter; on the final message, the streak total. */
	repeatCount: number;
	comboCount: number;
	groupCount: number;
	/** True on the message that closes a streak. */
	repeatEnd: boolean;
	/** Same for every message of one streak (uint64, exact). */
	groupId: string;
	/** Gift.combo. */
	combo: boolean;
	/** giftType 1 (or combo when the gift details are missing). */
	streakable: boolean;
	/** Streakable and not yet ended: more messages of this streak will follow. */
	streaking: boolean;
	/** Set by GiftStreakTracker when it closed a streak whose final message never came. */
	streakEndedBy?: 'repeatEnd' | 'timeout';
}

export interface TikTokLikeEvent extends EventBase {
	type: 'like';
	user?: TikTokUser;
	/** Likes in this message (TikTok caps this at 15; bigger bursts arrive as several messages). */
	likeCount: number;
	/** Room total after this message. */
	totalLikeCount: number;
}

export interface TikTokMemberEvent extends EventBase {
	type: 'member';
	user?: TikTokUser;
	memberCount: number;
	/** 1 joined, 3 subscribed. */
	action: number;
}

export interface TikTokSocialEvent extends EventBase {
	/** follow / share when classified, social for every other social message (and for all when only social is selected). */
	type: 'follow' | 'share' | 'social';
	user?: TikTokUser;
	socialKind: 'follow' | 'share' | 'other';
	action: number;
	/** common.displayText.key, e.g. "pm_main_follow_message_viewer_2". */
	displayType?: string;
	shareType?: number;
	shareTarget?: string;
	followCount?: number;
	shareCount?: number;
}

export interface TikTokTopViewer {
	user?: TikTokUser;
	coinCount: number;
	rank?: number;
}

export interface TikTokRoomUserSeqEvent extends EventBase {
	type: 'roomUserSeq';
	viewerCount: number;
	totalUser: number;
	popularity?: number;
	topViewers: TikTokTopViewer[];
}

export interface TikTokQuestionEvent extends EventBase {
	type: 'question';
	user?: TikTokUser;
	questionId?: string;
	questionText: string;
}

export interface TikTokControlEvent extends EventBase {
	type: 'control';
	/** 1 paused, 2 unpaused, 3 ended, 4 suspended (ban). */
	action: number;
	tips?: string;
	/** action 3 or 4: the stream is over (reference §1.7). */
	streamEnded: boolean;
}

export interface TikTokBattleResult {
	userId: string;
	/** 0 win, 1 lose, 2 draw. */
	result: number;
	score: string;
}

export interface TikTokLinkMicBattleEvent extends EventBase {
	type: 'linkMicBattle';
	battleId: string;
	/** BattleAction: 4 open, 5 finish, ... */
	action: number;
	anchors: TikTokUser[];
	results: TikTokBattleResult[];
}

export interface TikTokArmyMember {
	userId: string;
	nickname?: string;
	score: string;
	avatarUrl?: string;
}

export interface TikTokArmy {
	hostUserId: string;
	hostScore: string;
	members: TikTokArmyMember[];
}

export interface TikTokLinkMicArmiesEvent extends EventBase {
	type: 'linkMicArmies';
	battleId: string;
	/** TriggerReason: 1 score update, 2 battle end, ... */
	battleStatus: number;
	armies: TikTokArmy[];
}

export interface TikTokRoomMessageEvent extends EventBase {
	type: 'roomMessage';
	content?: string;
	/** RoomMessage.scene (string or enum number on the wire, §3). */
	scene?: string;
	/** WebcastInRoomBannerMessage field 2 as text (JSON in older captures). */
	bannerData?: string;
}

export interface TikTokIntroEvent extends EventBase {
	type: 'intro';
	introId?: string;
	content?: string;
	host?: TikTokUser;
	language?: string;
}

export interface TikTokEmoteChatEvent extends EventBase {
	type: 'emoteChat';
	user?: TikTokUser;
	emotes: TikTokEmote[];
}

export interface TikTokEnvelopeEvent extends EventBase {
	type: 'envelope';
	envelopeId?: string;
	businessType?: number;
	sendUserName?: string;
	sendUserId?: string;
	diamondCount?: number;
	peopleCount?: number;
	unpackAt?: string;
	/** 1 new, 2 hide. */
	display: number;
}

export interface TikTokSubscribeEvent extends EventBase {
	type: 'subscribe';
	user?: TikTokUser;
	subMonth: number;
	subscribeType: number;
	subscribingStatus: number;
}

export interface TikTokUnknownEvent extends EventBase {
	type: 'unknown';
	/** The raw message payload, base64. */
	payloadBase64: string;
}

export type TikTokEvent =
	| TikTokChatEvent
	| TikTokGiftEvent
	| TikTokLikeEvent
	| TikTokMemberEvent
	| TikTokSocialEvent
	| TikTokRoomUserSeqEvent
	| TikTokQuestionEvent
	| TikTokControlEvent
	| TikTokLinkMicBattleEvent
	| TikTokLinkMicArmiesEvent
	| TikTokRoomMessageEvent
	| TikTokIntroEvent
	| TikTokEmoteChatEvent
	| TikTokEnvelopeEvent
	| TikTokSubscribeEvent
	| TikTokUnknownEvent;

export interface DecodeOptions {
	/** Event types to decode; messages of other types are skipped without being decoded. */
	select: ReadonlySet<TikTokEventType>;
	/** Also return messages whose method this decoder does not know, as `unknown` events with the raw payload. */
	emitUnknown?: boolean;
	/** Decode User badges (field 64). Default true; off saves a little time per user. */
	badges?: boolean;
	/** A gzip payload that inflates beyond this is dropped unread (`oversized`). Default 16 MiB. */
	maxInflatedBytes?: number;
}

export interface DecodedFrame {
	/** PushFrame.payloadType: "msg", "ack", "hb", "im_enter_room_resp"...; "" when the frame itself was unreadable. */
	type: 'msg' | 'ack' | 'hb' | string;
	/** PushFrame.logId as a decimal string ("" for a fetch response): echo it in the ACK. */
	logId: string;
	/** The server wants an ACK for this frame (Response.needAck). */
	needAck: boolean;
	internalExt: string;
	cursor: string;
	fetchInterval?: number;
	/** Response.now, server time in ms. */
	now?: string;
	/** Initial fetch only: the WebSocket URL and its extra query parameters. */
	pushServer?: string;
	routeParams?: Record<string, string>;
	heartbeatDurationMs?: number;
	isFirst?: boolean;
	events: TikTokEvent[];
	/** Messages whose method this decoder does not know. */
	unknownCount: number;
	/** Decode faults: an unreadable frame, payload, message or nested field. The rest is still returned. */
	errors: number;
	/** The payload inflated beyond `maxInflatedBytes` (a gzip bomb?): nothing of it was read. */
	oversized?: boolean;
}

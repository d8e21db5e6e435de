/**
 * TikTok LIVE WebCast protocol layer: decode push frames and fetch responses into plain events, encode the
 * frames a client sends, aggregate gift streaks. No n8n types; usable from a plain Node script. See README.md.
 */
export type {
	DecodedFrame,
	DecodeOptions,
	TikTokArmy,
	TikTokArmyMember,
	TikTokBadge,
	TikTokBattleResult,
	TikTokChatEvent,
	TikTokControlEvent,
	TikTokEmote,
	TikTokEmoteChatEvent,
	TikTokEnvelopeEvent,
	TikTokEvent,
	TikTokEventType,
	TikTokGiftEvent,
	TikTokIntroEvent,
	TikTokLikeEvent,
	TikTokLinkMicArmiesEvent,
	TikTokLinkMicBattleEvent,
	TikTokMemberEvent,
	TikTokQuestionEvent,
	TikTokRoomMessageEvent,
	TikTokRoomUserSeqEvent,
	TikTokSocialEvent,
	TikTokSubscribeEvent,
	TikTokTopViewer,
	TikTokUnknownEvent,
	TikTokUser,
} from './types';
export { TIKTOK_EVENT_TYPES } from './types';
export { decodeFetchResponse, decodeWebSocketFrame } from './frameDecoder';
export {
	encodeAckFrame,
	encodeEnterRoomFrame,
	encodeHeartbeatFrame,
	parseInt64,
} from './clientFrames';
export { GiftStreakTracker } from './giftStreak';
export type { GiftStreakMode, GiftStreakOptions } from './giftStreak';
export { MAPPERS_BY_METHOD, methodsForType } from './registry';
export { DEFAULT_MAX_INFLATED_BYTES, isGzip } from './gzip';

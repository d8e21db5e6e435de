/**
 * BaseProtoMessage.method → mapper. Method names as sent by TikTok (reference §2.8). A method not listed here is
 * "unknown": counted, optionally returned raw, never fatal.
 */
import { linkMicArmiesMapper, linkMicBattleMapper } from './mappers/battle';
import { chatMapper, emoteChatMapper, questionMapper } from './mappers/chat';
import { giftMapper } from './mappers/gift';
import { likeMapper } from './mappers/like';
import type { MessageMapper } from './mappers/mapper';
import {
	controlMapper,
	envelopeMapper,
	inRoomBannerMapper,
	introMapper,
	memberMapper,
	roomMessageMapper,
	roomUserSeqMapper,
	subscribeMapper,
} from './mappers/room';
import { socialMapper } from './mappers/social';

export const MAPPERS_BY_METHOD: ReadonlyMap<string, MessageMapper> = new Map<string, MessageMapper>(
	[
		['WebcastChatMessage', chatMapper],
		['WebcastGiftMessage', giftMapper],
		['WebcastLikeMessage', likeMapper],
		['WebcastMemberMessage', memberMapper],
		['WebcastSocialMessage', socialMapper],
		['WebcastRoomUserSeqMessage', roomUserSeqMapper],
		['WebcastQuestionNewMessage', questionMapper],
		['WebcastControlMessage', controlMapper],
		['WebcastLinkMicBattle', linkMicBattleMapper],
		['WebcastLinkMicArmies', linkMicArmiesMapper],
		['WebcastRoomMessage', roomMessageMapper],
		// The system "Welcome to TikTok LIVE" text: same layout, common.method "SystemMessage" (§2.6).
		['RoomMessage', roomMessageMapper],
		['WebcastInRoomBannerMessage', inRoomBannerMapper],
		['WebcastLiveIntroMessage', introMapper],
		['WebcastEmoteChatMessage', emoteChatMapper],
		['WebcastEnvelopeMessage', envelopeMapper],
		['WebcastSubNotifyMessage', subscribeMapper],
	],
);

/** Method names for each event type, e.g. to tell users which TikTok messages an event comes from. */
export function methodsForType(type: string): string[] {
	const methods: string[] = [];
	for (const [method, mapper] of MAPPERS_BY_METHOD)
		if (mapper.types.includes(type as never)) methods.push(method);
	return methods;
}

/** WebcastGiftMessage (reference §2.6, streak semantics under "Streak semantics"). */
import { webcast } from '../generated/webcast';
import { decodeCommon } from '../common';
import { isolate } from '../context';
import { int64ToString, optionalId } from '../int64';
import { decodeUser, firstUrl } from '../users';
import type { MessageMapper } from './mapper';

/** Gift.giftType 1: TikTok sends one message per streak step, then a closing one with repeatEnd = 1. */
const STREAKABLE_GIFT_TYPE = 1;

export const giftMapper: MessageMapper = {
	types: ['gift'],
	map(payload, envelope, ctx) {
		const m = webcast.WebcastGiftMessage.decode(payload);
		const common = decodeCommon(m.common, envelope, ctx);
		const details =
			m.giftDetails.length > 0
				? isolate(ctx, () => webcast.GiftDetails.decode(m.giftDetails))
				: undefined;
		const giftType = details ? details.giftType : undefined;
		const combo = details ? details.combo : false;
		// Without the details, fall back to the combo flag; a gift with neither is treated as a one-off.
		const streakable =
			giftType !== undefined && giftType !== 0 ? giftType === STREAKABLE_GIFT_TYPE : combo;
		const repeatEnd = m.repeatEnd === 1;
		return {
			type: 'gift',
			msgId: common.msgId,
			method: common.method,
			roomId: common.roomId,
			createTime: common.createTime,
			user: decodeUser(m.user, ctx),
			toUser: decodeUser(m.toUser, ctx),
			giftId: m.giftId || (details ? Number(optionalId(details.id) ?? 0) : 0),
			giftName: details?.giftName || undefined,
			giftType: giftType || undefined,
			diamondCount: details?.diamondCount || undefined,
			giftImageUrl: firstUrl(details?.giftImage),
			describe: details?.describe || common.describe,
			repeatCount: m.repeatCount,
			comboCount: m.comboCount,
			groupCount: m.groupCount,
			repeatEnd,
			groupId: int64ToString(m.groupId),
			combo,
			streakable,
			streaking: streakable && !repeatEnd,
		};
	},
};

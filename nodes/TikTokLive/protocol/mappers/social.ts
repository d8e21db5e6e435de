/**
 * WebcastSocialMessage: follows and shares share one method. TLC2 and TL7 tell them apart by a substring of
 * common.displayText.key ("follow" / "share"); captures also show action 1 on every follow and 3 on every share
 * (reference §2.6 Social), used when the key is missing.
 */
import { webcast } from '../generated/webcast';
import { decodeCommon, displayTextKey } from '../common';
import { int64ToNumber } from '../int64';
import { decodeUser } from '../users';
import type { MessageMapper } from './mapper';

const FOLLOW_ACTION = 1;
const SHARE_ACTION = 3;

export function classifySocial(
	key: string | undefined,
	action: number,
): 'follow' | 'share' | 'other' {
	if (key) {
		if (key.includes('follow')) return 'follow';
		if (key.includes('share')) return 'share';
	}
	if (action === FOLLOW_ACTION) return 'follow';
	if (action === SHARE_ACTION) return 'share';
	return 'other';
}

export const socialMapper: MessageMapper = {
	types: ['follow', 'share', 'social'],
	map(payload, envelope, ctx, select) {
		const m = webcast.WebcastSocialMessage.decode(payload);
		const common = decodeCommon(m.common, envelope, ctx);
		const displayType = displayTextKey(common, ctx);
		const action = int64ToNumber(m.action);
		const socialKind = classifySocial(displayType, action);
		// A follow is emitted as "follow" when that is selected, otherwise as "social" if that is; never twice.
		let type: 'follow' | 'share' | 'social';
		if (socialKind === 'follow' && select.has('follow')) type = 'follow';
		else if (socialKind === 'share' && select.has('share')) type = 'share';
		else if (select.has('social')) type = 'social';
		else return undefined;
		return {
			type,
			msgId: common.msgId,
			method: common.method,
			roomId: common.roomId,
			createTime: common.createTime,
			user: decodeUser(m.user, ctx),
			socialKind,
			action,
			displayType,
			shareType: int64ToNumber(m.shareType) || undefined,
			shareTarget: m.shareTarget || undefined,
			followCount: m.followCount || undefined,
			shareCount: m.shareCount || undefined,
		};
	},
};

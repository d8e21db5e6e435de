/** WebcastLikeMessage (reference §2.6): likeCount is capped at 15 per message, totalLikeCount is the room total. */
import { webcast } from '../generated/webcast';
import { decodeCommon } from '../common';
import { decodeUser } from '../users';
import type { MessageMapper } from './mapper';

export const likeMapper: MessageMapper = {
	types: ['like'],
	map(payload, envelope, ctx) {
		const m = webcast.WebcastLikeMessage.decode(payload);
		const common = decodeCommon(m.common, envelope, ctx);
		return {
			type: 'like',
			msgId: common.msgId,
			method: common.method,
			roomId: common.roomId,
			createTime: common.createTime,
			user: decodeUser(m.user, ctx),
			likeCount: m.likeCount,
			totalLikeCount: m.totalLikeCount,
		};
	},
};

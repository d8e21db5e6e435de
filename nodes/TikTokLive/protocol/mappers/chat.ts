/** Comment-like messages: chat, emote chat, question (reference §2.6). */
import { webcast } from '../generated/webcast';
import { decodeCommon } from '../common';
import type { DecodeContext } from '../context';
import { isolate } from '../context';
import { optionalId } from '../int64';
import { decodeUser, firstUrl } from '../users';
import type { TikTokEmote } from '../types';
import type { MessageMapper } from './mapper';
import { eventBase } from './mapper';

function mapEmotes<T>(
	list: Uint8Array[],
	ctx: DecodeContext,
	decode: (bytes: Uint8Array) => T,
	toEmote: (decoded: T) => TikTokEmote,
): TikTokEmote[] {
	const emotes: TikTokEmote[] = [];
	for (const bytes of list) {
		const decoded = isolate(ctx, () => decode(bytes));
		if (decoded !== undefined) emotes.push(toEmote(decoded));
	}
	return emotes;
}

export const chatMapper: MessageMapper = {
	types: ['chat'],
	map(payload, envelope, ctx) {
		const m = webcast.WebcastChatMessage.decode(payload);
		const common = decodeCommon(m.common, envelope, ctx);
		return {
			type: 'chat',
			msgId: common.msgId,
			method: common.method,
			roomId: common.roomId,
			createTime: common.createTime,
			user: decodeUser(m.user, ctx),
			comment: m.comment,
			language: m.contentLanguage || undefined,
			atUser: decodeUser(m.atUser, ctx),
			emotes:
				m.emotes.length > 0
					? mapEmotes(
							m.emotes,
							ctx,
							(b) => webcast.SubEmote.decode(b),
							(e) => ({
								emoteId: e.emote?.emoteId ?? '',
								imageUrl: firstUrl(e.emote?.image),
								placeInComment: e.placeInComment,
							}),
						)
					: undefined,
		};
	},
};

export const emoteChatMapper: MessageMapper = {
	types: ['emoteChat'],
	map(payload, envelope, ctx) {
		const m = webcast.WebcastEmoteChatMessage.decode(payload);
		const common = decodeCommon(m.common, envelope, ctx);
		return {
			type: 'emoteChat',
			...eventBase(common),
			user: decodeUser(m.user, ctx),
			emotes: mapEmotes(
				m.emoteList,
				ctx,
				(b) => webcast.Emote.decode(b),
				(e) => ({ emoteId: e.emoteId, imageUrl: firstUrl(e.image) }),
			),
		};
	},
};

export const questionMapper: MessageMapper = {
	types: ['question'],
	map(payload, envelope, ctx) {
		const m = webcast.WebcastQuestionNewMessage.decode(payload);
		const common = decodeCommon(m.common, envelope, ctx);
		const details =
			m.details.length > 0
				? isolate(ctx, () => webcast.QuestionDetails.decode(m.details))
				: undefined;
		return {
			type: 'question',
			...eventBase(common),
			user: decodeUser(details?.user, ctx),
			questionId: optionalId(details?.questionId),
			questionText: details?.questionText ?? '',
		};
	},
};

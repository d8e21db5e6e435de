/** Room-level messages: member join, viewer count, stream control, room/system text, intro (reference §2.6). */
import { webcast } from '../generated/webcast';
import { decodeCommon } from '../common';
import { isolate } from '../context';
import { int64ToNumber, optionalId } from '../int64';
import { lenientText, readLenientFields } from '../lenient';
import { decodeUser } from '../users';
import type { TikTokTopViewer } from '../types';
import type { MessageMapper } from './mapper';
import { eventBase } from './mapper';

/** ControlAction 3 STREAM_ENDED, 4 STREAM_SUSPENDED (§1.7). */
const ENDED_ACTIONS = new Set([3, 4]);

export const memberMapper: MessageMapper = {
	types: ['member'],
	map(payload, envelope, ctx) {
		const m = webcast.WebcastMemberMessage.decode(payload);
		const common = decodeCommon(m.common, envelope, ctx);
		return {
			type: 'member',
			msgId: common.msgId,
			method: common.method,
			roomId: common.roomId,
			createTime: common.createTime,
			user: decodeUser(m.user, ctx),
			memberCount: m.memberCount,
			action: m.action,
		};
	},
};

export const roomUserSeqMapper: MessageMapper = {
	types: ['roomUserSeq'],
	map(payload, envelope, ctx) {
		const m = webcast.WebcastRoomUserSeqMessage.decode(payload);
		const common = decodeCommon(m.common, envelope, ctx);
		const topViewers: TikTokTopViewer[] = [];
		for (const bytes of m.ranksList) {
			const c = isolate(ctx, () => webcast.Contributor.decode(bytes));
			if (c)
				topViewers.push({
					user: decodeUser(c.user, ctx),
					coinCount: int64ToNumber(c.coinCount),
					rank: c.rank || undefined,
				});
		}
		return {
			type: 'roomUserSeq',
			msgId: common.msgId,
			method: common.method,
			roomId: common.roomId,
			createTime: common.createTime,
			viewerCount: m.viewerCount,
			totalUser: m.totalUser,
			popularity: int64ToNumber(m.popularity) || undefined,
			topViewers,
		};
	},
};

export const controlMapper: MessageMapper = {
	types: ['control'],
	map(payload, envelope, ctx) {
		const m = webcast.WebcastControlMessage.decode(payload);
		const common = decodeCommon(m.common, envelope, ctx);
		return {
			type: 'control',
			...eventBase(common),
			action: m.action,
			tips: m.tips || undefined,
			streamEnded: ENDED_ACTIONS.has(m.action),
		};
	},
};

/** WebcastRoomMessage field 6 (scene): declared enum, real captures carry a string (§3). */
const ROOM_SCENE_FIELD = 6;

export const roomMessageMapper: MessageMapper = {
	types: ['roomMessage'],
	map(payload, envelope, ctx) {
		const m = webcast.WebcastRoomMessage.decode(payload);
		const common = decodeCommon(m.common, envelope, ctx);
		const lenient = isolate(ctx, () => readLenientFields(payload, [ROOM_SCENE_FIELD]));
		return {
			type: 'roomMessage',
			...eventBase(common),
			content: m.content || undefined,
			scene: lenientText(lenient?.get(ROOM_SCENE_FIELD)) || undefined,
		};
	},
};

/** WebcastInRoomBannerMessage field 2: JSON text in the older schemas; other layouts are possible (§2.6, issue TLC #286). */
const BANNER_DATA_FIELD = 2;

export const inRoomBannerMapper: MessageMapper = {
	types: ['roomMessage'],
	map(payload, envelope, ctx) {
		const m = webcast.WebcastInRoomBannerMessage.decode(payload);
		const common = decodeCommon(m.common, envelope, ctx);
		const lenient = isolate(ctx, () => readLenientFields(payload, [BANNER_DATA_FIELD]));
		return {
			type: 'roomMessage',
			...eventBase(common),
			bannerData: lenientText(lenient?.get(BANNER_DATA_FIELD)) || undefined,
		};
	},
};

export const introMapper: MessageMapper = {
	types: ['intro'],
	map(payload, envelope, ctx) {
		const m = webcast.WebcastLiveIntroMessage.decode(payload);
		const common = decodeCommon(m.common, envelope, ctx);
		return {
			type: 'intro',
			...eventBase(common),
			roomId: common.roomId ?? optionalId(m.roomId),
			introId: optionalId(m.roomId),
			content: m.content || undefined,
			host: decodeUser(m.host, ctx),
			language: m.language || undefined,
		};
	},
};

/** EnvelopeInfo (payload field 2): envelopeId 1, businessType 2, sendUserName 4, diamondCount 5, peopleCount 6, unpackAt 7, sendUserId 8. */
const ENVELOPE_INFO_FIELD = 2;
const ENVELOPE_FIELDS = [1, 2, 4, 5, 6, 7, 8] as const;

export const envelopeMapper: MessageMapper = {
	types: ['envelope'],
	map(payload, envelope, ctx) {
		const m = webcast.WebcastEnvelopeMessage.decode(payload);
		const common = decodeCommon(m.common, envelope, ctx);
		const outer = isolate(ctx, () => readLenientFields(payload, [ENVELOPE_INFO_FIELD]));
		const infoValue = outer?.get(ENVELOPE_INFO_FIELD);
		const info =
			infoValue && 'bytes' in infoValue
				? isolate(ctx, () => readLenientFields(infoValue.bytes, ENVELOPE_FIELDS))
				: undefined;
		const num = (field: number): number | undefined => {
			const text = lenientText(info?.get(field));
			const n = text === undefined ? NaN : Number(text);
			return Number.isFinite(n) ? n : undefined;
		};
		return {
			type: 'envelope',
			...eventBase(common),
			envelopeId: lenientText(info?.get(1)) || undefined,
			businessType: num(2),
			sendUserName: lenientText(info?.get(4)) || undefined,
			sendUserId: lenientText(info?.get(8)) || undefined,
			diamondCount: num(5),
			peopleCount: num(6),
			unpackAt: lenientText(info?.get(7)) || undefined,
			display: m.display,
		};
	},
};

export const subscribeMapper: MessageMapper = {
	types: ['subscribe'],
	map(payload, envelope, ctx) {
		const m = webcast.WebcastSubNotifyMessage.decode(payload);
		const common = decodeCommon(m.common, envelope, ctx);
		return {
			type: 'subscribe',
			...eventBase(common),
			user: decodeUser(m.user, ctx),
			subMonth: int64ToNumber(m.subMonth),
			subscribeType: m.subscribeType,
			subscribingStatus: m.subscribingStatus,
		};
	},
};

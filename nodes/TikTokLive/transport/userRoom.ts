/**
 * Room id and live status of a @username (reference §1.1): the `/@user/live` page's SIGI_STATE JSON first,
 * then `api-live/user/room`. The room id is present even when the user is offline, so only
 * `status == 4` (user or liveRoom) says offline.
 */
import { ApiError } from '../../shared/errors';
import { parseJsonLossless } from '../../shared/json';
import { STATUS_OFFLINE } from './endpoints';
import { asObject, asString, type Json } from './webcastEnvelope';

export interface UserLiveInfo {
	uniqueId: string;
	userId?: string;
	secUid?: string;
	nickname?: string;
	avatarUrl?: string;
	/** Exact decimal room id; empty when the user never went live. */
	roomId?: string;
	isLive: boolean;
	/** user.status (2 live, 4 offline). */
	status?: number;
	title?: string;
	viewerCount?: number;
	/** Which route answered. */
	source: 'html' | 'api';
}

const SIGI_STATE = /<script id="SIGI_STATE"[^>]*>([\s\S]*?)<\/script>/;

/** "@name", "name" or a profile/live URL → "name". */
export function normalizeUniqueId(input: string): string {
	const trimmed = input.trim();
	const fromUrl = /tiktok\.com\/@([^/?#]+)/.exec(trimmed);
	return (fromUrl ? decodeURIComponent(fromUrl[1]) : trimmed).replace(/^@/, '');
}

function isRoomId(value: string | undefined): value is string {
	return Boolean(value && /^\d+$/.test(value) && value !== '0');
}

function fromUserAndRoom(
	uniqueId: string,
	user: Json,
	liveRoom: Json,
	source: 'html' | 'api',
): UserLiveInfo {
	const roomId = asString(user.roomId);
	const status = user.status === undefined ? undefined : Number(user.status);
	const roomStatus = liveRoom.status === undefined ? undefined : Number(liveRoom.status);
	const offline = status === STATUS_OFFLINE || roomStatus === STATUS_OFFLINE;
	const stats = asObject(liveRoom.liveRoomStats);
	return {
		uniqueId: asString(user.uniqueId) ?? uniqueId,
		userId: asString(user.id),
		secUid: asString(user.secUid),
		nickname: asString(user.nickname),
		avatarUrl:
			asString(user.avatarLarger) ?? asString(user.avatarMedium) ?? asString(user.avatarThumb),
		roomId: isRoomId(roomId) ? roomId : undefined,
		isLive: isRoomId(roomId) && !offline && (status !== undefined || roomStatus !== undefined),
		status,
		title: asString(liveRoom.title),
		viewerCount: stats.userCount === undefined ? undefined : Number(stats.userCount),
		source,
	};
}

/** Parses the live page; undefined when the page has no LiveRoom (never live, unknown user, or a block page). */
export function parseLivePage(uniqueId: string, html: string): UserLiveInfo | undefined {
	const match = SIGI_STATE.exec(html);
	if (!match) return undefined;
	let state: Json;
	try {
		state = asObject(parseJsonLossless(match[1]));
	} catch {
		return undefined;
	}
	const info = asObject(asObject(state.LiveRoom).liveRoomUserInfo);
	const user = asObject(info.user);
	if (Object.keys(user).length === 0) return undefined;
	return fromUserAndRoom(uniqueId, user, asObject(info.liveRoom), 'html');
}

/** Parses `api-live/user/room` (`{statusCode, message, data:{user, liveRoom}}`). */
export function parseUserRoomApi(uniqueId: string, body: Json, service: string): UserLiveInfo {
	const code = Number(body.statusCode ?? body.status_code ?? 0);
	const message = asString(body.message);
	if (message === 'user_not_found' || code === 19881007) {
		throw new ApiError({
			service,
			code: 'USER_NOT_FOUND',
			message: `TikTok user @${uniqueId} was not found`,
			hint: 'Check the username (without the @), or enter the room ID instead.',
		});
	}
	if (code !== 0) {
		throw new ApiError({
			service,
			code,
			message: `${service} answered statusCode ${code}: ${message ?? 'unknown error'}`,
			hint: 'TikTok may be blocking this IP; try a proxy or enter the room ID instead.',
		});
	}
	const data = asObject(body.data);
	return fromUserAndRoom(uniqueId, asObject(data.user), asObject(data.liveRoom), 'api');
}

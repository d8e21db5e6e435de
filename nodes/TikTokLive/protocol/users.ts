/**
 * User (reference §2.7) → TikTokUser. The User sub-message is most of the bytes of a chat or like message, but
 * the generated decoder only materialises the declared fields and skips the rest by length.
 */
import { webcast } from './generated/webcast';
import type { DecodeContext } from './context';
import { isolate } from './context';
import { optionalId, int64ToNumber, int64ToString } from './int64';
import type { LongLike } from './int64';
import { lenientNumber, lenientText, readLenientFields } from './lenient';
import type { TikTokBadge, TikTokUser } from './types';

/** Badge scenes the public clients interpret (TLC2's legacy converter, §2.7). */
const SCENE_ADMIN = 1;
const SCENE_SUBSCRIBER = 4;
const SCENE_SUBSCRIBER_V2 = 7;
const SCENE_GIFTER = 8;
const SCENE_FAN_TEAM = 10;

/** PrivilegeLogExtra fields: privilege_id 2, level 5; their scalar types differ between schemas, so read leniently. */
const LOG_EXTRA_FIELDS = [2, 5] as const;

export function firstUrl(image: webcast.Image.$Properties | null | undefined): string | undefined {
	const urls = image?.url;
	return urls && urls.length > 0 ? urls[0] : undefined;
}

function mapBadge(bytes: Uint8Array, ctx: DecodeContext): TikTokBadge {
	const b = webcast.BadgeStruct.decode(bytes);
	const badge: TikTokBadge = { kind: 'other', scene: b.badgeScene || undefined };
	if (b.image) {
		badge.kind = 'image';
		badge.url = firstUrl(b.image.image);
	} else if (b.text) {
		badge.kind = 'text';
		badge.text = b.text.defaultPattern || b.text.key || undefined;
	} else if (b.str) {
		badge.kind = 'string';
		badge.text = b.str.str || undefined;
	}
	if (b.logExtra && b.logExtra.length > 0) {
		const extra = isolate(ctx, () => readLenientFields(b.logExtra, LOG_EXTRA_FIELDS));
		if (extra) {
			badge.privilegeId = lenientText(extra.get(2)) || undefined;
			badge.level = lenientNumber(extra.get(5));
		}
	}
	return badge;
}

function applyBadgeFlags(user: TikTokUser, badges: TikTokBadge[]): void {
	for (const badge of badges) {
		const url = badge.url ?? '';
		const text = (badge.text ?? '').toLowerCase();
		if (badge.scene === SCENE_ADMIN || text.includes('moderator')) user.isModerator = true;
		if (badge.scene === SCENE_SUBSCRIBER || badge.scene === SCENE_SUBSCRIBER_V2 || url.includes('/sub_')) user.isSubscriber = true;
		if (badge.scene === SCENE_GIFTER && badge.level !== undefined) user.gifterLevel = badge.level;
		if (badge.scene === SCENE_FAN_TEAM && badge.level !== undefined) user.teamMemberLevel = badge.level;
	}
}

/** Decodes a User sub-message; undefined when absent or unreadable (counted in ctx.errors). */
export function decodeUser(bytes: Uint8Array | null | undefined, ctx: DecodeContext): TikTokUser | undefined {
	if (!bytes || bytes.length === 0) return undefined;
	const u = isolate(ctx, () => webcast.User.decode(bytes));
	if (!u) return undefined;
	const user: TikTokUser = {
		// id_str is TikTok's own decimal rendering (TLC2 prefers it); field 1 is the fallback.
		userId: u.idStr || int64ToString(u.userId),
		uniqueId: u.uniqueId || undefined,
		nickname: u.nickname || undefined,
		avatarUrl: firstUrl(u.profilePicture),
		secUid: u.secUid || undefined,
		followRole: u.followInfo ? int64ToNumber(u.followInfo.followStatus) : undefined,
	};
	if (ctx.badges && u.badges.length > 0) {
		const badges: TikTokBadge[] = [];
		for (const raw of u.badges) {
			const badge = isolate(ctx, () => mapBadge(raw, ctx));
			if (badge) badges.push(badge);
		}
		user.badges = badges;
		applyBadgeFlags(user, badges);
	}
	return user;
}

/** A user known only by id and a few names (battle anchors, army members). */
export function minimalUser(userId: LongLike | number | string, nickname?: string, uniqueId?: string, avatarUrl?: string): TikTokUser {
	return {
		userId: optionalId(userId) ?? '0',
		uniqueId: uniqueId || undefined,
		nickname: nickname || undefined,
		avatarUrl,
	};
}

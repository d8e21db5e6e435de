/**
 * User (reference §2.7) → TikTokUser. The User sub-message is most of the bytes of a chat or like message, but
 * the generated decoder only materialises the declared fields and skips the rest by length.
 */
import { Reader } from 'protobufjs/minimal';
import { webcast } from './generated/webcast';
import type { DecodeContext } from './context';
import { isolate } from './context';
import { optionalId, int64ToString } from './int64';
import type { LongLike } from './int64';
import type { TikTokBadge, TikTokUser } from './types';

/** Badge scenes the public clients interpret (TLC2's legacy converter, §2.7). */
const SCENE_ADMIN = 1;
const SCENE_SUBSCRIBER = 4;
const SCENE_SUBSCRIBER_V2 = 7;
const SCENE_GIFTER = 8;
const SCENE_FAN_TEAM = 10;

export function firstUrl(image: webcast.Image.$Properties | null | undefined): string | undefined {
	const urls = image?.url;
	return urls && urls.length > 0 ? urls[0] : undefined;
}

/** Image.url (field 1, wire type 2): tag byte 0x0a. */
const IMAGE_URL_TAG = 0x0a;

/**
 * First Image.url without decoding the rest: an avatar Image carries three ~200-byte URLs of the same picture
 * (72×72 webp, 100×100 webp, 100×100 jpeg, §2.7) and we return one.
 */
export function firstImageUrl(bytes: Uint8Array | null | undefined): string | undefined {
	if (!bytes || bytes.length === 0) return undefined;
	const reader = Reader.create(bytes);
	while (reader.pos < reader.len) {
		const tag = reader.uint32();
		if (tag === IMAGE_URL_TAG) return reader.string();
		reader.skipType(tag & 7);
	}
	return undefined;
}

function mapBadge(bytes: Uint8Array): TikTokBadge {
	const b = webcast.BadgeStruct.decode(bytes);
	const badge: TikTokBadge = { kind: 'other', scene: b.badgeScene || undefined };
	if (b.image) {
		badge.kind = 'image';
		badge.url = firstImageUrl(b.image.image);
	} else if (b.text) {
		badge.kind = 'text';
		badge.text = b.text.defaultPattern || b.text.key || undefined;
	} else if (b.str) {
		badge.kind = 'string';
		badge.text = b.str.str || undefined;
	}
	const extra = b.logExtra;
	if (extra) {
		if (extra.privilegeId) badge.privilegeId = extra.privilegeId;
		const level = extra.level ? Number(extra.level) : NaN;
		if (Number.isFinite(level)) badge.level = level;
	}
	return badge;
}

function applyBadgeFlags(user: TikTokUser, badges: TikTokBadge[]): void {
	for (const badge of badges) {
		const url = badge.url ?? '';
		const text = (badge.text ?? '').toLowerCase();
		if (badge.scene === SCENE_ADMIN || text.includes('moderator')) user.isModerator = true;
		if (
			badge.scene === SCENE_SUBSCRIBER ||
			badge.scene === SCENE_SUBSCRIBER_V2 ||
			url.includes('/sub_')
		)
			user.isSubscriber = true;
		if (badge.scene === SCENE_GIFTER && badge.level !== undefined) user.gifterLevel = badge.level;
		if (badge.scene === SCENE_FAN_TEAM && badge.level !== undefined)
			user.teamMemberLevel = badge.level;
	}
}

/** Decodes a User sub-message; undefined when absent or unreadable (counted in ctx.errors). */
export function decodeUser(
	bytes: Uint8Array | null | undefined,
	ctx: DecodeContext,
): TikTokUser | undefined {
	if (!bytes || bytes.length === 0) return undefined;
	const u = isolate(ctx, () => webcast.User.decode(bytes));
	if (!u) return undefined;
	const user: TikTokUser = {
		// id_str is TikTok's own decimal rendering (TLC2 prefers it); field 1 is the fallback.
		userId: u.idStr || int64ToString(u.userId),
		uniqueId: u.uniqueId || undefined,
		nickname: u.nickname || undefined,
		avatarUrl:
			u.profilePicture && u.profilePicture.length > 0
				? isolate(ctx, () => firstImageUrl(u.profilePicture))
				: undefined,
		secUid: u.secUid || undefined,
		followRole: u.followInfo ? (u.followInfo.followStatus ?? undefined) : undefined,
	};
	if (ctx.badges && u.badges.length > 0) {
		const badges: TikTokBadge[] = [];
		for (const raw of u.badges) {
			const badge = isolate(ctx, () => mapBadge(raw));
			if (badge) badges.push(badge);
		}
		user.badges = badges;
		applyBadgeFlags(user, badges);
	}
	return user;
}

/** A user known only by id and a few names (battle anchors, army members). */
export function minimalUser(
	userId: LongLike | number | string,
	nickname?: string,
	uniqueId?: string,
	avatarUrl?: string,
): TikTokUser {
	return {
		userId: optionalId(userId) ?? '0',
		uniqueId: uniqueId || undefined,
		nickname: nickname || undefined,
		avatarUrl,
	};
}

/**
 * Link-mic battles (reference §2.6 WebcastLinkMicBattle / WebcastLinkMicArmies). Their maps are keyed by int64
 * user ids, declared as repeated entries in webcast.proto so the keys stay exact.
 */
import { webcast } from '../generated/webcast';
import { decodeCommon } from '../common';
import { isolate } from '../context';
import { int64ToString, optionalId } from '../int64';
import { firstUrl, minimalUser } from '../users';
import type { TikTokArmy, TikTokBattleResult, TikTokUser } from '../types';
import type { MessageMapper } from './mapper';
import { eventBase } from './mapper';

export const linkMicBattleMapper: MessageMapper = {
	types: ['linkMicBattle'],
	map(payload, envelope, ctx) {
		const m = webcast.WebcastLinkMicBattle.decode(payload);
		const common = decodeCommon(m.common, envelope, ctx);
		const anchors: TikTokUser[] = [];
		for (const entry of m.anchorInfo) {
			const info = isolate(ctx, () =>
				webcast.BattleUserInfo.decode(entry.value ?? new Uint8Array(0)),
			);
			const u = info?.user;
			if (u)
				anchors.push(
					minimalUser(
						optionalId(u.userId) ?? int64ToString(entry.key),
						u.nickName ?? undefined,
						u.displayId ?? undefined,
						firstUrl(u.avatarThumb),
					),
				);
			else if (info) anchors.push(minimalUser(int64ToString(entry.key)));
		}
		const results: TikTokBattleResult[] = [];
		for (const entry of m.battleResult) {
			const r = isolate(ctx, () => webcast.BattleResult.decode(entry.value ?? new Uint8Array(0)));
			if (r)
				results.push({
					userId: optionalId(r.userId) ?? int64ToString(entry.key),
					result: r.result,
					score: int64ToString(r.score),
				});
		}
		return {
			type: 'linkMicBattle',
			...eventBase(common),
			battleId: int64ToString(m.battleId),
			action: m.action,
			anchors,
			results,
		};
	},
};

export const linkMicArmiesMapper: MessageMapper = {
	types: ['linkMicArmies'],
	map(payload, envelope, ctx) {
		const m = webcast.WebcastLinkMicArmies.decode(payload);
		const common = decodeCommon(m.common, envelope, ctx);
		const armies: TikTokArmy[] = [];
		for (const entry of m.battleItems) {
			const a = isolate(ctx, () =>
				webcast.BattleUserArmies.decode(entry.value ?? new Uint8Array(0)),
			);
			if (!a) continue;
			armies.push({
				hostUserId: a.anchorIdStr || int64ToString(entry.key),
				hostScore: int64ToString(a.hostScore),
				members: a.userArmy.map((u) => ({
					userId: u.userIdStr || int64ToString(u.userId),
					nickname: u.nickname || undefined,
					score: int64ToString(u.score),
					avatarUrl: firstUrl(u.avatarThumb),
				})),
			});
		}
		return {
			type: 'linkMicArmies',
			...eventBase(common),
			battleId: int64ToString(m.battleId),
			battleStatus: m.battleStatus,
			armies,
		};
	},
};

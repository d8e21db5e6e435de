/**
 * A frame shaped like real traffic (reference §6): 36 messages — 8 chat, 8 member, 8 like, 6 gift, 4 social,
 * 2 roomUserSeq — with message sizes near the captured medians (chat ≈ 2.2 KB, gift ≈ 5.5 KB, member ≈ 2.9 KB,
 * like ≈ 2.3 KB, social ≈ 3.9 KB, roomUserSeq ≈ 3.3 KB). The bulk is where it is in real messages: the sender
 * User (three avatar sizes × three URLs, badges, undeclared flags) and common.displayText, which embeds another
 * copy of the user. URL tokens are pseudo-random (fixed seed) so gzip compresses about as well as on real frames.
 */
import type { FrameMessage, UserFixture } from './frames';
import {
	encodeChatMessage,
	encodeGiftMessage,
	encodeImage,
	encodeLikeMessage,
	encodeMemberMessage,
	encodeRoomUserSeqMessage,
	encodeSocialMessage,
} from './frames';
import { string, sub, varint } from './protobufWriter';

function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

function token(rand: () => number, length: number): string {
	let s = '';
	for (let i = 0; i < length; i++) s += ALPHABET[Math.floor(rand() * ALPHABET.length)];
	return s;
}

function avatarUrls(rand: () => number, size: number): string[] {
	const id = token(rand, 32);
	const sig = token(rand, 28);
	return [
		`https://p16-sign-va.tiktokcdn.com/tos-maliva-avt-0068/${id}~tplv-tiktokx-cropcenter:${size}:${size}.webp?dr=10399&x-expires=1692896400&x-signature=${sig}%3D`,
		`https://p19-sign.tiktokcdn-us.com/tos-maliva-avt-0068/${id}~tplv-tiktokx-cropcenter:${size}:${size}.webp?dr=10399&x-expires=1692896400&x-signature=${token(rand, 28)}%3D`,
		`https://p16-sign-va.tiktokcdn.com/tos-maliva-avt-0068/${id}~tplv-tiktokx-cropcenter:${size}:${size}.jpeg?dr=10399&x-expires=1692896400&x-signature=${token(rand, 28)}%3D`,
	];
}

function realisticUser(rand: () => number, n: number): UserFixture {
	const userId = String(6800000000000000000n + BigInt(Math.floor(rand() * 1e15)));
	return {
		userId,
		uniqueId: `viewer_${token(rand, 8).toLowerCase()}`,
		nickname: `Viewer ${n} ${token(rand, 4)}`,
		avatarUrls: avatarUrls(rand, 100),
		secUid: `MS4wLjABAAAA${token(rand, 64)}`,
		followStatus: Math.floor(rand() * 3),
		badges: [
			{
				scene: 8,
				level: 1 + Math.floor(rand() * 40),
				privilegeId: '7138381747292542756',
				imageUrl: `https://p16-webcast.tiktokcdn.com/webcast-va/grade_badge_icon_lite_lv${n % 50}_v2.png~tplv-obj.image`,
			},
			{ scene: 10, level: 1 + Math.floor(rand() * 20), str: `Fan ${n}` },
		],
		extra: [
			sub(10, encodeImage(avatarUrls(rand, 720), `tos-maliva-avt-0068/${token(rand, 32)}`)), // avatarMedium, undeclared
			sub(11, encodeImage(avatarUrls(rand, 1080), `tos-maliva-avt-0068/${token(rand, 32)}`)), // avatarLarge, undeclared
			sub(32, varint(1, 1), varint(2, 0)), // user_attr
			varint(1029, false),
			varint(1030, true),
			varint(1090, false),
		],
	};
}

/** The user copy TikTok embeds in common.displayText pieces carries fewer fields. */
function displayUser(user: UserFixture): UserFixture {
	return {
		userId: user.userId,
		uniqueId: user.uniqueId,
		nickname: user.nickname,
		avatarUrls: user.avatarUrls,
		secUid: user.secUid,
		badges: user.badges,
	};
}

/** The 36 messages of one realistic frame; `seed` varies ids and tokens between frames. */
export function realisticFrameMessages(seed: number): FrameMessage[] {
	const rand = prng(seed);
	const roomId = '7300000000000000123';
	let seq = 0;
	const common = (method: string, extra: Record<string, unknown> = {}) => ({
		method,
		msgId: String(7300000000000000000n + BigInt(seed) * 1000n + BigInt(++seq)),
		roomId,
		createTime: String(1692725773880 + seq),
		...extra,
	});
	const messages: FrameMessage[] = [];
	const push = (method: string, payload: Uint8Array) =>
		messages.push({ method, payload, msgId: String(7300000000000000000n + BigInt(seq)) });

	const chats = () => {
		for (let i = 0; i < 2; i++) {
			const user = realisticUser(rand, seq);
			push(
				'WebcastChatMessage',
				encodeChatMessage({
					common: common('WebcastChatMessage'),
					user,
					comment: `comment ${token(rand, 12)} ${seq}`,
					language: 'en',
					qualityScores: 16,
					extra: [sub(18, varint(1, true), varint(4, true)), varint(11, 0)],
				}),
			);
		}
	};
	const members = () => {
		for (let i = 0; i < 2; i++) {
			const user = realisticUser(rand, seq);
			push(
				'WebcastMemberMessage',
				encodeMemberMessage({
					common: common('WebcastMemberMessage', {
						displayTextKey: 'live_room_enter_toast',
						displayPattern: '{0:user} joined',
						displayUser: displayUser(user),
					}),
					user,
					memberCount: 500 + seq,
					action: 1,
					extra: [string(19, 'homepage_follow-live_cover'), string(20, 'click')],
				}),
			);
		}
	};
	const likes = () => {
		for (let i = 0; i < 2; i++) {
			push(
				'WebcastLikeMessage',
				encodeLikeMessage({
					common: common('WebcastLikeMessage'),
					user: realisticUser(rand, seq),
					likeCount: 1 + Math.floor(rand() * 15),
					totalLikeCount: 10000 + seq,
				}),
			);
		}
	};
	const gifts = (count: number) => {
		for (let i = 0; i < count; i++) {
			const user = realisticUser(rand, seq);
			const end = rand() < 0.3;
			push(
				'WebcastGiftMessage',
				encodeGiftMessage({
					common: common('WebcastGiftMessage', {
						describe: `${user.nickname}: gifted the host 1 Rose`,
						displayTextKey: 'pm_mt_live_gift_msg',
						displayPattern: '{0:user} sent {1:gift} x{2:string}',
						displayUser: displayUser(user),
					}),
					user,
					giftId: 5655,
					repeatCount: 1 + i,
					comboCount: 1 + i,
					groupCount: 1,
					repeatEnd: end,
					groupId: String(1692725773880000n + BigInt(seq)),
					colorId: -1,
					gift: {
						name: 'Rose',
						giftType: 1,
						combo: true,
						diamondCount: 1,
						describe: 'sent Rose',
						imageUrl: `https://p19-webcast.tiktokcdn.com/img/maliva/webcast-va/eba3a9bb85c33e017f3648eaf88d7189~tplv-obj.png?${token(rand, 40)}`,
					},
					extra: [
						sub(
							19,
							string(1, 'pm_mt_live_trans_gift'),
							sub(
								4,
								varint(1, 11),
								sub(21, sub(1, varint(1, user.userId), string(3, user.nickname))),
							),
						),
						sub(
							23,
							varint(1, '7300000000000000456'),
							varint(6, 1692725773880),
							varint(8, '7300000000000000456'),
						),
						...avatarUrls(rand, 64).map((u) => sub(21, sub(1, encodeImage([u, u])))), // tray info images
					],
				}),
			);
		}
	};
	const socials = () => {
		for (let i = 0; i < 2; i++) {
			const user = realisticUser(rand, seq);
			const follow = i % 2 === 0;
			push(
				'WebcastSocialMessage',
				encodeSocialMessage({
					common: common('WebcastSocialMessage', {
						displayTextKey: follow ? 'pm_main_follow_message_viewer_2' : 'pm_mt_guidance_share',
						displayPattern: follow ? '{0:user} followed the host' : '{0:user} shared the LIVE',
						displayUser: displayUser(user),
					}),
					user,
					action: follow ? 1 : 3,
					followCount: follow ? 1000 + seq : undefined,
					shareCount: follow ? undefined : 3,
				}),
			);
		}
	};
	const roomUserSeq = () => {
		push(
			'WebcastRoomUserSeqMessage',
			encodeRoomUserSeqMessage({
				common: common('WebcastRoomUserSeqMessage'),
				viewerCount: 1500 + seq,
				totalUser: 246399,
				popularity: 9000,
				topViewers: Array.from({ length: 16 }, (_, r) => ({
					user: {
						userId: String(6900000000000000000n + BigInt(r)),
						nickname: `Top ${r}`,
						avatarUrls: [avatarUrls(rand, 100)[0]],
					},
					coinCount: 1000 - r * 10,
					rank: r + 1,
				})),
			}),
		);
	};

	// Interleaved like a live room, totalling 8 chat, 8 member, 8 like, 6 gift, 4 social, 2 roomUserSeq.
	for (let round = 0; round < 2; round++) {
		chats();
		members();
		likes();
		gifts(3);
		socials();
		chats();
		members();
		likes();
		roomUserSeq();
	}
	return messages;
}

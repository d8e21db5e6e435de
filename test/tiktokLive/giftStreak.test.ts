/**
 * Gift streaks (reference §2.6): giftType 1 gifts arrive once per step and again with repeatEnd carrying the total.
 */
import { decodeWebSocketFrame, GiftStreakTracker } from '../../nodes/TikTokLive/protocol';
import type { TikTokGiftEvent } from '../../nodes/TikTokLive/protocol';
import { buildPushFrame, encodeGiftMessage, encodeLikeMessage } from './frames';

const ALICE = { userId: '6800000000000000001', uniqueId: 'alice' };
const BOB = { userId: '6800000000000000002', uniqueId: 'bob' };

let msgSeq = 0;
function rose(user: typeof ALICE, step: number, end: boolean, groupId = '1000') {
	return {
		method: 'WebcastGiftMessage',
		payload: encodeGiftMessage({
			common: { msgId: String(++msgSeq) },
			user,
			giftId: 5655,
			repeatCount: step,
			comboCount: step,
			repeatEnd: end,
			groupId,
			gift: { name: 'Rose', giftType: 1, combo: true, diamondCount: 1 },
		}),
	};
}

function lion(user: typeof ALICE) {
	return {
		method: 'WebcastGiftMessage',
		payload: encodeGiftMessage({
			common: { msgId: String(++msgSeq) },
			user,
			giftId: 6000,
			repeatCount: 1,
			groupId: '2000',
			gift: { name: 'Lion', giftType: 2, combo: false, diamondCount: 29999 },
		}),
	};
}

function gifts(...messages: Array<{ method: string; payload: Uint8Array }>): TikTokGiftEvent[] {
	return decodeWebSocketFrame(buildPushFrame({ messages }), { select: new Set(['gift']) })
		.events as TikTokGiftEvent[];
}

describe('GiftStreakTracker', () => {
	test('final mode emits a streak once, at its end, with the total repeat count', () => {
		const tracker = new GiftStreakTracker({ mode: 'final' });
		const out = gifts(
			rose(ALICE, 1, false),
			rose(ALICE, 2, false),
			rose(ALICE, 3, false),
			rose(ALICE, 3, true),
		).flatMap((g) => tracker.push(g, 0));
		expect(out).toHaveLength(1);
		expect(out[0]).toMatchObject({
			giftName: 'Rose',
			repeatCount: 3,
			repeatEnd: true,
			streaking: false,
			streakEndedBy: 'repeatEnd',
		});
		expect(tracker.openStreaks).toBe(0);
	});

	test('a single rose arrives twice (step and end) and is counted once', () => {
		const tracker = new GiftStreakTracker();
		const out = gifts(rose(ALICE, 1, false), rose(ALICE, 1, true)).flatMap((g) =>
			tracker.push(g, 0),
		);
		expect(out.map((g) => g.repeatCount)).toEqual([1]);
	});

	test('non-streakable gifts (giftType 2, repeatEnd 0) are emitted at once', () => {
		const tracker = new GiftStreakTracker();
		const out = gifts(lion(ALICE)).flatMap((g) => tracker.push(g, 0));
		expect(out).toMatchObject([{ giftName: 'Lion', streakable: false }]);
	});

	test('interleaved streaks of two users are kept apart by sender, gift and group id', () => {
		const tracker = new GiftStreakTracker();
		const out = gifts(
			rose(ALICE, 1, false, '101'),
			rose(BOB, 1, false, '102'),
			rose(ALICE, 2, false, '101'),
			rose(BOB, 5, true, '102'),
			rose(ALICE, 2, true, '101'),
		).flatMap((g) => tracker.push(g, 0));
		expect(out.map((g) => `${g.user?.uniqueId}:${g.repeatCount}`)).toEqual(['bob:5', 'alice:2']);
	});

	test('a repeated closing message is dropped (TikTok can send it twice)', () => {
		const tracker = new GiftStreakTracker();
		const out = gifts(rose(ALICE, 2, false), rose(ALICE, 2, true), rose(ALICE, 2, true)).flatMap(
			(g) => tracker.push(g, 0),
		);
		expect(out).toHaveLength(1);
	});

	test('a streak whose end never arrives is closed by flushStale with its last step', () => {
		const tracker = new GiftStreakTracker({ staleAfterMs: 30_000 });
		for (const g of gifts(rose(ALICE, 1, false), rose(ALICE, 2, false)))
			expect(tracker.push(g, 1_000)).toEqual([]);
		expect(tracker.flushStale(20_000)).toEqual([]);
		expect(tracker.flushStale(31_000)).toMatchObject([
			{ repeatCount: 2, streaking: false, streakEndedBy: 'timeout' },
		]);
		expect(tracker.openStreaks).toBe(0);
	});

	test('flushAll closes every open streak (stream end)', () => {
		const tracker = new GiftStreakTracker();
		gifts(rose(ALICE, 4, false, '101'), rose(BOB, 2, false, '102')).forEach((g) =>
			tracker.push(g, 0),
		);
		expect(tracker.flushAll().map((g) => g.repeatCount)).toEqual([4, 2]);
	});

	test('every mode passes every gift message through, marking the streaking ones', () => {
		const tracker = new GiftStreakTracker({ mode: 'every' });
		const out = gifts(rose(ALICE, 1, false), rose(ALICE, 1, true), lion(BOB)).flatMap((g) =>
			tracker.push(g, 0),
		);
		expect(out.map((g) => g.streaking)).toEqual([true, false, false]);
	});

	test('maxOpenStreaks bounds memory: the oldest open streak is closed first', () => {
		const tracker = new GiftStreakTracker({ maxOpenStreaks: 2 });
		const [a, b, c] = gifts(
			rose(ALICE, 1, false, '101'),
			rose(ALICE, 1, false, '102'),
			rose(ALICE, 1, false, '103'),
		);
		expect(tracker.push(a, 0)).toEqual([]);
		expect(tracker.push(b, 0)).toEqual([]);
		expect(tracker.push(c, 0)).toMatchObject([{ groupId: '101', streakEndedBy: 'timeout' }]);
		expect(tracker.openStreaks).toBe(2);
	});

	test('filter keeps non-gift events and their order', () => {
		const tracker = new GiftStreakTracker();
		const frame = decodeWebSocketFrame(
			buildPushFrame({
				messages: [
					rose(ALICE, 1, false),
					{
						method: 'WebcastLikeMessage',
						payload: encodeLikeMessage({
							common: { msgId: '500' },
							likeCount: 1,
							totalLikeCount: 1,
						}),
					},
					rose(ALICE, 1, true),
				],
			}),
			{ select: new Set(['gift', 'like']) },
		);
		expect(tracker.filter(frame.events, 0).map((e) => e.type)).toEqual(['like', 'gift']);
	});
});

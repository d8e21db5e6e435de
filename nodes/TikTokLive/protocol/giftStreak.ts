/**
 * Gift streaks (reference §2.6 "Streak semantics", §5 item 7). A streakable gift (giftType 1) arrives as one
 * message per step with a growing repeatCount and repeatEnd 0, then a closing message with repeatEnd 1 that
 * carries the total; even a single rose arrives twice. Other gifts arrive once, with repeatEnd 0. Counting every
 * message double-counts; this tracker turns the stream into what a workflow wants.
 */
import type { TikTokEvent, TikTokGiftEvent } from './types';

export type GiftStreakMode =
	/** Emit non-streakable gifts at once and streakable ones only when their streak ends (with the total). */
	| 'final'
	/** Emit every gift message unchanged (streaking ones have `streaking: true`). */
	| 'every';

export interface GiftStreakOptions {
	mode?: GiftStreakMode;
	/**
	 * Close a streak whose final message never came after this long without a step (users report missing
	 * repeatEnd messages, TLC #29): `flushStale` then emits the last step with streakEndedBy "timeout".
	 * Default 30 000 ms.
	 */
	staleAfterMs?: number;
	/** Streaks tracked at once; the oldest is closed first when exceeded. Default 10 000. */
	maxOpenStreaks?: number;
}

interface OpenStreak {
	last: TikTokGiftEvent;
	seenAt: number;
}

/** How many closed streak keys to remember, to drop a closing message TikTok repeats (all-chat PR #602). */
const CLOSED_MEMORY = 2048;

export class GiftStreakTracker {
	private readonly mode: GiftStreakMode;
	private readonly staleAfterMs: number;
	private readonly maxOpen: number;
	private readonly open = new Map<string, OpenStreak>();
	private readonly closed = new Set<string>();

	constructor(options: GiftStreakOptions = {}) {
		this.mode = options.mode ?? 'final';
		this.staleAfterMs = options.staleAfterMs ?? 30_000;
		this.maxOpen = options.maxOpenStreaks ?? 10_000;
	}

	/** Key of one streak: sender, gift and TikTok's group id (the same for all messages of a streak). */
	static streakKey(event: TikTokGiftEvent): string {
		return `${event.user?.userId ?? ''}:${event.giftId}:${event.groupId}`;
	}

	/** Number of streaks waiting for their final message. */
	get openStreaks(): number {
		return this.open.size;
	}

	/**
	 * Offers one gift event; returns the events to emit now (zero or one, plus any streak evicted because too
	 * many are open). `now` is for tests; it defaults to Date.now().
	 */
	push(event: TikTokGiftEvent, now: number = Date.now()): TikTokGiftEvent[] {
		if (this.mode === 'every') return [event];
		if (!event.streakable) return [event];
		const key = GiftStreakTracker.streakKey(event);
		if (event.repeatEnd) {
			this.open.delete(key);
			if (this.closed.has(key)) return [];
			this.remember(key);
			return [{ ...event, streaking: false, streakEndedBy: 'repeatEnd' }];
		}
		if (this.closed.has(key)) return [];
		this.open.delete(key);
		this.open.set(key, { last: event, seenAt: now });
		const evicted: TikTokGiftEvent[] = [];
		while (this.open.size > this.maxOpen) {
			const [oldestKey, oldest] = this.open.entries().next().value as [string, OpenStreak];
			this.open.delete(oldestKey);
			this.remember(oldestKey);
			evicted.push({ ...oldest.last, streaking: false, streakEndedBy: 'timeout' });
		}
		return evicted;
	}

	/** Convenience for a decoded batch: gift events go through `push`, other events pass unchanged, order kept. */
	filter(events: readonly TikTokEvent[], now: number = Date.now()): TikTokEvent[] {
		const out: TikTokEvent[] = [];
		for (const event of events) {
			if (event.type === 'gift') out.push(...this.push(event, now));
			else out.push(event);
		}
		return out;
	}

	/** Closes streaks idle for staleAfterMs; returns their last step each, marked streakEndedBy "timeout". */
	flushStale(now: number = Date.now()): TikTokGiftEvent[] {
		const out: TikTokGiftEvent[] = [];
		for (const [key, streak] of this.open) {
			if (now - streak.seenAt < this.staleAfterMs) continue;
			this.open.delete(key);
			this.remember(key);
			out.push({ ...streak.last, streaking: false, streakEndedBy: 'timeout' });
		}
		return out;
	}

	/** Closes every open streak (e.g. when the stream ends). */
	flushAll(): TikTokGiftEvent[] {
		const out: TikTokGiftEvent[] = [];
		for (const [key, streak] of this.open) {
			this.remember(key);
			out.push({ ...streak.last, streaking: false, streakEndedBy: 'timeout' });
		}
		this.open.clear();
		return out;
	}

	private remember(key: string): void {
		this.closed.add(key);
		if (this.closed.size > CLOSED_MEMORY)
			this.closed.delete(this.closed.values().next().value as string);
	}
}

/**
 * Turns the connection's events into workflow executions: gift streaks aggregated (or not), then up to
 * `maxEvents` events per execution, or whatever arrived within `maxWaitMs`. One execution per event costs n8n
 * far more than the decode does, so a busy room needs batches. Free of n8n types.
 */
import { GiftStreakTracker, type GiftStreakMode, type TikTokEvent } from '../protocol';

export interface EventBatcherOptions {
	maxEvents: number;
	/** 0: hand over what one frame brought at once. */
	maxWaitMs: number;
	giftStreakMode: GiftStreakMode;
	onBatch(events: TikTokEvent[]): void;
	/** How often streaks whose final message never came are closed (TLC #29). Default 5 s. */
	staleStreakCheckMs?: number;
	/** A streak without a step for this long is closed with its last count. Default 30 s. */
	staleStreakAfterMs?: number;
}

export class EventBatcher {
	private buffer: TikTokEvent[] = [];
	private flushTimer?: NodeJS.Timeout;
	private staleTimer?: NodeJS.Timeout;
	private readonly tracker?: GiftStreakTracker;
	private closed = false;

	constructor(private readonly options: EventBatcherOptions) {
		if (options.giftStreakMode === 'final') {
			this.tracker = new GiftStreakTracker({
				mode: 'final',
				staleAfterMs: options.staleStreakAfterMs,
			});
			this.staleTimer = setInterval(
				() => this.add(this.tracker!.flushStale()),
				options.staleStreakCheckMs ?? 5_000,
			);
		}
	}

	push(events: readonly TikTokEvent[]): void {
		this.add(this.tracker ? this.tracker.filter(events) : events);
	}

	/** Stream over: close every open streak with its last count, and hand over what is buffered. */
	endOfStream(): void {
		if (this.tracker) this.add(this.tracker.flushAll());
		this.flush();
	}

	flush(): void {
		if (this.flushTimer) clearTimeout(this.flushTimer);
		this.flushTimer = undefined;
		if (this.buffer.length === 0 || this.closed) return;
		const batch = this.buffer;
		this.buffer = [];
		this.options.onBatch(batch);
	}

	/** Stops every timer; buffered events are dropped unless flushed first. */
	close(): void {
		this.closed = true;
		if (this.flushTimer) clearTimeout(this.flushTimer);
		if (this.staleTimer) clearInterval(this.staleTimer);
		this.flushTimer = this.staleTimer = undefined;
		this.buffer = [];
	}

	private add(events: readonly TikTokEvent[]): void {
		if (this.closed || events.length === 0) return;
		const max = Math.max(1, this.options.maxEvents);
		for (const event of events) {
			this.buffer.push(event);
			if (this.buffer.length >= max) this.flush();
			if (this.closed) return;
		}
		if (this.buffer.length === 0) return;
		if (this.options.maxWaitMs <= 0) this.flush();
		else this.flushTimer ??= setTimeout(() => this.flush(), this.options.maxWaitMs);
	}
}

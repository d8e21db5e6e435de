import { sleep } from './backoff';

/**
 * At most `limit` calls per key in any window of `windowMs`, shared by the whole process: Douyin limits
 * each app to 10 calls/s across every workflow and item, so "Return All" and 1000-item runs must queue
 * rather than collect 40007 answers. A sliding window (not a token bucket, whose full bucket plus refill
 * lets 19 calls into the first second) matches the strictest reading of "10 per second".
 */
export class RateLimiter {
	private readonly windows = new Map<string, { starts: number[]; queue: Promise<void> }>();

	constructor(
		private readonly limit: number,
		private readonly windowMs = 1000,
		private readonly now: () => number = Date.now,
	) {}

	async acquire(key: string): Promise<void> {
		let window = this.windows.get(key);
		if (!window) {
			window = { starts: [], queue: Promise.resolve() };
			this.windows.set(key, window);
		}
		const w = window;
		// Chaining keeps callers in arrival order, so no caller starves behind later ones.
		const turn = w.queue.then(async () => {
			for (;;) {
				const now = this.now();
				while (w.starts.length > 0 && w.starts[0] <= now - this.windowMs) w.starts.shift();
				if (w.starts.length < this.limit) {
					w.starts.push(now);
					return;
				}
				await sleep(w.starts[0] + this.windowMs - now + 1);
			}
		});
		w.queue = turn.catch(() => undefined);
		return turn;
	}
}

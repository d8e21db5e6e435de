import { sleep } from './backoff';

/**
 * A token bucket per key, shared by the whole process: Douyin limits each app to 10 calls/s across every
 * workflow and item, so "Return All" and 1000-item runs must queue rather than collect 40007 answers.
 */
export class RateLimiter {
	private readonly buckets = new Map<string, { tokens: number; updatedAt: number; queue: Promise<void> }>();

	constructor(
		private readonly ratePerSecond: number,
		private readonly burst: number = ratePerSecond,
	) {}

	async acquire(key: string): Promise<void> {
		let bucket = this.buckets.get(key);
		if (!bucket) {
			bucket = { tokens: this.burst, updatedAt: Date.now(), queue: Promise.resolve() };
			this.buckets.set(key, bucket);
		}
		const b = bucket;
		// Chaining keeps callers in arrival order, so no caller starves behind later ones.
		const turn = b.queue.then(async () => {
			for (;;) {
				const now = Date.now();
				b.tokens = Math.min(this.burst, b.tokens + ((now - b.updatedAt) * this.ratePerSecond) / 1000);
				b.updatedAt = now;
				if (b.tokens >= 1) {
					b.tokens -= 1;
					return;
				}
				await sleep(Math.ceil(((1 - b.tokens) * 1000) / this.ratePerSecond));
			}
		});
		b.queue = turn.catch(() => undefined);
		return turn;
	}
}

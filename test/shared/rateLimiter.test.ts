import { RateLimiter } from '../../nodes/shared/rateLimiter';

describe('RateLimiter', () => {
	it('never lets more than the limit run within any window after the previous calls finished', async () => {
		const limiter = new RateLimiter(5, 200);
		const calls: Array<{ start: number; end: number }> = [];
		await Promise.all(
			Array.from({ length: 17 }, async () => {
				const release = await limiter.acquire('app');
				const start = Date.now();
				await new Promise((r) => setTimeout(r, 5));
				calls.push({ start, end: Date.now() });
				release();
			}),
		);
		calls.sort((a, b) => a.start - b.start);
		// The sixth call may only start once the first has been finished for a whole window.
		for (let i = 5; i < calls.length; i++)
			expect(calls[i].start - calls[i - 5].end).toBeGreaterThanOrEqual(200);
	});

	it('holds a slot while its call is in flight, however long that takes', async () => {
		const limiter = new RateLimiter(1, 50);
		const release = await limiter.acquire('app');
		let second = false;
		const next = limiter.acquire('app').then((r) => {
			second = true;
			return r;
		});
		await new Promise((r) => setTimeout(r, 120));
		expect(second).toBe(false);
		release();
		(await next)();
		expect(second).toBe(true);
	});

	it('keeps separate windows per key', async () => {
		const limiter = new RateLimiter(1, 1000, () => 0);
		await limiter.acquire('a');
		const releaseB = await limiter.acquire('b');
		expect(typeof releaseB).toBe('function');
	});
});

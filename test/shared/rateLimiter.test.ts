import { RateLimiter } from '../../nodes/shared/rateLimiter';

describe('RateLimiter', () => {
	it('never lets more than the limit start within any window', async () => {
		const limiter = new RateLimiter(5, 200);
		const starts: number[] = [];
		await Promise.all(Array.from({ length: 17 }, () => limiter.acquire('app').then(() => starts.push(Date.now()))));
		starts.sort((a, b) => a - b);
		for (let i = 5; i < starts.length; i++) expect(starts[i] - starts[i - 5]).toBeGreaterThanOrEqual(200);
	});

	it('keeps separate windows per key', async () => {
		const limiter = new RateLimiter(1, 1000, () => 0);
		await limiter.acquire('a');
		let bDone = false;
		await limiter.acquire('b').then(() => (bDone = true));
		expect(bDone).toBe(true);
	});
});

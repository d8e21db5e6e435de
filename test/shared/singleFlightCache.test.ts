import { SingleFlightCache } from '../../nodes/shared/singleFlightCache';

describe('SingleFlightCache', () => {
	it('gives 100 concurrent callers one fetch', async () => {
		const cache = new SingleFlightCache<string>();
		let fetches = 0;
		const fetch = async () => {
			fetches++;
			await new Promise((r) => setTimeout(r, 10));
			return { value: `token-${fetches}`, freshUntil: Date.now() + 60_000 };
		};
		const values = await Promise.all(Array.from({ length: 100 }, () => cache.get('app', fetch)));
		expect(new Set(values)).toEqual(new Set(['token-1']));
		expect(fetches).toBe(1);
	});

	it('fetches again once the value is stale', async () => {
		let now = 1000;
		const cache = new SingleFlightCache<number>(() => now);
		let fetches = 0;
		const fetch = async () => ({ value: ++fetches, freshUntil: now + 100 });
		expect(await cache.get('k', fetch)).toBe(1);
		now += 50;
		expect(await cache.get('k', fetch)).toBe(1);
		now += 60;
		expect(await cache.get('k', fetch)).toBe(2);
	});

	it('invalidates only the stale value, so racing refreshes fetch once', async () => {
		const cache = new SingleFlightCache<string>();
		let n = 0;
		const fetch = async () => ({ value: `t${++n}`, freshUntil: Date.now() + 60_000 });
		const stale = await cache.get('k', fetch);
		cache.invalidate('k', stale);
		const fresh = await cache.get('k', fetch);
		cache.invalidate('k', stale); // a second caller that also saw the old token
		expect(await cache.get('k', fetch)).toBe(fresh);
		expect(n).toBe(2);
	});

	it('does not cache a failed fetch', async () => {
		const cache = new SingleFlightCache<string>();
		await expect(cache.get('k', async () => Promise.reject(new Error('down')))).rejects.toThrow(
			'down',
		);
		expect(await cache.get('k', async () => ({ value: 'ok', freshUntil: Date.now() + 1000 }))).toBe(
			'ok',
		);
	});
});

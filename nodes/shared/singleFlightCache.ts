/**
 * A process-wide cache of values that are expensive or harmful to fetch twice (access tokens: each new
 * Douyin token cuts the previous one to 5 minutes). Concurrent callers for one key share a single fetch.
 */
export interface CachedValue<T> {
	value: T;
	/** Absolute time (ms since epoch) after which the value is fetched again. */
	freshUntil: number;
}

export class SingleFlightCache<T> {
	private readonly entries = new Map<string, CachedValue<T>>();
	private readonly inFlight = new Map<string, Promise<T>>();

	constructor(private readonly now: () => number = Date.now) {}

	async get(key: string, fetch: () => Promise<CachedValue<T>>): Promise<T> {
		const cached = this.entries.get(key);
		if (cached && cached.freshUntil > this.now()) return cached.value;
		const pending = this.inFlight.get(key);
		if (pending) return pending;
		const request = fetch()
			.then((fresh) => {
				this.entries.set(key, fresh);
				return fresh.value;
			})
			.finally(() => this.inFlight.delete(key));
		this.inFlight.set(key, request);
		return request;
	}

	/**
	 * Drops the cached value, but only if it is still `stale`: when ten calls fail with "token expired" at
	 * once, the first refresh wins and the other nine reuse its result instead of refetching.
	 */
	invalidate(key: string, stale?: T): void {
		const cached = this.entries.get(key);
		if (cached && (stale === undefined || cached.value === stale)) this.entries.delete(key);
	}

	clear(): void {
		this.entries.clear();
	}
}

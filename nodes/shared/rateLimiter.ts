/**
 * At most `limit` calls per key in any window of `windowMs`, shared by the whole process: Douyin limits
 * each app to 10 calls/s across every workflow and item, so "Return All" and 1000-item runs must queue
 * rather than collect 40007 answers.
 *
 * A call holds its slot until `windowMs` after it *finished*. The server counts arrivals, and a request
 * can arrive any time between our send and its response (a busy event loop, a slow connect); the
 * response time is the only clock on our side that is never earlier than the server's.
 */
interface Slot {
	/** When the call finished; undefined while it is in flight. */
	end?: number;
}

interface KeyState {
	slots: Slot[];
	queue: Promise<void>;
	wake?: () => void;
}

export class RateLimiter {
	private readonly keys = new Map<string, KeyState>();

	constructor(
		private readonly limit: number,
		private readonly windowMs = 1000,
		private readonly now: () => number = Date.now,
	) {}

	/** Waits for a slot; call the returned function when the request has finished, whatever its outcome. */
	async acquire(key: string): Promise<() => void> {
		let state = this.keys.get(key);
		if (!state) {
			state = { slots: [], queue: Promise.resolve() };
			this.keys.set(key, state);
		}
		const s = state;
		const slot: Slot = {};
		// Chaining keeps callers in arrival order, so no caller starves behind later ones.
		const turn = s.queue.then(() => this.waitForRoom(s, slot));
		s.queue = turn.catch(() => undefined);
		await turn;
		return () => {
			if (slot.end !== undefined) return;
			slot.end = this.now();
			const wake = s.wake;
			s.wake = undefined;
			wake?.();
		};
	}

	private async waitForRoom(s: KeyState, slot: Slot): Promise<void> {
		for (;;) {
			const now = this.now();
			s.slots = s.slots.filter(
				(other) => other.end === undefined || other.end > now - this.windowMs,
			);
			if (s.slots.length < this.limit) {
				s.slots.push(slot);
				return;
			}
			const ends = s.slots
				.map((other) => other.end)
				.filter((end): end is number => end !== undefined);
			const wait = ends.length > 0 ? Math.min(...ends) + this.windowMs - now + 1 : undefined;
			// Sleep until the oldest finished slot expires, or until an in-flight call finishes.
			await new Promise<void>((resolve) => {
				const timer = wait === undefined ? undefined : setTimeout(resolve, wait);
				s.wake = () => {
					if (timer) clearTimeout(timer);
					resolve();
				};
			});
		}
	}
}

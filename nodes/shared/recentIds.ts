/**
 * A bounded, insertion-ordered set of recently seen ids, for de-duplicating webhook deliveries that the
 * sender retries. Process-wide instances keep memory flat: the oldest id is forgotten first.
 */
export class RecentIds {
	private readonly seen = new Set<string>();

	constructor(private readonly capacity = 20_000) {}

	/** True the first time an id is offered, false for a repeat. Empty ids are never de-duplicated. */
	add(id: string | undefined): boolean {
		if (!id) return true;
		if (this.seen.has(id)) return false;
		this.seen.add(id);
		if (this.seen.size > this.capacity) {
			const oldest = this.seen.values().next().value as string;
			this.seen.delete(oldest);
		}
		return true;
	}

	has(id: string): boolean {
		return this.seen.has(id);
	}

	get size(): number {
		return this.seen.size;
	}

	clear(): void {
		this.seen.clear();
	}
}

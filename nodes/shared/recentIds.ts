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

/**
 * Records ids in a list kept under `field` of `store` (a workflow's static data) and tells, per id,
 * whether it is new. The list is replaced by assignment on `store` itself, never mutated in place:
 * n8n saves static data only when its observed object reports a change (`__dataChanged`), and a
 * nested array pushed into is not observed. Oldest ids are forgotten first, beyond `capacity`.
 *
 * Why static data: n8n loads it from the database for every production webhook request, in whichever
 * process serves it (main or a webhook processor), and saves it when the webhook answered itself
 * (`noWebhookResponse`), before the workflow runs. So a repeat that arrives after that save, in any
 * process or after a restart, is recognised. It is read-modify-write of one row: two copies that reach
 * two processes within the same few milliseconds can both pass, and concurrent requests can overwrite
 * each other's newest ids. n8n 2.40 gives a webhook nothing atomic (execution deduplication keys are
 * only reachable through `emit` of trigger and poll functions).
 */
export function recordNewIds(
	store: Record<string, unknown>,
	field: string,
	ids: readonly string[],
	capacity = 1000,
): boolean[] {
	const previous = Array.isArray(store[field]) ? (store[field] as unknown[]).map(String) : [];
	const known = new Set(previous);
	let added = false;
	const fresh = ids.map((id) => {
		if (!id) return true;
		if (known.has(id)) return false;
		known.add(id);
		added = true;
		return true;
	});
	if (added) store[field] = [...known].slice(-capacity);
	return fresh;
}

/**
 * The msg_ids seen lately, bounded. A reconnect resumes from the cursor, and TikTok (like the local test
 * server) may deliver the last messages again; without this, a workflow would see them twice. Old ids fall
 * out first, so memory stays flat on a stream that runs for days.
 */
export class MsgIdWindow {
	private readonly ids = new Set<string>();

	constructor(private readonly capacity: number) {}

	/** Records the id; false when it was already seen. Empty and "0" ids are never treated as duplicates. */
	add(msgId: string): boolean {
		if (!msgId || msgId === '0') return true;
		if (this.ids.has(msgId)) return false;
		this.ids.add(msgId);
		if (this.ids.size > this.capacity) this.ids.delete(this.ids.values().next().value as string);
		return true;
	}

	get size(): number {
		return this.ids.size;
	}
}

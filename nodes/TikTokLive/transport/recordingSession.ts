/**
 * The bookkeeping of one recording: the byte budget, the duration deadline, the cancel signal and why the
 * recording ended. Whichever stop comes first wins; every later one is ignored, so the reason is the real one.
 */
import { isStall } from './mediaFetch';

/** Why a recording ended: "limit" is the size limit, "duration" the time limit. */
export type EndedBy = 'limit' | 'duration' | 'streamEnd' | 'cancelled' | 'stalled' | 'error';

export interface RecordingLimits {
	/** 0 or undefined: no size limit. */
	maxBytes?: number;
	/** 0 or undefined: no time limit. */
	maxDurationMs?: number;
	/** Longest silence (no byte, or no new HLS segment) before the recording ends as "stalled". */
	stallTimeoutMs: number;
	/** n8n's cancel signal (execution stopped or timed out). */
	signal?: AbortSignal;
}

export class RecordingSession {
	bytes = 0;
	endedBy?: EndedBy;
	error?: string;
	startedAt = Date.now();
	endedAt?: number;
	private readonly controller = new AbortController();
	private timer?: NodeJS.Timeout;
	private readonly onCancel = () => this.end('cancelled');

	/** Cancel applies from here on (also to opening the stream); the clock starts with start(). */
	constructor(readonly limits: RecordingLimits) {
		if (limits.signal?.aborted) this.end('cancelled');
		else limits.signal?.addEventListener('abort', this.onCancel, { once: true });
	}

	/** The stream answered with media: the duration limit counts from now. */
	start(): void {
		this.startedAt = Date.now();
		if (this.limits.maxDurationMs && !this.stopped)
			this.timer = setTimeout(() => this.end('duration'), this.limits.maxDurationMs);
	}

	/** Aborted at the first stop: pending reads of the stream end at once. */
	get signal(): AbortSignal {
		return this.controller.signal;
	}

	get stopped(): boolean {
		return this.endedBy !== undefined;
	}

	/** Bytes still allowed; Infinity without a size limit. */
	get remaining(): number {
		return this.limits.maxBytes ? this.limits.maxBytes - this.bytes : Infinity;
	}

	/** Counts bytes about to be written; false (and the recording ends at the limit) when they do not fit. */
	admit(length: number): boolean {
		if (this.stopped) return false;
		if (length > this.remaining) {
			this.end('limit');
			return false;
		}
		if (this.limits.maxDurationMs && Date.now() - this.startedAt >= this.limits.maxDurationMs) {
			this.end('duration');
			return false;
		}
		this.bytes += length;
		return true;
	}

	end(reason: EndedBy, error?: string): void {
		if (this.endedBy) return;
		this.endedBy = reason;
		this.error = error;
		this.endedAt = Date.now();
		clearTimeout(this.timer);
		this.limits.signal?.removeEventListener('abort', this.onCancel);
		this.controller.abort();
	}

	/** A read failed: a stop already decided explains it; else an idle body is a stall, anything else an error. */
	endFromError(error: unknown): void {
		if (this.stopped) return;
		if (isStall(error)) this.end('stalled');
		else this.end('error', error instanceof Error ? error.message : String(error));
	}

	get elapsedMs(): number {
		return (this.endedAt ?? Date.now()) - this.startedAt;
	}
}

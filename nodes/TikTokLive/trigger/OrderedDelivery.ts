/**
 * Hands batches to executions, optionally one at a time in emission order (the "Deliver In Order" option).
 *
 * n8n starts the executions of successive emit() calls concurrently, and their ids need not follow emission
 * order (issue 11.4 measured execution 3 holding events 400–499 and execution 5 holding 200–299). In order,
 * the next execution starts only when the previous one finished (emit's done promise); events that arrive
 * meanwhile wait here, up to `maxPendingEvents`, and leave in batches of up to `maxEvents`. Above the bound the
 * newest events are dropped, counted, and announced in the stream itself by an `eventsDropped` item at the
 * place of the gap, so a workflow sees exactly where and how many. Free of n8n types.
 */
import type { TikTokEvent } from '../protocol';

/** Stands in the stream where events were dropped because too many were waiting. */
export interface EventsDroppedNotice {
	type: 'eventsDropped';
	reason: 'maxPendingEvents';
	/** How many events were dropped at this point of the stream. */
	droppedEvents: number;
	maxPendingEvents: number;
	firstDroppedMsgId: string;
	lastDroppedMsgId: string;
	/** When the first and the last of them arrived (ms since the epoch, as strings like createTime). */
	firstDroppedAt: string;
	lastDroppedAt: string;
}

export type DeliveredItem = TikTokEvent | EventsDroppedNotice;

export interface OrderedDeliveryOptions {
	/** Wait for each execution to finish before starting the next. */
	ordered: boolean;
	/** Events per execution when waiting batches are merged (the trigger's Max Events per Execution). */
	maxEvents: number;
	/** Events that may wait while an execution runs; more are dropped and reported. */
	maxPendingEvents: number;
	/**
	 * Starts one execution. In order, resolves when it finished; a rejection (n8n could not run it) is reported
	 * through `onExecutionError` and the next batch goes on.
	 */
	startExecution(items: DeliveredItem[]): Promise<unknown> | void;
	onExecutionError?(error: unknown): void;
	/** Called when an overflow begins (count 1) and when it ends, with the events dropped in it. */
	onDropped?(info: { droppedEvents: number; totalDropped: number; overflowEnded: boolean }): void;
	now?: () => number;
}

export const DEFAULT_MAX_PENDING_EVENTS = 10_000;

export class OrderedDelivery {
	/** Events dropped since the start because more than maxPendingEvents were waiting. */
	droppedEvents = 0;
	private pending: DeliveredItem[] = [];
	private pendingEvents = 0;
	private running = false;
	private closed = false;
	private openNotice?: EventsDroppedNotice;

	constructor(private readonly options: OrderedDeliveryOptions) {}

	/** Events waiting for an execution (not counting the one running). */
	get waitingEvents(): number {
		return this.pendingEvents;
	}

	get busy(): boolean {
		return this.running;
	}

	push(batch: readonly TikTokEvent[]): void {
		if (this.closed || batch.length === 0) return;
		if (!this.options.ordered) {
			void this.options.startExecution([...batch]);
			return;
		}
		for (const event of batch) this.enqueue(event);
		if (!this.running) void this.drain();
	}

	/** Stops delivering; what waits is dropped (the workflow was deactivated). */
	close(): void {
		this.closed = true;
		this.pending = [];
		this.pendingEvents = 0;
	}

	private enqueue(event: TikTokEvent): void {
		const now = String((this.options.now ?? Date.now)());
		if (this.pendingEvents < Math.max(1, this.options.maxPendingEvents)) {
			this.endOverflow();
			this.pending.push(event);
			this.pendingEvents++;
			return;
		}
		this.droppedEvents++;
		if (this.openNotice) {
			this.openNotice.droppedEvents++;
			this.openNotice.lastDroppedMsgId = event.msgId;
			this.openNotice.lastDroppedAt = now;
			return;
		}
		this.openNotice = {
			type: 'eventsDropped',
			reason: 'maxPendingEvents',
			droppedEvents: 1,
			maxPendingEvents: this.options.maxPendingEvents,
			firstDroppedMsgId: event.msgId,
			lastDroppedMsgId: event.msgId,
			firstDroppedAt: now,
			lastDroppedAt: now,
		};
		this.pending.push(this.openNotice);
		this.options.onDropped?.({
			droppedEvents: 1,
			totalDropped: this.droppedEvents,
			overflowEnded: false,
		});
	}

	/** The gap is closed once an event is accepted again (or its notice leaves for an execution). */
	private endOverflow(): void {
		const notice = this.openNotice;
		if (!notice) return;
		this.openNotice = undefined;
		this.options.onDropped?.({
			droppedEvents: notice.droppedEvents,
			totalDropped: this.droppedEvents,
			overflowEnded: true,
		});
	}

	/** Up to maxEvents events from the head, with the notices among them. */
	private take(): DeliveredItem[] {
		const max = Math.max(1, this.options.maxEvents);
		let events = 0;
		let i = 0;
		for (; i < this.pending.length; i++) {
			const item = this.pending[i];
			if (item.type === 'eventsDropped') {
				if (item === this.openNotice) this.endOverflow();
				continue;
			}
			if (events === max) break;
			events++;
		}
		this.pendingEvents -= events;
		return this.pending.splice(0, i);
	}

	private async drain(): Promise<void> {
		this.running = true;
		try {
			while (!this.closed && this.pending.length > 0) {
				const items = this.take();
				try {
					await this.options.startExecution(items);
				} catch (error) {
					this.options.onExecutionError?.(error);
				}
			}
		} finally {
			this.running = false;
		}
	}
}

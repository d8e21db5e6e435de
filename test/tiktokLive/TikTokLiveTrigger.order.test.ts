import type { IDataObject, IRun, ITriggerFunctions } from 'n8n-workflow';

import { TikTokLiveTrigger } from '../../nodes/TikTokLive/TikTokLiveTrigger.node';
import { runTrigger, type TriggerRun } from '../helpers/n8nEngine';
import type { TikTokLiveServer } from '../servers/tiktokLive/TikTokLiveServer';
import { chatFrames, commentRange, msgId, startServer, UNIQUE_ID } from './connectionFixtures';

jest.setTimeout(30_000);

const nodeType = new TikTokLiveTrigger();
type Done = Parameters<ITriggerFunctions['emit']>[2];

/**
 * Stands in for the executions n8n starts on emit(): each "runs" for a while and then, like n8n, resolves the
 * done promise. Records the order in which executions finish and the events a downstream collector sees.
 */
class Executions {
	readonly started: IDataObject[][] = [];
	readonly finishOrder: number[] = [];
	readonly collected: IDataObject[] = [];
	running = 0;
	maxRunning = 0;
	private readonly held = new Map<number, () => void>();

	constructor(private readonly durationMs: (index: number) => number | 'hold') {}

	onEmit = (data: Parameters<ITriggerFunctions['emit']>[0], _r?: unknown, done?: Done): void => {
		const index = this.started.length;
		const items = data[0].map((item) => item.json);
		this.started.push(items);
		this.running++;
		this.maxRunning = Math.max(this.maxRunning, this.running);
		const finish = () => {
			this.running--;
			this.finishOrder.push(index);
			this.collected.push(...items);
			done?.resolve({ status: 'success' } as IRun);
		};
		const duration = this.durationMs(index);
		if (duration === 'hold') this.held.set(index, finish);
		else setTimeout(finish, duration);
	};

	release(index: number): void {
		this.held.get(index)?.();
		this.held.delete(index);
	}

	comments(): string[] {
		return this.collected.filter((e) => e.type === 'chat').map((e) => String(e.comment));
	}
}

describe('TikTok LIVE Trigger › Deliver In Order, through n8n-core TriggerContext', () => {
	let server: TikTokLiveServer;
	let run: TriggerRun | undefined;
	afterEach(async () => {
		await run?.close();
		run = undefined;
		await server.stop();
	});

	const start = (executions: Executions, options: Record<string, unknown>, batchSize = 3) =>
		runTrigger({
			nodeType,
			mode: 'trigger',
			credentials: {
				tikTokLiveApi: {
					fetchMode: 'signServer',
					signServerUrl: server.baseUrl,
					webBaseUrl: server.baseUrl,
					webcastBaseUrl: server.baseUrl,
				},
			},
			parameters: {
				source: 'username',
				username: UNIQUE_ID,
				events: ['chat'],
				batchSize,
				batchWaitMs: 0,
				reconnect: true,
				onStreamEnd: 'stop',
				options: { heartbeatIntervalMs: 20, ...options },
			} as never,
			onEmit: executions.onEmit,
		});

	// Early executions take longest, so concurrent executions finish in reverse order.
	const slowFirst = (index: number) => Math.max(0, 150 - 15 * index);

	it('n8n on its own runs the executions concurrently and they finish out of emission order', async () => {
		server = await startServer(chatFrames(8, 3));
		const executions = new Executions(slowFirst);
		run = await start(executions, {});
		await server.waitFor(() => executions.finishOrder.length === 8, 10_000, 'eight executions');
		expect(executions.maxRunning).toBeGreaterThan(1);
		expect(executions.finishOrder).not.toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
		expect(executions.comments()).not.toEqual(commentRange(0, 24));
	});

	it('with deliverInOrder, one execution at a time: they finish in emission order and the collector sees every event in order', async () => {
		server = await startServer(chatFrames(8, 3));
		const executions = new Executions(slowFirst);
		run = await start(executions, { deliverInOrder: true });
		await server.waitFor(
			() => executions.comments().length === 24,
			10_000,
			'all events at the collector',
		);
		expect(executions.maxRunning).toBe(1);
		expect(executions.finishOrder).toEqual(executions.started.map((_, i) => i));
		expect(executions.comments()).toEqual(commentRange(0, 24));
		expect(run.errors).toEqual([]);
	});

	it('events keep arriving while an execution runs; they wait and leave in batches of up to Max Events per Execution, none dropped', async () => {
		server = await startServer(chatFrames(20, 1));
		const executions = new Executions((index) => (index === 0 ? 'hold' : 5));
		run = await start(executions, { deliverInOrder: true }, 5);
		await server.waitFor(() => server.connections[0]?.framesSent === 20, 10_000, 'the stream');
		await new Promise((resolve) => setTimeout(resolve, 200));
		expect(executions.started).toHaveLength(1); // the rest waits for the first execution
		executions.release(0);
		await server.waitFor(() => executions.comments().length === 20, 10_000, 'every event');
		expect(executions.started.map((items) => items.length)).toEqual([1, 5, 5, 5, 4]);
		expect(executions.comments()).toEqual(commentRange(0, 20));
	});

	it('at Max Pending Events the newest events are dropped, and an eventsDropped item with their count marks the gap', async () => {
		server = await startServer(chatFrames(40, 1));
		const executions = new Executions((index) => (index === 0 ? 'hold' : 5));
		run = await start(executions, { deliverInOrder: true, maxPendingEvents: 10 }, 5);
		await server.waitFor(() => server.connections[0]?.framesSent === 40, 10_000, 'the stream');
		await new Promise((resolve) => setTimeout(resolve, 200));
		executions.release(0);
		await server.waitFor(
			() => executions.collected.some((item) => item.type === 'eventsDropped'),
			10_000,
			'the gap notice',
		);
		expect(executions.comments()).toEqual(commentRange(0, 11));
		const notice = executions.collected.at(-1);
		expect(notice).toMatchObject({
			type: 'eventsDropped',
			reason: 'maxPendingEvents',
			droppedEvents: 29,
			maxPendingEvents: 10,
			firstDroppedMsgId: msgId(11),
			lastDroppedMsgId: msgId(39),
		});
		expect(executions.collected.filter((item) => item.type === 'eventsDropped')).toHaveLength(1);
	});

	it('an execution n8n could not run does not stop the ones after it', async () => {
		server = await startServer(chatFrames(3, 1));
		const started: number[] = [];
		let count = 0;
		run = await runTrigger({
			nodeType,
			mode: 'trigger',
			credentials: {
				tikTokLiveApi: {
					signServerUrl: server.baseUrl,
					webBaseUrl: server.baseUrl,
					webcastBaseUrl: server.baseUrl,
				},
			},
			parameters: {
				source: 'username',
				username: UNIQUE_ID,
				events: ['chat'],
				batchSize: 1,
				batchWaitMs: 0,
				onStreamEnd: 'stop',
				options: { heartbeatIntervalMs: 20, deliverInOrder: true },
			} as never,
			onEmit: (_data, _r, done) => {
				const index = count++;
				started.push(index);
				if (index === 0) done?.reject(new Error('Engine 2.0 cannot run this trigger'));
				else done?.resolve({ status: 'success' } as IRun);
			},
		});
		await server.waitFor(() => started.length === 3, 10_000, 'three executions');
		expect(started).toEqual([0, 1, 2]);
	});
});

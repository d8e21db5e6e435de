/**
 * The trigger's life: parameters → LiveConnection → EventBatcher → this.emit(). In "listen for test event"
 * mode it emits the first batch and closes; when the workflow is deactivated, closeFunction ends every socket
 * and timer.
 */
import {
	NodeOperationError,
	type IDataObject,
	type IRun,
	type ITriggerFunctions,
	type ITriggerResponse,
} from 'n8n-workflow';

import { describeError } from '../../shared/errors';
import { requiredString } from '../../shared/n8n/parameters';
import { toNodeError } from '../../shared/n8n/nodeErrors';
import type { GiftStreakMode, TikTokEvent, TikTokEventType } from '../protocol';
import { loadTikTokLiveSettings } from '../credentials';
import { LiveConnection, type StreamEndMode } from '../transport/LiveConnection';
import { EventBatcher } from './EventBatcher';
import { DEFAULT_MAX_PENDING_EVENTS, OrderedDelivery, type DeliveredItem } from './OrderedDelivery';

interface TriggerOptions {
	liveCheckIntervalSec?: number;
	maxReconnectAttempts?: number;
	heartbeatIntervalMs?: number;
	silenceTimeoutMs?: number;
	maxMessageSizeMib?: number;
	maxDecompressedSizeMib?: number;
	deliverInOrder?: boolean;
	maxPendingEvents?: number;
}

const MIB = 1024 * 1024;

function mibToBytes(value: number | undefined): number | undefined {
	return typeof value === 'number' && value > 0 ? Math.round(value * MIB) : undefined;
}

function readSource(ctx: ITriggerFunctions): { uniqueId?: string; roomId?: string } {
	const source = ctx.getNodeParameter('source', 'username') as string;
	const params = {
		getNode: () => ctx.getNode(),
		getNodeParameter: (name: string, _i: number, fallback?: unknown) =>
			ctx.getNodeParameter(name, fallback),
	};
	return source === 'roomId'
		? { roomId: requiredString(params, 'roomId', 'Room ID') }
		: { uniqueId: requiredString(params, 'username', 'Username') };
}

export async function startListening(ctx: ITriggerFunctions): Promise<ITriggerResponse> {
	const source = readSource(ctx);
	const events = ctx.getNodeParameter('events', []) as TikTokEventType[];
	if (events.length === 0)
		throw new NodeOperationError(ctx.getNode(), 'No event type selected', {
			description: 'Choose at least one event, e.g. Chat or Gift.',
		});
	const options = ctx.getNodeParameter('options', {}) as TriggerOptions;
	const onStreamEnd = ctx.getNodeParameter('onStreamEnd', 'waitForLive') as StreamEndMode;
	const settings = await loadTikTokLiveSettings(ctx);
	const manual = ctx.getMode() === 'manual';

	let connection: LiveConnection | undefined;
	let emitted = false;
	const maxEvents = ctx.getNodeParameter('batchSize', 50) as number;
	// A test run is one execution: nothing to order.
	const ordered = options.deliverInOrder === true && !manual;
	const maxPendingEvents = options.maxPendingEvents ?? DEFAULT_MAX_PENDING_EVENTS;
	const delivery = new OrderedDelivery({
		ordered,
		maxEvents,
		maxPendingEvents,
		startExecution: (items: DeliveredItem[]) => {
			emitted = true;
			const data = [items.map((item) => ({ json: item as unknown as IDataObject }))];
			if (!ordered) return ctx.emit(data);
			// Resolves when n8n finished this execution (main process or a queue-mode worker).
			const done = ctx.helpers.createDeferredPromise<IRun>();
			ctx.emit(data, undefined, done);
			return done.promise;
		},
		onExecutionError: (error) =>
			ctx.logger.warn(
				`TikTok LIVE: n8n did not run a batch (${describeError(error)}); the next batch goes on`,
			),
		onDropped: ({ droppedEvents, totalDropped, overflowEnded }) =>
			ctx.logger.warn(
				overflowEnded
					? `TikTok LIVE: ${droppedEvents} events were dropped while ${maxPendingEvents} waited for the previous execution (${totalDropped} in all); an "eventsDropped" item marks the gap`
					: `TikTok LIVE: ${maxPendingEvents} events are waiting for the previous execution to finish ("Deliver In Order"); newer events are dropped and counted until it catches up`,
			),
	});
	const batcher = new EventBatcher({
		maxEvents,
		maxWaitMs: ctx.getNodeParameter('batchWaitMs', 1000) as number,
		giftStreakMode: ctx.getNodeParameter('giftStreakMode', 'final') as GiftStreakMode,
		onBatch: (batch: TikTokEvent[]) => {
			delivery.push(batch);
			// A test run needs one execution: stop listening after the first.
			if (manual) void stop();
		},
	});

	async function stop(): Promise<void> {
		batcher.close();
		delivery.close();
		await connection?.close();
	}

	async function start(): Promise<void> {
		connection = new LiveConnection({
			...source,
			client: settings.client,
			sign: settings.sign,
			sessionId: settings.sessionId,
			webSocketUrl: settings.webSocketUrl,
			proxyUrl: settings.proxyUrl,
			events,
			reconnect: ctx.getNodeParameter('reconnect', true) as boolean,
			onStreamEnd: manual ? 'stop' : onStreamEnd,
			maxReconnectAttempts: options.maxReconnectAttempts,
			liveCheckIntervalMs:
				options.liveCheckIntervalSec !== undefined
					? options.liveCheckIntervalSec * 1000
					: undefined,
			heartbeatIntervalMs: options.heartbeatIntervalMs,
			silenceTimeoutMs: options.silenceTimeoutMs,
			maxMessageBytes: mibToBytes(options.maxMessageSizeMib),
			maxInflatedBytes: mibToBytes(options.maxDecompressedSizeMib),
		});
		connection.on('events', (batch) => batcher.push(batch));
		connection.on('connected', ({ pushServer, cookiesWithheld }) => {
			if (cookiesWithheld)
				ctx.logger.warn(
					`TikTok LIVE: the push server ${pushServer} is not a TikTok host; connected without TikTok's cookies or the session. Set it as the WebSocket URL override in the credential if you trust it.`,
				);
		});
		connection.on('streamEnd', ({ roomId, action }) => {
			ctx.logger.info(`TikTok LIVE room ${roomId} ended (control action ${action})`);
			batcher.endOfStream();
		});
		connection.on('warning', (error) =>
			ctx.logger.warn(`TikTok LIVE: ${describeError(error, { withCode: true })}`),
		);
		connection.on('end', ({ reason, error }) => {
			batcher.flush();
			batcher.close();
			if (reason === 'error' && error) ctx.emitError(toNodeError(ctx.getNode(), error));
			else if (manual && !emitted && reason === 'streamEnd')
				ctx.emitError(
					new NodeOperationError(ctx.getNode(), 'The stream ended before any event arrived'),
				);
		});
		try {
			await connection.connect();
		} catch (error) {
			batcher.close();
			throw toNodeError(ctx.getNode(), error);
		}
	}

	if (manual) return { closeFunction: stop, manualTriggerFunction: start };
	await start();
	return { closeFunction: stop };
}

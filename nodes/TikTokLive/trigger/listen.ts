/**
 * The trigger's life: parameters → LiveConnection → EventBatcher → this.emit(). In "listen for test event"
 * mode it emits the first batch and closes; when the workflow is deactivated, closeFunction ends every socket
 * and timer.
 */
import {
	NodeOperationError,
	type IDataObject,
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

interface TriggerOptions {
	liveCheckIntervalSec?: number;
	maxReconnectAttempts?: number;
	heartbeatIntervalMs?: number;
	silenceTimeoutMs?: number;
	maxMessageSizeMib?: number;
	maxDecompressedSizeMib?: number;
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
	const batcher = new EventBatcher({
		maxEvents: ctx.getNodeParameter('batchSize', 50) as number,
		maxWaitMs: ctx.getNodeParameter('batchWaitMs', 1000) as number,
		giftStreakMode: ctx.getNodeParameter('giftStreakMode', 'final') as GiftStreakMode,
		onBatch: (batch: TikTokEvent[]) => {
			emitted = true;
			ctx.emit([batch.map((event) => ({ json: event as unknown as IDataObject }))]);
			// A test run needs one execution: stop listening after the first.
			if (manual) void stop();
		},
	});

	async function stop(): Promise<void> {
		batcher.close();
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

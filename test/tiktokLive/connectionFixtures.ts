/**
 * Shared set-up for the connection and node tests: a local WebCast server with one live room, scripted frames
 * of chat messages with unique msg_ids, and a LiveConnection wired to the server with short timings.
 */
import type { TikTokEvent, TikTokEventType } from '../../nodes/TikTokLive/protocol';
import {
	LiveConnection,
	type LiveConnectionOptions,
} from '../../nodes/TikTokLive/transport/LiveConnection';
import { SignServerClient } from '../../nodes/TikTokLive/transport/SignServerClient';
import { TikTokLiveClient } from '../../nodes/TikTokLive/transport/TikTokLiveClient';
import { TikTokLiveServer, type ScriptedFrame } from '../servers/tiktokLive/TikTokLiveServer';
import {
	encodeChatMessage,
	encodeControlMessage,
	encodeGiftMessage,
	type FrameMessage,
} from './frames';

/** 19-digit ids: above 2^53, so any number conversion would show. */
export const ROOM_ID = '7312345678901234567';
export const NEXT_ROOM_ID = '7312345678901239999';
export const UNIQUE_ID = 'local_streamer';
export const SESSION_ID = 'session-secret-abcdef123456';
export const SIGN_API_KEY = 'sign-key-secret-987654';

const MSG_ID_BASE = 7_400_000_000_000_000_000n;

export function msgId(n: number): string {
	return String(MSG_ID_BASE + BigInt(n));
}

export function chatMessage(n: number, roomId = ROOM_ID): FrameMessage {
	return {
		method: 'WebcastChatMessage',
		payload: encodeChatMessage({
			common: { msgId: msgId(n), roomId, createTime: String(1_700_000_000_000 + n) },
			user: {
				userId: String(6_900_000_000_000_000_000n + BigInt(n % 7)),
				uniqueId: `viewer${n % 7}`,
				nickname: `Viewer ${n % 7}`,
			},
			comment: `comment ${n}`,
		}),
	};
}

export function giftMessage(
	n: number,
	options: { groupId: string; repeatCount: number; repeatEnd: boolean; giftType?: number },
): FrameMessage {
	return {
		method: 'WebcastGiftMessage',
		payload: encodeGiftMessage({
			common: { msgId: msgId(n), roomId: ROOM_ID },
			user: { userId: '6900000000000000042', uniqueId: 'gifter', nickname: 'Gifter' },
			giftId: 5655,
			repeatCount: options.repeatCount,
			comboCount: options.repeatCount,
			groupCount: 1,
			repeatEnd: options.repeatEnd,
			groupId: options.groupId,
			gift: {
				name: 'Rose',
				giftType: options.giftType ?? 1,
				combo: (options.giftType ?? 1) === 1,
				diamondCount: 1,
			},
		}),
	};
}

export function controlEnd(n: number, roomId = ROOM_ID, action = 3): FrameMessage {
	return {
		method: 'WebcastControlMessage',
		payload: encodeControlMessage({ common: { msgId: msgId(n), roomId }, action }),
	};
}

/** `frames` frames of `perFrame` chat messages each, msg_ids numbered from `start`. */
export function chatFrames(
	frames: number,
	perFrame: number,
	start = 0,
	extra: Partial<ScriptedFrame> = {},
): ScriptedFrame[] {
	return Array.from({ length: frames }, (_, f) => ({
		...extra,
		messages: Array.from({ length: perFrame }, (_, m) => chatMessage(start + f * perFrame + m)),
	}));
}

export function comments(events: TikTokEvent[]): string[] {
	return events.filter((e) => e.type === 'chat').map((e) => (e as { comment: string }).comment);
}

export function commentRange(from: number, to: number): string[] {
	return Array.from({ length: to - from }, (_, i) => `comment ${from + i}`);
}

export async function startServer(frames: ScriptedFrame[] = []): Promise<TikTokLiveServer> {
	const server = await new TikTokLiveServer().start();
	server.addRoom({ roomId: ROOM_ID, uniqueId: UNIQUE_ID, frames });
	return server;
}

/** Timings scaled down so the tests run fast; the behaviour is the same as with the defaults. */
export const FAST_TIMINGS = {
	heartbeatIntervalMs: 20,
	reconnectBaseMs: 5,
	reconnectMaxMs: 40,
	silenceTimeoutMs: 400,
	liveCheckIntervalMs: 20,
	random: () => 0.5,
} satisfies Partial<LiveConnectionOptions>;

export interface ConnectionHarness {
	connection: LiveConnection;
	events: TikTokEvent[];
	warnings: Error[];
	ended: Promise<{ reason: string; error?: Error }>;
}

export function createConnection(
	server: TikTokLiveServer,
	overrides: Partial<LiveConnectionOptions> & { events?: TikTokEventType[]; signed?: boolean } = {},
): ConnectionHarness {
	const { signed = true, ...rest } = overrides;
	const client = new TikTokLiveClient({
		webBaseUrl: server.baseUrl,
		webcastBaseUrl: server.baseUrl,
		sessionId: overrides.sessionId,
	});
	const connection = new LiveConnection({
		uniqueId: UNIQUE_ID,
		client,
		sign: signed
			? new SignServerClient({ baseUrl: server.baseUrl, apiKey: server.signApiKey })
			: undefined,
		events: ['chat', 'gift', 'control'],
		...FAST_TIMINGS,
		...rest,
	});
	const events: TikTokEvent[] = [];
	const warnings: Error[] = [];
	connection.on('events', (batch) => events.push(...batch));
	connection.on('warning', (error) => warnings.push(error));
	const ended = new Promise<{ reason: string; error?: Error }>((resolve) =>
		connection.on('end', resolve),
	);
	return { connection, events, warnings, ended };
}

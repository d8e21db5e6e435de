/**
 * One TikTok LIVE room, listened to for as long as the caller wants (reference §0, §1.4–§1.7):
 * resolve the room → initial fetch (sign server, or TikTok's im/fetch directly) → WebSocket with the route
 * params, cookies and user agent of that fetch → enter room, heartbeats, ACKs when asked → events.
 *
 * Why it is built this way:
 * - A signed fetch is valid for seconds (TL7: "signed URLs expire after 30 seconds"), so every reconnect makes
 *   a fresh fetch, carrying the last cursor and internal_ext so TikTok resumes where the socket stopped.
 * - Reconnects back off exponentially with jitter (the sign server rate-limits connection starts, §5 item 2);
 *   a 429 waits at least as long as the server asked.
 * - msg_ids are remembered across reconnects, so a resumed socket that repeats messages does not double them.
 * - One unreadable frame is counted and skipped; the connection stays up (TLC #286 lost whole connects).
 * - Every byte is hostile: a frame that inflates beyond maxInflatedBytes is dropped unread (the socket stays
 *   up); a message beyond maxMessageBytes is refused by ws before it is buffered (that socket closes, 1009).
 * - TikTok's cookies and the session go only to *.tiktok.com over TLS or to the user's override (cookies.ts).
 * - A silent socket (no frame at all, not even heartbeat answers) is closed and reconnected (all-chat #899).
 * - ControlMessage action 3/4 ends the stream after the rest of its frame was delivered (§6 "Ordering").
 * - close() ends every socket, timer and request; nothing keeps the process alive afterwards.
 */
import { EventEmitter } from 'node:events';
import type { createConnection as netCreateConnection } from 'node:net';
import WebSocket from 'ws';

import { ApiError } from '../../shared/errors';
import { backoffDelayMs } from '../../shared/backoff';
import { proxyUrlForSocket } from '../../shared/proxyConfig';
import { proxyTunnel } from '../../shared/proxyTunnel';
import { RecentIds } from '../../shared/recentIds';
import {
	decodeFetchResponse,
	decodeWebSocketFrame,
	DEFAULT_MAX_INFLATED_BYTES,
	encodeAckFrame,
	encodeEnterRoomFrame,
	encodeHeartbeatFrame,
	type DecodedFrame,
	type DecodeOptions,
	type TikTokEvent,
	type TikTokEventType,
} from '../protocol';
import { cookieHeader, isTikTokHost, parseCookieString, sessionCookies } from './cookies';
import { STREAM_END_ACTIONS } from './endpoints';
import { isOfflineError, LIVE_SERVICE, offlineError, socketError } from './errors';
import type { SignServerClient } from './SignServerClient';
import type { TikTokLiveClient } from './TikTokLiveClient';
import { buildWebSocketUrl } from './webParams';

export type StreamEndMode = 'stop' | 'waitForLive';

export interface LiveConnectionOptions {
	/** The @handle; needed to find the next live after a stream ends (each live gets a new room id). */
	uniqueId?: string;
	/** Skips the username lookup (TL7: "useful when trying to scale, as scraping the HTML can result in blocks"). */
	roomId?: string;
	client: TikTokLiveClient;
	/** Without one, the initial fetch goes to TikTok's im/fetch unsigned (works with relays and local servers). */
	sign?: SignServerClient;
	/** Event types to emit. Control messages are always decoded, to see the stream end. */
	events: readonly TikTokEventType[];
	/** Added to the WebSocket cookies (age-restricted rooms). */
	sessionId?: string;
	/** Replaces the push server the fetch names (a relay, or a test server). */
	webSocketUrl?: string;
	/** The credential's proxy (http, https, socks5, socks5h) for the WebSocket; else the environment's. */
	proxyUrl?: string;
	reconnect?: boolean;
	/** Consecutive failed attempts before giving up. Default 10. */
	maxReconnectAttempts?: number;
	reconnectBaseMs?: number;
	reconnectMaxMs?: number;
	onStreamEnd?: StreamEndMode;
	/** How often to ask whether the user is live again, in "wait for next live" mode. Default 60 s. */
	liveCheckIntervalMs?: number;
	/** Default: what the fetch says, else 10 s (TLC2 `DEFAULT_WS_PING_INTERVAL`). */
	heartbeatIntervalMs?: number;
	/** No frame at all for this long → reconnect. 0 turns it off. Default 60 s. */
	silenceTimeoutMs?: number;
	/** WebSocket handshake timeout (TLC2 `WS_CONNECT_TIMEOUT_MS` 20 s). */
	connectTimeoutMs?: number;
	/** msg_ids remembered for de-duplication. Default 20 000. */
	dedupeWindow?: number;
	/**
	 * Largest WebSocket message accepted (ws maxPayload). A bigger one cannot be skipped inside the protocol:
	 * ws closes that socket with 1009 and the connection resumes from the cursor. Default 4 MiB.
	 */
	maxMessageBytes?: number;
	/** A frame whose gzip payload inflates beyond this is dropped unread, the socket stays up. Default 16 MiB. */
	maxInflatedBytes?: number;
	random?: () => number;
}

export interface ConnectionStats {
	sessions: number;
	reconnects: number;
	framesReceived: number;
	messageFrames: number;
	/** Frames that could not be read at all (skipped). */
	malformedFrames: number;
	/** Decode faults inside readable frames (messages or fields skipped). */
	decodeErrors: number;
	/** Frames dropped because their payload inflated beyond maxInflatedBytes (gzip bombs). */
	oversizedFrames: number;
	/** WebSocket messages refused for exceeding maxMessageBytes (each closed its socket). */
	oversizedMessages: number;
	unknownMessages: number;
	duplicatesDropped: number;
	eventsEmitted: number;
	acksSent: number;
	heartbeatsSent: number;
	silenceTimeouts: number;
}

export type EndReason = 'closed' | 'streamEnd' | 'error';

export interface LiveConnectionEvents {
	connected: [
		info: {
			roomId: string;
			reconnect: boolean;
			/** Scheme, host and port of the push server (no query: it may carry tokens). */
			pushServer: string;
			/** True when the push server is not TikTok's and no override was set: it got no cookie. */
			cookiesWithheld: boolean;
		},
	];
	/** The events of one frame (or of the initial fetch), in TikTok's order, without duplicates. */
	events: [events: TikTokEvent[]];
	disconnected: [
		info: { code: number; reason: string; willReconnect: boolean; delayMs?: number; error?: Error },
	];
	streamEnd: [info: { roomId: string; action: number }];
	/** Waiting for the user's next live. */
	waiting: [info: { uniqueId?: string; roomId?: string }];
	/** A problem the connection recovers from: it retries, or it skipped an oversized frame (FRAME_TOO_LARGE). */
	warning: [error: Error];
	/** The connection is over; nothing will be emitted after this. */
	end: [info: { reason: EndReason; error?: Error }];
}

interface Session {
	id: number;
	roomId: string;
	ws?: WebSocket;
	heartbeatSeq: number;
	lastFrameAt: number;
}

const DEFAULTS = {
	maxReconnectAttempts: 10,
	reconnectBaseMs: 1_000,
	reconnectMaxMs: 60_000,
	liveCheckIntervalMs: 60_000,
	heartbeatIntervalMs: 10_000,
	silenceTimeoutMs: 60_000,
	connectTimeoutMs: 20_000,
	dedupeWindow: 20_000,
	maxMessageBytes: 4 * 1024 * 1024,
	maxInflatedBytes: DEFAULT_MAX_INFLATED_BYTES,
};

/** After close(), wait this long for the close handshake before terminating the socket (TLC2 2 s). */
const CLOSE_GRACE_MS = 2_000;

export class LiveConnection extends EventEmitter<LiveConnectionEvents> {
	readonly stats: ConnectionStats = {
		sessions: 0,
		reconnects: 0,
		framesReceived: 0,
		messageFrames: 0,
		malformedFrames: 0,
		decodeErrors: 0,
		oversizedFrames: 0,
		oversizedMessages: 0,
		unknownMessages: 0,
		duplicatesDropped: 0,
		eventsEmitted: 0,
		acksSent: 0,
		heartbeatsSent: 0,
		silenceTimeouts: 0,
	};

	private readonly selected: ReadonlySet<TikTokEventType>;
	private readonly decodeOptions: DecodeOptions;
	/** msg_ids seen lately, across reconnects: a resumed socket may repeat the last messages. */
	private readonly seen: RecentIds;
	private readonly abort = new AbortController();
	private readonly timers = new Set<NodeJS.Timeout>();
	private roomId?: string;
	private cursor = '';
	private internalExt = '';
	private failures = 0;
	private sessionCounter = 0;
	private session?: Session;
	private started = false;
	private ended = false;

	constructor(private readonly options: LiveConnectionOptions) {
		super();
		if (!options.uniqueId && !options.roomId)
			throw new TypeError('LiveConnection needs a uniqueId or a roomId');
		this.selected = new Set(options.events);
		this.decodeOptions = {
			select: new Set<TikTokEventType>([...options.events, 'control']),
			emitUnknown: this.selected.has('unknown'),
			maxInflatedBytes: options.maxInflatedBytes ?? DEFAULT_MAX_INFLATED_BYTES,
		};
		this.seen = new RecentIds(options.dedupeWindow ?? DEFAULTS.dedupeWindow);
		this.roomId = options.roomId;
	}

	get currentRoomId(): string | undefined {
		return this.roomId;
	}

	/** Timers still scheduled (heartbeat, watchdog, reconnect, live check); 0 after close(). */
	get pendingTimers(): number {
		return this.timers.size;
	}

	/**
	 * Opens the first socket. Rejects when that fails (user not found, offline, sign server 429 with its retry
	 * time...), except that an offline user in "wait for next live" mode resolves and waits.
	 */
	async connect(): Promise<void> {
		if (this.started) throw new Error('connect() was already called');
		this.started = true;
		try {
			await this.establish(false);
		} catch (error) {
			if (this.ended) return; // close() was called while connecting
			if (isOfflineError(error) && this.options.onStreamEnd === 'waitForLive') {
				this.waitForLive();
				return;
			}
			await this.finish('error', error as Error, false);
			throw error;
		}
	}

	/** Ends every socket, timer and request. Safe to call twice. */
	async close(): Promise<void> {
		await this.finish('closed');
	}

	// ---- one session: room → fetch → socket --------------------------------------------------------------

	private async establish(reconnect: boolean): Promise<void> {
		const id = ++this.sessionCounter;
		const signal = this.abort.signal;
		const roomId = this.roomId ?? (await this.resolveLiveRoom(signal));
		if (this.isStale(id)) return;
		this.roomId = roomId;
		const fetched = await this.initialFetch(roomId, signal);
		if (this.isStale(id)) return;
		if (fetched.roomId && fetched.roomId !== roomId) this.roomId = fetched.roomId;
		const session: Session = { id, roomId: this.roomId, heartbeatSeq: 1, lastFrameAt: Date.now() };
		this.session = session;
		this.stats.sessions++;
		this.absorb(fetched.frame, session);
		if (this.isStale(id) || this.session !== session) return;
		const pushServer = this.options.webSocketUrl || fetched.frame.pushServer;
		if (!pushServer)
			throw socketError(
				'The initial fetch named no WebSocket server',
				'Check the sign server, or set a WebSocket URL override in the credential.',
				'NO_PUSH_SERVER',
			);
		const url = buildWebSocketUrl({
			pushServer,
			roomId: session.roomId,
			cursor: this.cursor,
			internalExt: this.internalExt,
			routeParams: fetched.frame.routeParams,
			userAgent: this.options.client.userAgent,
		});
		const cookies = this.cookiesFor(pushServer, fetched.cookies);
		await this.openSocket(session, url, cookies);
		if (this.isStale(id)) return;
		this.startTimers(session, fetched.frame.heartbeatDurationMs);
		this.emit('connected', {
			roomId: session.roomId,
			reconnect,
			pushServer: safeOrigin(pushServer),
			cookiesWithheld: cookies === undefined,
		});
	}

	/**
	 * TikTok's cookies (the sign server's and the session) go only to TikTok's own push servers, or to the push
	 * server the user chose in the credential; a push server the sign server names elsewhere gets none.
	 */
	private cookiesFor(pushServer: string, fetchedCookies: string): string | undefined {
		if (!this.options.webSocketUrl && !isTikTokHost(pushServer)) return undefined;
		return cookieHeader(parseCookieString(fetchedCookies), sessionCookies(this.options.sessionId));
	}

	private isStale(id: number): boolean {
		return this.ended || id !== this.sessionCounter;
	}

	private async resolveLiveRoom(signal: AbortSignal): Promise<string> {
		const uniqueId = this.options.uniqueId!;
		const info = await this.options.client.getUserLiveInfo(uniqueId, signal);
		if (!info.roomId || !info.isLive) throw offlineError(`@${info.uniqueId}`);
		return info.roomId;
	}

	private async initialFetch(
		roomId: string,
		signal: AbortSignal,
	): Promise<{ frame: DecodedFrame; cookies: string; roomId?: string }> {
		if (this.options.sign) {
			const signed = await this.options.sign.fetchWebcast(
				{
					roomId,
					uniqueId: this.options.uniqueId,
					cursor: this.cursor,
					userAgent: this.options.client.userAgent,
				},
				signal,
			);
			return {
				frame: decodeFetchResponse(signed.body, this.decodeOptions),
				cookies: signed.cookies,
				roomId: signed.roomId,
			};
		}
		const body = await this.options.client.fetchIm(roomId, this.cursor, this.internalExt, signal);
		return { frame: decodeFetchResponse(body, this.decodeOptions), cookies: '' };
	}

	private openSocket(session: Session, url: string, cookies: string | undefined): Promise<void> {
		// The credential's proxy, else the environment's as for HTTP, plus ALL_PROXY (proxyConfig.ts).
		const proxyUrl = proxyUrlForSocket(url, this.options.proxyUrl);
		return new Promise((resolve, reject) => {
			const ws = new WebSocket(url, {
				headers: {
					...(cookies ? { cookie: cookies } : {}),
					'user-agent': this.options.client.userAgent,
				},
				// A redirect would carry the cookies to a host nobody checked (ws does not follow by default).
				followRedirects: false,
				perMessageDeflate: false,
				// ws would buffer up to 100 MiB per message by default; one message must not hold n8n's memory.
				maxPayload: this.maxMessageBytes,
				handshakeTimeout: this.options.connectTimeoutMs ?? DEFAULTS.connectTimeoutMs,
				// Node's http client takes the asynchronous (options, callback) form of createConnection.
				createConnection: proxyUrl
					? (proxyTunnel(proxyUrl, url.startsWith('wss:'), {
							service: LIVE_SERVICE,
							timeoutMs: this.options.connectTimeoutMs ?? DEFAULTS.connectTimeoutMs,
						}) as unknown as typeof netCreateConnection)
					: undefined,
			});
			session.ws = ws;
			let opened = false;
			ws.on('unexpected-response', (_request, response) => {
				// TikTok refuses with HTTP 200 and handshake-status/handshake-msg headers (TLC #184, #329).
				const msg = response.headers['handshake-msg'];
				ws.terminate();
				reject(
					socketError(
						`The WebSocket handshake was refused: HTTP ${response.statusCode}${msg ? ` (${String(msg)})` : ''}`,
						'TikTok or the sign server rejected the connection; it is retried with backoff.',
						'HANDSHAKE_REFUSED',
					),
				);
			});
			ws.on('open', () => {
				opened = true;
				this.send(ws, encodeEnterRoomFrame(session.roomId));
				resolve();
			});
			ws.on('message', (data, isBinary) => {
				if (isBinary) this.onFrame(session, data as Buffer);
			});
			ws.on('error', (error) => {
				// A proxy's refusal is already an ApiError that names the proxy; keep its code and hint.
				if (!opened)
					reject(
						error instanceof ApiError ? error : socketError(`WebSocket error: ${error.message}`),
					);
				else if ((error as { code?: string }).code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH')
					this.onOversizedMessage();
			});
			ws.on('close', (code, reason) => {
				if (!opened) reject(socketError(`The WebSocket closed before it opened (code ${code})`));
				else this.onSocketClosed(session, code, reason.toString('utf8'));
			});
		});
	}

	private startTimers(session: Session, fetchHeartbeatMs: number | undefined): void {
		const heartbeatMs =
			this.options.heartbeatIntervalMs ?? (fetchHeartbeatMs || DEFAULTS.heartbeatIntervalMs);
		this.every(heartbeatMs, () => {
			if (this.session !== session || !session.ws) return;
			// Heartbeats start after im_enter_room; seq restarts at 1 per room (TLC2, §1.6).
			if (this.send(session.ws, encodeHeartbeatFrame(session.roomId, session.heartbeatSeq++)))
				this.stats.heartbeatsSent++;
		});
		const silenceMs = this.options.silenceTimeoutMs ?? DEFAULTS.silenceTimeoutMs;
		if (silenceMs > 0) {
			this.every(Math.max(10, Math.min(5_000, silenceMs / 4)), () => {
				if (this.session !== session || Date.now() - session.lastFrameAt <= silenceMs) return;
				this.stats.silenceTimeouts++;
				session.ws?.terminate();
			});
		}
	}

	// ---- frames --------------------------------------------------------------------------------------------

	private get maxMessageBytes(): number {
		return this.options.maxMessageBytes ?? DEFAULTS.maxMessageBytes;
	}

	private onFrame(session: Session, bytes: Buffer): void {
		if (this.session !== session || this.ended) return;
		session.lastFrameAt = Date.now();
		this.stats.framesReceived++;
		const frame = decodeWebSocketFrame(bytes, this.decodeOptions);
		if (frame.oversized) {
			// Dropped unread, not ACKed: its messages are lost, the socket and the cursor stay as they were.
			this.stats.oversizedFrames++;
			this.emit(
				'warning',
				socketError(
					`Dropped a frame of ${bytes.length} bytes whose payload inflates beyond ${mebibytes(this.decodeOptions.maxInflatedBytes!)}`,
					'A frame this large is not a normal TikTok batch (a gzip bomb?). Raise "Max Decompressed Size" in the trigger options only if real frames are this big.',
					'FRAME_TOO_LARGE',
				),
			);
			return;
		}
		this.stats.decodeErrors += frame.errors;
		if (frame.type === '') {
			this.stats.malformedFrames++;
			return;
		}
		if (frame.type !== 'msg') return;
		this.stats.messageFrames++;
		// ACK with the frame's logId and the payload's internal_ext when the server asks (§1.6).
		if (frame.needAck && frame.logId && frame.logId !== '0' && frame.internalExt && session.ws) {
			if (this.send(session.ws, encodeAckFrame(frame.logId, frame.internalExt)))
				this.stats.acksSent++;
		}
		this.failures = 0;
		this.absorb(frame, session);
	}

	/** ws refused a message above maxPayload and closes the socket with 1009; the close handler reconnects. */
	private onOversizedMessage(): void {
		this.stats.oversizedMessages++;
		this.emit(
			'warning',
			socketError(
				`The push server sent a WebSocket message larger than ${mebibytes(this.maxMessageBytes)}; the socket was closed (1009) and the connection resumes from the cursor`,
				'Raise "Max Message Size" in the trigger options only if real frames are this big.',
				'MESSAGE_TOO_LARGE',
			),
		);
	}

	/** Takes cursor and internal_ext, emits new events, and ends the stream after the frame on action 3/4. */
	private absorb(frame: DecodedFrame, session: Session): void {
		if (frame.cursor) this.cursor = frame.cursor;
		if (frame.internalExt) this.internalExt = frame.internalExt;
		this.stats.unknownMessages += frame.unknownCount;
		let endAction: number | undefined;
		const fresh: TikTokEvent[] = [];
		for (const event of frame.events) {
			// A message without an id (0) cannot be recognised again; it is never dropped.
			if (!this.seen.add(event.msgId === '0' ? undefined : event.msgId)) {
				this.stats.duplicatesDropped++;
				continue;
			}
			if (event.type === 'control' && STREAM_END_ACTIONS.has(event.action))
				endAction = event.action;
			if (this.selected.has(event.type)) fresh.push(event);
		}
		if (fresh.length > 0) {
			this.stats.eventsEmitted += fresh.length;
			this.emit('events', fresh);
		}
		if (endAction !== undefined && this.session === session) this.onStreamEnd(session, endAction);
	}

	private send(ws: WebSocket, bytes: Uint8Array): boolean {
		if (ws.readyState !== WebSocket.OPEN) return false;
		ws.send(bytes);
		return true;
	}

	// ---- endings and reconnects ------------------------------------------------------------------------------

	private onStreamEnd(session: Session, action: number): void {
		this.emit('streamEnd', { roomId: session.roomId, action });
		this.dropSession();
		if (this.options.onStreamEnd !== 'waitForLive') {
			void this.finish('streamEnd');
			return;
		}
		// The next live has a new room id and its own cursor; only a username can find it.
		if (this.options.uniqueId) this.roomId = undefined;
		this.cursor = '';
		this.internalExt = '';
		this.waitForLive();
	}

	private onSocketClosed(session: Session, code: number, reason: string): void {
		if (this.session !== session || this.ended) return;
		this.dropSession();
		this.scheduleReconnect(
			socketError(
				`The WebSocket closed (code ${code}${reason ? `, ${reason}` : ''})`,
				undefined,
				'DISCONNECTED',
			),
			code,
			reason,
		);
	}

	private scheduleReconnect(error: Error, code = 0, reason = ''): void {
		if (this.ended) return;
		const max = this.options.maxReconnectAttempts ?? DEFAULTS.maxReconnectAttempts;
		if (this.options.reconnect === false || this.failures >= max) {
			this.emit('disconnected', { code, reason, willReconnect: false, error });
			void this.finish('error', error);
			return;
		}
		const backoff = backoffDelayMs(
			this.failures,
			this.options.reconnectBaseMs ?? DEFAULTS.reconnectBaseMs,
			this.options.reconnectMaxMs ?? DEFAULTS.reconnectMaxMs,
			this.options.random,
		);
		const askedMs = error instanceof ApiError ? (error.details.retryAfterMs ?? 0) : 0;
		const delayMs = Math.max(backoff, askedMs);
		this.failures++;
		this.emit('disconnected', { code, reason, willReconnect: true, delayMs, error });
		this.after(delayMs, () => {
			this.stats.reconnects++;
			this.establish(true).catch((err: Error) => this.onAttemptFailed(err));
		});
	}

	private onAttemptFailed(error: Error): void {
		if (this.ended) return;
		this.dropSession();
		if (isOfflineError(error)) {
			// The room ended while we were away: the same as a stream end we did not see.
			if (this.options.onStreamEnd === 'waitForLive') this.waitForLive();
			else void this.finish('streamEnd');
			return;
		}
		this.emit('warning', error);
		this.scheduleReconnect(error);
	}

	private waitForLive(): void {
		if (this.ended) return;
		this.emit('waiting', { uniqueId: this.options.uniqueId, roomId: this.roomId });
		const check = async (): Promise<void> => {
			const live = this.options.uniqueId
				? (await this.options.client.getUserLiveInfo(this.options.uniqueId, this.abort.signal))
						.isLive
				: (await this.options.client.getRoomInfo(this.roomId!, this.abort.signal)).isLive;
			if (this.ended) return;
			if (!live)
				return this.after(
					this.options.liveCheckIntervalMs ?? DEFAULTS.liveCheckIntervalMs,
					() => void check(),
				);
			this.failures = 0;
			await this.establish(true);
		};
		this.after(this.options.liveCheckIntervalMs ?? DEFAULTS.liveCheckIntervalMs, () => {
			check().catch((error: Error) => {
				if (this.ended) return;
				if (isOfflineError(error)) return this.waitForLive();
				this.emit('warning', error);
				this.scheduleReconnect(error);
			});
		});
	}

	/** Forgets the current socket and its timers; the socket is closed without waiting. */
	private dropSession(): void {
		const session = this.session;
		this.session = undefined;
		this.clearTimers();
		if (session?.ws && session.ws.readyState !== WebSocket.CLOSED) session.ws.terminate();
	}

	private async finish(reason: EndReason, error?: Error, announce = true): Promise<void> {
		if (this.ended) return;
		this.ended = true;
		this.abort.abort();
		this.clearTimers();
		const ws = this.session?.ws;
		this.session = undefined;
		if (ws) await closeSocket(ws);
		if (announce) this.emit('end', { reason, error });
		this.removeAllListeners();
	}

	private every(ms: number, fn: () => void): void {
		this.timers.add(setInterval(fn, ms));
	}

	private after(ms: number, fn: () => void): void {
		const timer = setTimeout(() => {
			this.timers.delete(timer);
			fn();
		}, ms);
		this.timers.add(timer);
	}

	private clearTimers(): void {
		for (const timer of this.timers) clearTimeout(timer);
		this.timers.clear();
	}
}

function mebibytes(bytes: number): string {
	const mib = bytes / (1024 * 1024);
	return Number.isInteger(mib) ? `${mib} MiB` : `${bytes} bytes`;
}

/** The scheme, host and port of a URL, for messages (never its query: it may carry tokens). */
function safeOrigin(url: string): string {
	try {
		const { protocol, host } = new URL(url);
		return `${protocol}//${host}`;
	} catch {
		return 'named by the initial fetch';
	}
}

/** Close handshake first (the server sees a clean 1000), terminate if it does not finish in time. */
function closeSocket(ws: WebSocket): Promise<void> {
	return new Promise((resolve) => {
		if (ws.readyState === WebSocket.CLOSED) return resolve();
		const timer = setTimeout(() => ws.terminate(), CLOSE_GRACE_MS);
		ws.once('close', () => {
			clearTimeout(timer);
			resolve();
		});
		if (ws.readyState === WebSocket.CONNECTING) ws.terminate();
		else ws.close(1000, 'client closed');
	});
}

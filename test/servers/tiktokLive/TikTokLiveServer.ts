/**
 * A local TikTok LIVE WebCast server, written to shared/reference/tiktok-live.md: the live page with its
 * SIGI_STATE, api-live/user/room, webcast room/info, check_alive, gift/list, diamond, feed and im/fetch, the
 * sign server's /webcast/fetch and /webcast/rooms/{id}/connect (protobuf body, X-Set-TT-Cookie, 429s), and a
 * WebSocket push server that speaks real frames (built by test/tiktokLive/frames.ts): gzip, need_ack, heartbeat
 * replies, cursor resume, control end. Streams are scripted per room; faults are queued per connection.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';

import {
	buildFetchResponse,
	buildPushFrame,
	decodeClientFrame,
	type ClientFrame,
	type FrameMessage,
} from '../../tiktokLive/frames';

export interface ScriptedFrame {
	messages: FrameMessage[];
	needAck?: boolean;
	gzip?: boolean;
}

export interface LiveRoom {
	roomId: string;
	uniqueId: string;
	userId: string;
	nickname: string;
	title: string;
	live: boolean;
	viewerCount: number;
	/** Returned by the initial fetch of a fresh connection (no cursor). */
	initialMessages: FrameMessage[];
	/** The stream: frame i carries cursor `c{i+1}`, so a socket that reconnects with a cursor resumes after it. */
	frames: ScriptedFrame[];
	/** Mark the room offline once its last frame was sent (a control-end script). */
	endAfterLastFrame?: boolean;
	/** Room info's `stream_url` in place of the example.test one (e.g. StreamServer's streamUrlObject). */
	streamUrl?: Record<string, unknown>;
}

export type ConnectionFault =
	/** Send n frames, then drop the TCP connection without a close frame. */
	| { kind: 'drop'; afterFrames: number }
	/** Send these bytes as binary frames before the stream. */
	| { kind: 'garbage'; frames: Uint8Array[] }
	/** Send n frames, then go silent: no frames, no heartbeat replies, socket left open. */
	| { kind: 'silence'; afterFrames: number }
	/** Refuse the upgrade the way TikTok does: HTTP 200 with handshake-status/handshake-msg headers. */
	| { kind: 'refuse'; message: string };

export interface SignFault {
	status: number;
	headers?: Record<string, string>;
	body?: unknown;
}

export interface PushConnection {
	roomId: string;
	query: URLSearchParams;
	headers: IncomingMessage['headers'];
	received: ClientFrame[];
	framesSent: number;
	closed: boolean;
	closeCode?: number;
	socket: WebSocket;
}

export interface RecordedRequest {
	method: string;
	path: string;
	query: URLSearchParams;
	headers: IncomingMessage['headers'];
}

const WS_PATH = '/webcast/im/ws_proxy/ws_reuse_supplement/';
export const SIGN_COOKIES =
	'ttwid=local-ttwid; Path=/; Domain=.tiktok.com, msToken=local-mstoken; Path=/';

function json(
	res: ServerResponse,
	status: number,
	text: string,
	headers: Record<string, string> = {},
): void {
	res.writeHead(status, { 'content-type': 'application/json', ...headers });
	res.end(text);
}

/** JSON with room and user ids written as bare numbers above 2^53, as TikTok writes them. */
function withBareIds(value: unknown, bareKeys: readonly string[]): string {
	let text = JSON.stringify(value);
	for (const key of bareKeys)
		text = text.replace(new RegExp(`"${key}":"(\\d+)"`, 'g'), `"${key}":$1`);
	return text;
}

export class TikTokLiveServer {
	readonly rooms = new Map<string, LiveRoom>();
	readonly requests: RecordedRequest[] = [];
	readonly connections: PushConnection[] = [];
	/** Faults applied to the next push connections, one per connection. */
	readonly connectionFaults: Array<ConnectionFault | undefined> = [];
	/** Answers for the next sign-server fetches, one per request. */
	readonly signFaults: SignFault[] = [];
	/** When set, the sign server demands this `x-api-key`. */
	signApiKey?: string;
	/** Frames sent again after a resume cursor, as TikTok may do; the client must drop the duplicates. */
	redeliverOnResume = 0;
	/** Pause between frames; 0 sends the stream as fast as the socket takes it. */
	frameIntervalMs = 0;
	/** When set, frames go out on a drift-free schedule of this many per second (benchmarks), instead of frameIntervalMs. */
	framesPerSecond = 0;
	/** Close the socket (1000) after a control-end frame, as TikTok does. */
	closeAfterStreamEnd = true;
	/** Answer the live page without SIGI_STATE, as a block or captcha page does (TLC #188). */
	livePageBlocked = false;
	feedRooms: Array<{ roomId: string; title: string; ownerNickname: string }> = [];
	feedPageSize = 3;

	private server?: Server;
	private wss?: WebSocketServer;
	private port = 0;
	private readonly timers = new Set<NodeJS.Timeout>();

	get baseUrl(): string {
		return `http://127.0.0.1:${this.port}`;
	}

	get wsUrl(): string {
		return `ws://127.0.0.1:${this.port}${WS_PATH}`;
	}

	addRoom(room: Partial<LiveRoom> & Pick<LiveRoom, 'roomId' | 'uniqueId'>): LiveRoom {
		const full: LiveRoom = {
			userId: '6800000000000000001',
			nickname: room.uniqueId,
			title: `${room.uniqueId} live`,
			live: true,
			viewerCount: 321,
			initialMessages: [],
			frames: [],
			...room,
		};
		this.rooms.set(full.roomId, full);
		return full;
	}

	roomOf(uniqueId: string): LiveRoom | undefined {
		let found: LiveRoom | undefined;
		for (const room of this.rooms.values())
			if (room.uniqueId === uniqueId && (!found || room.live)) found = room;
		return found;
	}

	requestsTo(path: string): RecordedRequest[] {
		return this.requests.filter((r) => r.path === path);
	}

	/** Every frame clients sent, of one payload type, over all connections. */
	clientFrames(payloadType: string): ClientFrame[] {
		return this.connections.flatMap((c) => c.received.filter((f) => f.payloadType === payloadType));
	}

	get openConnections(): PushConnection[] {
		return this.connections.filter((c) => !c.closed);
	}

	async start(): Promise<this> {
		this.server = createServer((req, res) => this.handle(req, res));
		this.wss = new WebSocketServer({ noServer: true });
		this.server.on('upgrade', (req, socket, head) => this.upgrade(req, socket, head));
		await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
		this.port = (this.server.address() as AddressInfo).port;
		return this;
	}

	async stop(): Promise<void> {
		for (const timer of this.timers) clearTimeout(timer);
		this.timers.clear();
		for (const c of this.connections) c.socket.terminate();
		await new Promise<void>((resolve) => this.wss?.close(() => resolve()) ?? resolve());
		this.server?.closeAllConnections();
		await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
	}

	/** Resolves once `predicate` holds, checking after every server-side change and on a short poll. */
	async waitFor(predicate: () => boolean, timeoutMs = 10_000, what = 'condition'): Promise<void> {
		const deadline = Date.now() + timeoutMs;
		while (!predicate()) {
			if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
			await new Promise((resolve) => setTimeout(resolve, 5));
		}
	}

	// ---- HTTP ------------------------------------------------------------------------------------------------

	private handle(req: IncomingMessage, res: ServerResponse): void {
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		this.requests.push({
			method: req.method ?? 'GET',
			path: url.pathname,
			query: url.searchParams,
			headers: req.headers,
		});
		const q = url.searchParams;
		const live = /^\/@([^/]+)\/live$/.exec(url.pathname);
		if (live) return this.livePage(res, decodeURIComponent(live[1]));
		const connect = /^\/webcast\/rooms\/(\d+)\/connect$/.exec(url.pathname);
		if (connect) return this.signFetch(req, res, connect[1], q);
		switch (url.pathname) {
			case '/api-live/user/room/':
				return this.userRoomApi(res, q.get('uniqueId') ?? '');
			case '/webcast/room/info/':
				return this.roomInfo(res, q.get('room_id') ?? '');
			case '/webcast/room/check_alive/':
				return json(
					res,
					200,
					withBareIds(
						{
							status_code: 0,
							data: (q.get('room_ids') ?? '').split(',').map((id) => ({
								alive: this.rooms.get(id)?.live === true,
								room_id: id,
								room_id_str: id,
							})),
						},
						['room_id'],
					),
				);
			case '/webcast/gift/list/':
				return json(res, 200, JSON.stringify({ status_code: 0, data: { gifts: GIFTS } }));
			case '/webcast/diamond/':
				return json(res, 200, JSON.stringify(PRICE_LIST));
			case '/webcast/feed/':
				return this.feed(res, q.get('max_time'));
			case '/webcast/im/fetch/':
				return this.fetchResult(res, q.get('room_id') ?? '', q.get('cursor') ?? '', {});
			case '/webcast/fetch':
				return this.signFetch(req, res, q.get('room_id') ?? '', q);
			case '/webcast/rate_limits':
				if (!this.signKeyOk(req, res)) return;
				return json(
					res,
					200,
					JSON.stringify({
						code: 200,
						message: 'ok',
						minute: { max: 10, remaining: 9, reset_at: 0 },
					}),
				);
			default:
				return json(res, 404, JSON.stringify({ status_code: 404, message: 'not found' }));
		}
	}

	private livePage(res: ServerResponse, uniqueId: string): void {
		const room = this.livePageBlocked ? undefined : this.roomOf(uniqueId);
		const state = room
			? {
					LiveRoom: {
						liveRoomUserInfo: {
							user: {
								id: room.userId,
								uniqueId,
								nickname: room.nickname,
								roomId: room.roomId,
								secUid: `sec-${uniqueId}`,
								status: room.live ? 2 : 4,
							},
							liveRoom: {
								status: room.live ? 2 : 4,
								title: room.title,
								liveRoomStats: { userCount: room.viewerCount },
							},
						},
					},
				}
			: { AppContext: {} };
		res.writeHead(200, { 'content-type': 'text/html' });
		res.end(
			`<html><head><script id="SIGI_STATE" type="application/json">${JSON.stringify(state)}</script></head><body></body></html>`,
		);
	}

	private userRoomApi(res: ServerResponse, uniqueId: string): void {
		const room = this.roomOf(uniqueId);
		if (!room)
			return json(
				res,
				200,
				JSON.stringify({ statusCode: 19881007, message: 'user_not_found', data: {} }),
			);
		const body = {
			statusCode: 0,
			message: '',
			data: {
				user: {
					id: room.userId,
					uniqueId,
					nickname: room.nickname,
					roomId: room.roomId,
					status: room.live ? 2 : 4,
				},
				liveRoom: { status: room.live ? 2 : 4, title: room.title },
			},
		};
		json(res, 200, withBareIds(body, ['roomId']));
	}

	private roomInfo(res: ServerResponse, roomId: string): void {
		const room = this.rooms.get(roomId);
		if (!room)
			return json(
				res,
				200,
				JSON.stringify({
					status_code: 10011,
					data: { message: 'Request params error', prompts: 'Request params error' },
				}),
			);
		const pull = (q: string) =>
			`https://pull-flv.example.test/stage/stream-${room.roomId}_${q}.flv`;
		const data = {
			id: room.roomId,
			id_str: room.roomId,
			status: room.live ? 2 : 4,
			title: room.title,
			user_count: room.viewerCount,
			create_time: 1_700_000_000,
			owner: {
				id: room.userId,
				id_str: room.userId,
				display_id: room.uniqueId,
				nickname: room.nickname,
			},
			stats: { total_user: 5000, like_count: 1234 },
			stream_url: room.streamUrl ?? {
				default_resolution: 'HD1',
				flv_pull_url: { FULL_HD1: pull('or4'), HD1: pull('hd'), SD1: pull('ld'), SD2: pull('sd') },
				hls_pull_url: `https://pull-hls.example.test/stage/stream-${room.roomId}.m3u8`,
				hls_pull_url_map: {
					FULL_HD1: `https://pull-hls.example.test/stage/stream-${room.roomId}_or4.m3u8`,
				},
			},
		};
		json(res, 200, withBareIds({ status_code: 0, data }, ['id']));
	}

	private feed(res: ServerResponse, maxTime: string | null): void {
		const start = maxTime ? Number(maxTime) : 0;
		const page = this.feedRooms.slice(start, start + this.feedPageSize);
		const next = start + page.length;
		const data = page.map((r) => ({
			type: 1,
			rid: r.roomId,
			data: {
				id: r.roomId,
				id_str: r.roomId,
				title: r.title,
				owner: { nickname: r.ownerNickname },
			},
		}));
		json(
			res,
			200,
			withBareIds(
				{
					status_code: 0,
					data,
					extra: { has_more: next < this.feedRooms.length, max_time: String(next) },
				},
				['id'],
			),
		);
	}

	private signKeyOk(req: IncomingMessage, res: ServerResponse): boolean {
		if (this.signApiKey && req.headers['x-api-key'] !== this.signApiKey) {
			json(res, 401, JSON.stringify({ code: 401, message: 'The provided API Key is invalid.' }));
			return false;
		}
		return true;
	}

	private signFetch(
		req: IncomingMessage,
		res: ServerResponse,
		roomId: string,
		q: URLSearchParams,
	): void {
		const fault = this.signFaults.shift();
		if (fault) return json(res, fault.status, JSON.stringify(fault.body ?? {}), fault.headers);
		if (!this.signKeyOk(req, res)) return;
		this.fetchResult(res, roomId, q.get('cursor') ?? '', {
			'x-set-tt-cookie': SIGN_COOKIES,
			'x-room-id': roomId,
		});
	}

	/** The initial fetch: first messages (fresh start only), the resume cursor, push server and route params (§2.3). */
	private fetchResult(
		res: ServerResponse,
		roomId: string,
		cursor: string,
		headers: Record<string, string>,
	): void {
		const room = this.rooms.get(roomId);
		if (!room) return json(res, 404, JSON.stringify({ code: 404, message: 'room not found' }));
		const body = buildFetchResponse({
			messages: cursor ? [] : room.initialMessages,
			cursor: cursor || 'c0',
			internalExt: `ie-${cursor || 'c0'}`,
			pushServer: this.wsUrl,
			routeParams: { wrss: 'local-wrss', imprp: '' },
			heartbeatDurationMs: 10_000,
			now: String(Date.now()),
			isFirst: !cursor,
		});
		res.writeHead(200, { 'content-type': 'application/x-protobuf', ...headers });
		res.end(Buffer.from(body));
	}

	// ---- WebSocket -------------------------------------------------------------------------------------------

	private upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		const fault = this.connectionFaults.shift();
		if (url.pathname !== WS_PATH || fault?.kind === 'refuse') {
			const msg = fault?.kind === 'refuse' ? fault.message : 'not found';
			socket.end(
				`HTTP/1.1 200 OK\r\nhandshake-status: 417\r\nhandshake-msg: ${msg}\r\ncontent-length: 0\r\n\r\n`,
			);
			return;
		}
		this.wss!.handleUpgrade(req, socket, head, (ws) =>
			this.onSocket(ws, req, url.searchParams, fault),
		);
	}

	private onSocket(
		ws: WebSocket,
		req: IncomingMessage,
		query: URLSearchParams,
		fault: ConnectionFault | undefined,
	): void {
		const roomId = query.get('room_id') ?? '';
		const connection: PushConnection = {
			roomId,
			query,
			headers: req.headers,
			received: [],
			framesSent: 0,
			closed: false,
			socket: ws,
		};
		this.connections.push(connection);
		let silent = false;
		let started = false;
		ws.on('close', (code) => {
			connection.closed = true;
			connection.closeCode = code;
		});
		ws.on('message', (data: Buffer) => {
			let frame: ClientFrame;
			try {
				frame = decodeClientFrame(data);
			} catch {
				return;
			}
			connection.received.push(frame);
			if (frame.payloadType === 'hb' && !silent)
				ws.send(
					buildPushFrame({
						messages: [],
						payloadType: 'hb',
						payload: new Uint8Array(0),
						gzip: false,
					}),
				);
			// Like TikTok's web flow, the stream starts once the client entered the room (§1.6).
			if (frame.payloadType === 'im_enter_room' && !started) {
				started = true;
				if (fault?.kind === 'garbage') for (const bytes of fault.frames) ws.send(bytes);
				this.stream(connection, fault, () => (silent = true));
			}
		});
	}

	private stream(
		connection: PushConnection,
		fault: ConnectionFault | undefined,
		goSilent: () => void,
	): void {
		const room = this.rooms.get(connection.roomId);
		if (!room) return;
		const cursor = connection.query.get('cursor');
		const resumeAt = cursor && /^c\d+$/.test(cursor) ? Number(cursor.slice(1)) : 0;
		let index = Math.max(0, resumeAt - (cursor ? this.redeliverOnResume : 0));
		let sentHere = 0;
		const startedAt = Date.now();
		const sendNext = (): void => {
			const ws = connection.socket;
			if (connection.closed || ws.readyState !== ws.OPEN) return;
			if (fault?.kind === 'drop' && sentHere >= fault.afterFrames) {
				// FIN after the queued frames, without a WebSocket close frame: the client sees 1006.
				(ws as unknown as { _socket: { end(): void } })._socket.end();
				return;
			}
			if (fault?.kind === 'silence' && sentHere >= fault.afterFrames) return goSilent();
			if (index >= room.frames.length) return;
			const scripted = room.frames[index];
			ws.send(
				buildPushFrame({
					messages: scripted.messages,
					cursor: `c${index + 1}`,
					internalExt: `ie-c${index + 1}`,
					needAck: scripted.needAck,
					gzip: scripted.gzip,
					logId: String(7_300_000_000_000_000_000n + BigInt(index + 1)),
				}),
			);
			index++;
			sentHere++;
			connection.framesSent++;
			if (index >= room.frames.length && room.endAfterLastFrame) {
				room.live = false;
				if (this.closeAfterStreamEnd) ws.close(1000, 'stream ended');
				return;
			}
			const delay =
				this.framesPerSecond > 0
					? Math.max(0, startedAt + (sentHere * 1000) / this.framesPerSecond - Date.now())
					: this.frameIntervalMs;
			this.later(delay, sendNext);
		};
		sendNext();
	}

	private later(ms: number, fn: () => void): void {
		const timer = setTimeout(() => {
			this.timers.delete(timer);
			fn();
		}, ms);
		this.timers.add(timer);
	}
}

const GIFTS = [
	{
		id: 5655,
		name: 'Rose',
		diamond_count: 1,
		type: 1,
		combo: true,
		image: { url_list: ['https://gift.example.test/rose.png'] },
	},
	{
		id: 5827,
		name: 'Ice Cream Cone',
		diamond_count: 1,
		type: 1,
		combo: true,
		image: { url_list: ['https://gift.example.test/icecream.png'] },
	},
	{ id: 6064, name: 'GG', diamond_count: 1, type: 1, combo: true, image: { url_list: [] } },
	{ id: 7934, name: 'Heart Me', diamond_count: 1, type: 2, combo: false, image: { url_list: [] } },
];

const PRICE_LIST = {
	status_code: 0,
	data: [
		{
			id: 1,
			diamond_count: 70,
			price: 99,
			exchange_price: 99,
			currency_price: [{ currency: 'USD', price: 99 }],
			describe: '70 coins',
		},
		{
			id: 2,
			diamond_count: 350,
			price: 499,
			exchange_price: 499,
			currency_price: [{ currency: 'USD', price: 499 }],
			describe: '350 coins',
		},
	],
	extra: { currency_list: ['USD'], default_currency: 'USD' },
};

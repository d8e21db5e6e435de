/**
 * What every local API server under test/servers shares: listening on loopback with a keep-alive that
 * clients can reuse, stopping without leaving sockets open, and the faults a test can queue per route.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Fault =
	| { kind: 'html'; status?: number }
	| { kind: 'status'; status: number; body?: string }
	| { kind: 'malformed' }
	| { kind: 'delay'; ms: number }
	| { kind: 'empty' }
	| { kind: 'reset' }
	| { kind: 'envelope'; body: Record<string, unknown>; status?: number };

/** Faults waiting per route, each used by one request. */
export class FaultQueue {
	private readonly queued = new Map<string, Fault[]>();

	inject(route: string, fault: Fault, times = 1): void {
		const list = this.queued.get(route) ?? [];
		for (let i = 0; i < times; i++) list.push(fault);
		this.queued.set(route, list);
	}

	next(route: string): Fault | undefined {
		return this.queued.get(route)?.shift();
	}
}

const GATEWAY_PAGE =
	'<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>';

/**
 * Answers with the fault; returns false when the request should then be handled normally (a delay).
 * `truncatedJson` is the API's own envelope cut off mid-value, so the client sees a plausible broken body.
 */
export async function applyFault(
	fault: Fault,
	res: ServerResponse,
	truncatedJson: string,
): Promise<boolean> {
	switch (fault.kind) {
		case 'delay':
			await new Promise((r) => setTimeout(r, fault.ms));
			return false;
		case 'html':
			res.statusCode = fault.status ?? 502;
			res.setHeader('content-type', 'text/html');
			res.end(GATEWAY_PAGE);
			return true;
		case 'status':
			res.statusCode = fault.status;
			res.end(fault.body ?? '');
			return true;
		case 'malformed':
			res.setHeader('content-type', 'application/json');
			res.end(truncatedJson);
			return true;
		case 'empty':
			res.end();
			return true;
		case 'reset':
			res.socket?.destroy();
			return true;
		case 'envelope':
			res.statusCode = fault.status ?? 200;
			res.setHeader('content-type', 'application/json');
			res.end(JSON.stringify(fault.body));
			return true;
	}
}

/** Listens on loopback; a handler that throws answers 500 (or drops the socket once headers are out). */
export async function listenOnLoopback(
	handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
	port = 0,
	host = '127.0.0.1',
): Promise<Server> {
	const server = createServer((req, res) => {
		handle(req, res).catch((error) => {
			if (res.headersSent) {
				res.destroy();
				return;
			}
			res.statusCode = 500;
			res.end(String(error));
		});
	});
	// Node's default keep-alive is 5 s. A 1 s value is advertised as "keep-alive: timeout=1", which undici
	// (1 s safety margin) turns into "close after every response": one TCP connection per request.
	server.keepAliveTimeout = 30_000;
	await new Promise<void>((resolve) => server.listen(port, host, resolve));
	return server;
}

export async function closeServer(server: Server | undefined): Promise<void> {
	if (!server) return;
	server.closeAllConnections();
	await new Promise<void>((resolve) => server.close(() => resolve()));
}

export function serverUrl(server: Server | undefined): string {
	const address = server?.address() as AddressInfo | null | undefined;
	if (!address) throw new Error('server not started');
	return `http://127.0.0.1:${address.port}`;
}

/**
 * A local API server: listens on loopback, records every request, and answers queued faults. A subclass
 * implements `handle` (and records into `requests`).
 */
export abstract class LocalApiServer<TRequest extends { path: string }> {
	readonly requests: TRequest[] = [];
	protected readonly faults = new FaultQueue();
	/** Milliseconds to hold each request before handling it: tests make answers come back out of order. */
	answerDelayMs?: (req: IncomingMessage, res: ServerResponse) => number;
	private server?: Server;

	get url(): string {
		return serverUrl(this.server);
	}

	async start(port = 0, host = '127.0.0.1'): Promise<this> {
		this.server = await listenOnLoopback(
			async (req, res) => {
				const delay = this.answerDelayMs?.(req, res) ?? 0;
				if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
				await this.handle(req, res);
			},
			port,
			host,
		);
		return this;
	}

	async stop(): Promise<void> {
		await closeServer(this.server);
	}

	/** Queues a fault for the next `times` requests to a route. */
	injectFault(route: string, fault: Fault, times = 1): this {
		this.faults.inject(route, fault, times);
		return this;
	}

	requestsTo(path: string): TRequest[] {
		return this.requests.filter((r) => r.path === path);
	}

	protected abstract handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
}

/**
 * A minimal HTTP proxy for tests: tunnels CONNECT requests (what undici's ProxyAgent and the WebSocket
 * tunnel send) and records each target, optionally demanding Proxy-Authorization.
 */
import { createServer, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export class ConnectProxy {
	/** Each CONNECT, with the first line the client sent through the tunnel (which request it carried). */
	readonly tunnels: Array<{ target: string; authorization?: string; firstLine?: string }> = [];
	/** Requests that were not CONNECT (answered 405), as "METHOD url". */
	readonly refusedRequests: string[] = [];
	/** When set, CONNECT without this Proxy-Authorization gets 407. */
	requiredAuthorization?: string;
	private server?: Server;
	private readonly sockets = new Set<Socket>();

	get port(): number {
		return (this.server!.address() as AddressInfo).port;
	}

	get url(): string {
		return `http://127.0.0.1:${this.port}`;
	}

	async start(): Promise<this> {
		this.server = createServer((req, res) => {
			// A plain-HTTP proxy request (absolute URI); this proxy only tunnels.
			this.refusedRequests.push(`${req.method} ${req.url}`);
			res.writeHead(405);
			res.end('only CONNECT');
		});
		this.server.on('connect', (req, client: Socket, head: Buffer) => {
			// A CONNECT socket leaves the HTTP server's bookkeeping: track it, or stop() would wait for it.
			this.track(client);
			const authorization = req.headers['proxy-authorization'];
			const tunnel: (typeof this.tunnels)[number] = { target: req.url ?? '', authorization };
			this.tunnels.push(tunnel);
			if (this.requiredAuthorization && authorization !== this.requiredAuthorization) {
				client.end('HTTP/1.1 407 Proxy Authentication Required\r\ncontent-length: 0\r\n\r\n');
				return;
			}
			// host:port, the host in brackets when it is an IPv6 address (RFC 9110 §9.3.6).
			const target = /^\[?([^[\]]+?)\]?:(\d{1,5})$/.exec(req.url ?? '');
			if (!target) {
				client.end('HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\n\r\n');
				return;
			}
			const upstream = connect(Number(target[2]), target[1], () => {
				client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
				const remember = (chunk: Buffer) =>
					(tunnel.firstLine ??= chunk.toString('latin1').split('\r\n')[0]);
				if (head.length) {
					remember(head);
					upstream.write(head);
				}
				client.once('data', remember);
				upstream.pipe(client);
				client.pipe(upstream);
			});
			this.track(upstream);
			for (const s of [client, upstream]) {
				s.on('error', () => {
					client.destroy();
					upstream.destroy();
				});
			}
		});
		await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
		return this;
	}

	private track(socket: Socket): void {
		this.sockets.add(socket);
		socket.on('close', () => this.sockets.delete(socket));
	}

	async stop(): Promise<void> {
		for (const s of this.sockets) s.destroy();
		this.server?.closeAllConnections();
		await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
	}
}

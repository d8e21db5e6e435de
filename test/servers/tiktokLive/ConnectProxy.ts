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
		this.server = createServer((_req, res) => {
			res.writeHead(405);
			res.end('only CONNECT');
		});
		this.server.on('connect', (req, client: Socket, head: Buffer) => {
			const authorization = req.headers['proxy-authorization'];
			const tunnel: (typeof this.tunnels)[number] = { target: req.url ?? '', authorization };
			this.tunnels.push(tunnel);
			if (this.requiredAuthorization && authorization !== this.requiredAuthorization) {
				client.end('HTTP/1.1 407 Proxy Authentication Required\r\ncontent-length: 0\r\n\r\n');
				return;
			}
			const [host, port] = (req.url ?? '').split(':');
			const upstream = connect(Number(port), host, () => {
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
			for (const s of [client, upstream]) {
				this.sockets.add(s);
				s.on('close', () => this.sockets.delete(s));
				s.on('error', () => {
					client.destroy();
					upstream.destroy();
				});
			}
		});
		await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
		return this;
	}

	async stop(): Promise<void> {
		for (const s of this.sockets) s.destroy();
		this.server?.closeAllConnections();
		await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
	}
}

/**
 * A socket to a host through an HTTP proxy's CONNECT method, for clients that are not undici (the `ws`
 * WebSocket client takes it as `createConnection`). undici's ProxyAgent covers plain HTTP requests; a
 * WebSocket needs its own tunnel (TikTokLive users could not proxy their sockets for years, reference
 * tiktok-live.md §5 item 11).
 */
import { request as httpRequest } from 'node:http';
import type { Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import type { Duplex } from 'node:stream';

export interface TunnelTarget {
	host?: string;
	hostname?: string;
	port?: number | string;
	servername?: string;
}

export type TunnelCallback = (error: Error | null, socket?: Duplex) => void;

/** The Proxy-Authorization header for `http://user:password@proxy:port`, if the URL carries credentials. */
function proxyAuthorization(proxy: URL): string | undefined {
	if (!proxy.username) return undefined;
	const pair = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
	return `Basic ${Buffer.from(pair).toString('base64')}`;
}

/**
 * Returns a `createConnection(options, callback)` that opens `host:port` through the proxy, and wraps the
 * tunnel in TLS when `secure` (wss://). Node's http client accepts the asynchronous callback form.
 */
export function proxyTunnel(
	proxyUrl: string,
	secure: boolean,
	timeoutMs = 20_000,
): (options: TunnelTarget, callback: TunnelCallback) => undefined {
	const proxy = new URL(proxyUrl);
	if (proxy.protocol !== 'http:')
		throw new TypeError(`Only http:// proxies can tunnel a WebSocket, not ${proxy.protocol}//`);
	return (options, callback) => {
		const host = options.hostname ?? options.host ?? 'localhost';
		const port = Number(options.port ?? (secure ? 443 : 80));
		const target = `${host.includes(':') ? `[${host}]` : host}:${port}`;
		const headers: Record<string, string> = { host: target };
		const authorization = proxyAuthorization(proxy);
		if (authorization) headers['proxy-authorization'] = authorization;
		let done = false;
		const finish = (error: Error | null, socket?: Duplex) => {
			if (done) return;
			done = true;
			callback(error, socket);
		};
		const connectRequest = httpRequest({
			host: proxy.hostname,
			port: Number(proxy.port || 80),
			method: 'CONNECT',
			path: target,
			headers,
			timeout: timeoutMs,
		});
		connectRequest.once('connect', (response, socket: Socket) => {
			if (response.statusCode !== 200) {
				socket.destroy();
				finish(new Error(`The proxy refused to connect to ${target}: HTTP ${response.statusCode}`));
				return;
			}
			finish(
				null,
				secure ? tlsConnect({ socket, servername: options.servername ?? host }) : socket,
			);
		});
		connectRequest.once('timeout', () =>
			connectRequest.destroy(new Error(`The proxy did not answer within ${timeoutMs} ms`)),
		);
		connectRequest.once('error', (error) => finish(error));
		connectRequest.end();
		return undefined;
	};
}

/**
 * A socket to a host through a proxy, for clients that are not undici: an HTTP(S) proxy's CONNECT method,
 * or SOCKS5. The `ws` WebSocket client takes it as `createConnection` (TikTokLive users could not proxy
 * their sockets for years, reference tiktok-live.md §5 item 11); the HTTP transport uses the SOCKS path as
 * undici's connector. Every failure is an ApiError that names the proxy (never its password) and says
 * whether the proxy or the server behind it failed.
 */
import { connect as netConnect, isIP, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import type { Duplex } from 'node:stream';

import { ApiError } from './errors';
import { hostPort, parseProxyUrl, proxyAuthorization, type ProxyEndpoint } from './proxyConfig';
import { socks5Connect } from './socks5';

export interface TunnelTarget {
	host?: string;
	hostname?: string;
	port?: number | string;
	servername?: string;
}

export type TunnelCallback = (error: Error | null, socket?: Duplex) => void;

export interface TunnelOptions {
	/** Named in errors, e.g. "TikTok LIVE". */
	service: string;
	timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 20_000;

/** The reason phrase a status code is known by, for the error message. */
const STATUS_TEXT: Record<number, string> = {
	403: 'Forbidden',
	407: 'Proxy Authentication Required',
	502: 'Bad Gateway',
	503: 'Service Unavailable',
	504: 'Gateway Timeout',
};

/** What an HTTP proxy's non-200 answer to CONNECT means; shared with the undici path of the HTTP transport. */
export function connectRefusedError(
	proxy: ProxyEndpoint,
	target: string,
	status: number,
	service: string,
): ApiError {
	const text = STATUS_TEXT[status] ? ` ${STATUS_TEXT[status]}` : '';
	const message = `The proxy ${proxy.label} refused to connect to ${target}: HTTP ${status}${text}`;
	if (status === 407)
		return new ApiError({
			service,
			code: 'PROXY_AUTH_REQUIRED',
			httpStatus: status,
			message,
			hint:
				proxy.username === undefined
					? 'The proxy wants a user name and password: put them in the proxy URL (http://user:password@host:port).'
					: 'The proxy did not accept the user name and password in the proxy URL; check them (percent-encode special characters).',
		});
	return new ApiError({
		service,
		code: status >= 502 ? 'PROXY_TARGET_UNREACHABLE' : 'PROXY_REFUSED',
		httpStatus: status,
		message,
		hint:
			status >= 502
				? 'The proxy could not reach the server behind it; check the URL, or try again later.'
				: 'Check that the proxy allows this host and port.',
	});
}

/** The proxy itself could not be reached (refused, unknown host, timeout). */
export function proxyUnreachableError(
	proxy: ProxyEndpoint,
	reason: string,
	service: string,
): ApiError {
	return new ApiError({
		service,
		code: 'PROXY_UNREACHABLE',
		message: `Could not connect to the proxy ${proxy.label} (${reason})`,
		hint: 'Check the proxy URL (host and port) and that the proxy is running.',
	});
}

/** The proxy's answer to CONNECT is a status line and headers; more than this is not a proxy talking. */
const MAX_CONNECT_RESPONSE_BYTES = 16 * 1024;

/**
 * CONNECT written by hand on a raw socket, not with node:http: n8n replaces http.globalAgent with its own
 * proxy agent when HTTP_PROXY is set, and node:http would then send our CONNECT to the proxy through the
 * proxy (measured in n8n 2.40.7: "CONNECT http://proxy/target"), which no proxy understands.
 */
function httpConnect(
	proxy: ProxyEndpoint,
	host: string,
	port: number,
	options: TunnelOptions,
): Promise<Socket> {
	const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
	const target = hostPort(host, port);
	const authorization = proxyAuthorization(proxy);
	const request =
		`CONNECT ${target} HTTP/1.1\r\nHost: ${target}\r\n` +
		(authorization ? `Proxy-Authorization: ${authorization}\r\n` : '') +
		'\r\n';
	return new Promise((resolve, reject) => {
		const socket: Socket =
			proxy.scheme === 'https'
				? tlsConnect({
						host: proxy.host,
						port: proxy.port,
						servername: isIP(proxy.host) ? undefined : proxy.host,
					})
				: netConnect({ host: proxy.host, port: proxy.port });
		let settled = false;
		let received = Buffer.alloc(0);
		const settle = (error: ApiError | null, early?: Buffer) => {
			if (settled) return;
			settled = true;
			socket.setTimeout(0);
			socket.off('readable', onReadable);
			socket.off('error', onError);
			socket.off('end', onEnd);
			if (error) {
				socket.destroy();
				reject(error);
				return;
			}
			// Bytes the target sent right after the proxy's answer belong to whoever reads the tunnel next.
			if (early?.length) socket.unshift(early);
			resolve(socket);
		};
		const protocolError = (what: string) =>
			new ApiError({
				service: options.service,
				code: 'PROXY_PROTOCOL_ERROR',
				message: `The proxy ${proxy.label} ${what}`,
				hint: 'Check that the proxy URL points at an HTTP proxy (its scheme and port).',
			});
		const onReadable = () => {
			let chunk: Buffer | null;
			while ((chunk = socket.read() as Buffer | null) !== null) {
				received = Buffer.concat([received, chunk]);
				const end = received.indexOf('\r\n\r\n');
				if (end < 0) {
					if (received.length > MAX_CONNECT_RESPONSE_BYTES)
						return settle(protocolError('sent an endless answer to CONNECT'));
					continue;
				}
				const statusLine = received.subarray(0, received.indexOf('\r\n')).toString('latin1');
				const status = /^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1];
				if (!status)
					return settle(protocolError(`answered CONNECT with "${statusLine.slice(0, 80)}"`));
				if (status !== '200')
					return settle(connectRefusedError(proxy, target, Number(status), options.service));
				return settle(null, received.subarray(end + 4));
			}
		};
		const onError = (error: NodeJS.ErrnoException) =>
			settle(proxyUnreachableError(proxy, error.code ?? error.message, options.service));
		const onEnd = () => settle(protocolError('closed the connection without answering CONNECT'));
		socket.on('error', onError);
		socket.on('end', onEnd);
		socket.setTimeout(timeoutMs, () =>
			settle(
				new ApiError({
					service: options.service,
					code: 'PROXY_TIMEOUT',
					message: `The proxy ${proxy.label} did not answer the CONNECT to ${target} within ${timeoutMs} ms`,
					hint: 'The proxy is slow or unreachable; check the proxy URL, or try again later.',
				}),
			),
		);
		socket.once(proxy.scheme === 'https' ? 'secureConnect' : 'connect', () => {
			socket.write(request);
			socket.on('readable', onReadable);
		});
	});
}

/** A TCP stream to host:port through the proxy (not yet TLS to the target). */
export function openProxyTunnel(
	proxy: ProxyEndpoint,
	host: string,
	port: number,
	options: TunnelOptions,
): Promise<Socket> {
	if (proxy.scheme === 'socks5' || proxy.scheme === 'socks5h')
		return socks5Connect({
			proxy,
			host,
			port,
			service: options.service,
			timeoutMs: options.timeoutMs,
		});
	return httpConnect(proxy, host, port, options);
}

/** SNI takes a host name, never an address (Node warns, and servers may refuse). */
function serverNameOf(target: TunnelTarget, host: string): string | undefined {
	const name = target.servername || host;
	return isIP(name) ? undefined : name;
}

/**
 * Returns a `createConnection(options, callback)` that opens `host:port` through the proxy, and wraps the
 * tunnel in TLS when `secure` (wss://). Node's http client accepts the asynchronous callback form. A proxy
 * URL that cannot be used throws here, before anything is sent.
 */
export function proxyTunnel(
	proxyUrl: string,
	secure: boolean,
	options: TunnelOptions,
): (target: TunnelTarget, callback: TunnelCallback) => undefined {
	const proxy = parseProxyUrl(proxyUrl, options.service);
	return (target, callback) => {
		const host = (target.hostname ?? target.host ?? 'localhost').replace(/^\[(.*)\]$/, '$1');
		const port = Number(target.port || (secure ? 443 : 80));
		openProxyTunnel(proxy, host, port, options).then(
			(socket) =>
				callback(
					null,
					secure ? tlsConnect({ socket, servername: serverNameOf(target, host) }) : socket,
				),
			(error: Error) => callback(error),
		);
		return undefined;
	};
}

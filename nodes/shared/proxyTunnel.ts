/**
 * A socket to a host through a proxy, for clients that are not undici: an HTTP(S) proxy's CONNECT method,
 * or SOCKS5. The `ws` WebSocket client takes it as `createConnection` (TikTokLive users could not proxy
 * their sockets for years, reference tiktok-live.md §5 item 11); the HTTP transport uses the SOCKS path as
 * undici's connector. Every failure is an ApiError that names the proxy (never its password) and says
 * whether the proxy or the server behind it failed.
 */
import { request as httpRequest, type ClientRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type Socket } from 'node:net';
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

function httpConnect(
	proxy: ProxyEndpoint,
	host: string,
	port: number,
	options: TunnelOptions,
): Promise<Socket> {
	const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
	const target = hostPort(host, port);
	const headers: Record<string, string> = { host: target };
	const authorization = proxyAuthorization(proxy);
	if (authorization) headers['proxy-authorization'] = authorization;
	return new Promise((resolve, reject) => {
		let done = false;
		const finish = (error: Error | null, socket?: Socket) => {
			if (done) return;
			done = true;
			if (error) reject(error);
			else resolve(socket!);
		};
		const send = proxy.scheme === 'https' ? httpsRequest : httpRequest;
		const connectRequest: ClientRequest = send({
			host: proxy.host,
			port: proxy.port,
			method: 'CONNECT',
			path: target,
			headers,
			timeout: timeoutMs,
			agent: false,
			servername: proxy.scheme === 'https' && !isIP(proxy.host) ? proxy.host : undefined,
		});
		connectRequest.once('connect', (response, socket: Socket) => {
			if (response.statusCode !== 200) {
				socket.destroy();
				finish(connectRefusedError(proxy, target, response.statusCode ?? 0, options.service));
				return;
			}
			finish(null, socket);
		});
		connectRequest.once('timeout', () => {
			finish(
				new ApiError({
					service: options.service,
					code: 'PROXY_TIMEOUT',
					message: `The proxy ${proxy.label} did not answer the CONNECT to ${target} within ${timeoutMs} ms`,
					hint: 'The proxy is slow or unreachable; check the proxy URL, or try again later.',
				}),
			);
			connectRequest.destroy();
		});
		connectRequest.once('error', (error: NodeJS.ErrnoException) =>
			finish(proxyUnreachableError(proxy, error.code ?? error.message, options.service)),
		);
		connectRequest.end();
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

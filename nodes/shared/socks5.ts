/**
 * A SOCKS5 client (RFC 1928) with username/password authentication (RFC 1929), CONNECT only: enough to
 * carry HTTP calls and WebSockets through the proxies TikTok LIVE users run (the Go library takes socks5://
 * for both; reference tiktok-live.md §4). No dependency: the package's runtime dependencies are fixed.
 *
 * socks5:// resolves the target's name here and sends the address; socks5h:// sends the name for the proxy
 * to resolve (curl's convention), for networks whose own DNS cannot or must not resolve the target.
 */
import { lookup } from 'node:dns/promises';
import { connect, isIP, type Socket } from 'node:net';

import { ApiError } from './errors';
import { hostPort, type ProxyEndpoint } from './proxyConfig';

const VERSION = 0x05;
const METHOD_NONE = 0x00;
const METHOD_USERNAME_PASSWORD = 0x02;
const METHOD_REFUSED = 0xff;
const COMMAND_CONNECT = 0x01;
const ADDRESS_IPV4 = 0x01;
const ADDRESS_DOMAIN = 0x03;
const ADDRESS_IPV6 = 0x04;

/** RFC 1928 §6 reply codes. */
const REPLIES: Record<number, string> = {
	0x01: 'general SOCKS server failure',
	0x02: 'connection not allowed by ruleset',
	0x03: 'network unreachable',
	0x04: 'host unreachable',
	0x05: 'connection refused',
	0x06: 'TTL expired',
	0x07: 'command not supported',
	0x08: 'address type not supported',
};
const TARGET_FAILURES = new Set([0x03, 0x04, 0x05, 0x06]);

export interface Socks5ConnectOptions {
	proxy: ProxyEndpoint;
	host: string;
	port: number;
	/** Named in errors, e.g. "TikTok LIVE". */
	service: string;
	/** For the TCP connection to the proxy and the whole handshake. */
	timeoutMs?: number;
}

/** Reads exactly n bytes in paused mode, so nothing after the handshake is consumed. */
function readExact(socket: Socket, n: number): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		const cleanup = () => {
			socket.off('readable', tryRead);
			socket.off('end', onEnd);
			socket.off('close', onEnd);
			socket.off('error', onError);
		};
		const tryRead = () => {
			const chunk = socket.read(n) as Buffer | null;
			if (chunk === null) return;
			cleanup();
			if (chunk.length < n) reject(new Error('closed during the handshake'));
			else resolve(chunk);
		};
		const onEnd = () => {
			cleanup();
			reject(new Error('closed during the handshake'));
		};
		const onError = (error: Error) => {
			cleanup();
			reject(error);
		};
		if (socket.destroyed) return reject(new Error('closed during the handshake'));
		socket.on('readable', tryRead);
		socket.once('end', onEnd);
		socket.once('close', onEnd);
		socket.once('error', onError);
		tryRead();
	});
}

async function destinationAddress(
	proxy: ProxyEndpoint,
	host: string,
	service: string,
): Promise<Buffer> {
	let address = host.replace(/^\[(.*)\]$/, '$1');
	if (!isIP(address) && proxy.scheme === 'socks5') {
		try {
			address = (await lookup(address)).address;
		} catch {
			throw new ApiError({
				service,
				code: 'ENOTFOUND',
				message: `${host} could not be resolved (for the SOCKS proxy ${proxy.label})`,
				hint: 'Check the host name, or use socks5h:// to let the proxy resolve names.',
			});
		}
	}
	const family = isIP(address);
	if (family === 4) return Buffer.from([ADDRESS_IPV4, ...address.split('.').map(Number)]);
	if (family === 6) {
		const bytes = Buffer.alloc(16);
		const [head, tail = ''] = address.split('::');
		const headParts = head ? head.split(':') : [];
		const tailParts = tail ? tail.split(':') : [];
		const parts = address.includes('::')
			? [...headParts, ...Array(8 - headParts.length - tailParts.length).fill('0'), ...tailParts]
			: headParts;
		parts.forEach((part, i) => bytes.writeUInt16BE(parseInt(part, 16), i * 2));
		return Buffer.concat([Buffer.from([ADDRESS_IPV6]), bytes]);
	}
	const name = Buffer.from(address);
	if (name.length > 255) throw new TypeError('A SOCKS5 host name has at most 255 bytes');
	return Buffer.concat([Buffer.from([ADDRESS_DOMAIN, name.length]), name]);
}

function credentialBytes(value: string): Buffer {
	const bytes = Buffer.from(value, 'utf8');
	if (bytes.length < 1 || bytes.length > 255)
		throw new TypeError('A SOCKS5 user name or password has 1 to 255 bytes');
	return Buffer.concat([Buffer.from([bytes.length]), bytes]);
}

async function handshake(socket: Socket, options: Socks5ConnectOptions): Promise<void> {
	const { proxy, service } = options;
	const target = hostPort(options.host, options.port);
	const fail = (code: string, message: string, hint: string) =>
		new ApiError({ service, code, message, hint });
	const withCredentials = proxy.username !== undefined;
	socket.write(
		Buffer.from(
			withCredentials
				? [VERSION, 2, METHOD_NONE, METHOD_USERNAME_PASSWORD]
				: [VERSION, 1, METHOD_NONE],
		),
	);
	const [version, method] = await readExact(socket, 2);
	if (version !== VERSION)
		throw fail(
			'PROXY_PROTOCOL_ERROR',
			`The proxy ${proxy.label} does not speak SOCKS5 (it answered version ${version})`,
			'Check the proxy URL: its scheme and port must be those of a SOCKS5 proxy.',
		);
	if (method === METHOD_REFUSED || (method === METHOD_USERNAME_PASSWORD && !withCredentials))
		throw fail(
			'PROXY_AUTH_REQUIRED',
			`The proxy ${proxy.label} refused the connection: it wants a user name and password`,
			'Put them in the proxy URL: socks5://user:password@host:port (percent-encode special characters).',
		);
	if (method === METHOD_USERNAME_PASSWORD) {
		socket.write(
			Buffer.concat([
				Buffer.from([0x01]),
				credentialBytes(proxy.username ?? ''),
				credentialBytes(proxy.password ?? ''),
			]),
		);
		const [, status] = await readExact(socket, 2);
		if (status !== 0x00)
			throw fail(
				'PROXY_AUTH_REQUIRED',
				`The proxy ${proxy.label} refused the user name and password`,
				'Check the user name and password in the proxy URL.',
			);
	} else if (method !== METHOD_NONE) {
		throw fail(
			'PROXY_PROTOCOL_ERROR',
			`The proxy ${proxy.label} chose an authentication method that was not offered (${method})`,
			'Check that the proxy URL points at a SOCKS5 proxy.',
		);
	}
	const port = Buffer.alloc(2);
	port.writeUInt16BE(options.port);
	const address = await destinationAddress(proxy, options.host, service);
	socket.write(Buffer.concat([Buffer.from([VERSION, COMMAND_CONNECT, 0x00]), address, port]));
	const [replyVersion, reply, , addressType] = await readExact(socket, 4);
	if (replyVersion !== VERSION)
		throw fail(
			'PROXY_PROTOCOL_ERROR',
			`The proxy ${proxy.label} answered the CONNECT request with version ${replyVersion}`,
			'Check that the proxy URL points at a SOCKS5 proxy.',
		);
	if (reply !== 0x00) {
		const reason = REPLIES[reply] ?? `reply ${reply}`;
		throw TARGET_FAILURES.has(reply)
			? fail(
					'PROXY_TARGET_UNREACHABLE',
					`The proxy ${proxy.label} could not reach ${target}: ${reason}`,
					'The proxy works, but the server behind it did not answer; check the URL, or try again later.',
				)
			: fail(
					'PROXY_REFUSED',
					`The proxy ${proxy.label} refused to connect to ${target}: ${reason}`,
					'Check that the proxy allows this host and port.',
				);
	}
	// The bound address is of no use to us, but it must be read off the stream.
	const boundLength =
		addressType === ADDRESS_IPV4
			? 4
			: addressType === ADDRESS_IPV6
				? 16
				: (await readExact(socket, 1))[0];
	await readExact(socket, boundLength + 2);
}

/** Opens a TCP connection to host:port through a SOCKS5 proxy; rejects with an ApiError that names the proxy. */
export function socks5Connect(options: Socks5ConnectOptions): Promise<Socket> {
	const { proxy, service } = options;
	const timeoutMs = options.timeoutMs ?? 10_000;
	return new Promise((resolve, reject) => {
		const socket = connect({ host: proxy.host, port: proxy.port });
		socket.pause();
		let settled = false;
		const ignoreBetweenReads = () => undefined;
		const settle = (error: Error | null) => {
			if (settled) return;
			settled = true;
			socket.setTimeout(0);
			socket.off('error', onConnectError);
			socket.off('error', ignoreBetweenReads);
			if (error) {
				socket.destroy();
				reject(error);
			} else resolve(socket);
		};
		const onConnectError = (error: NodeJS.ErrnoException) =>
			settle(
				new ApiError({
					service,
					code: 'PROXY_UNREACHABLE',
					message: `Could not connect to the proxy ${proxy.label} (${error.code ?? error.message})`,
					hint: 'Check the proxy URL (host and port) and that the proxy is running.',
				}),
			);
		socket.once('error', onConnectError);
		socket.setTimeout(timeoutMs, () =>
			settle(
				new ApiError({
					service,
					code: 'PROXY_TIMEOUT',
					message: `The proxy ${proxy.label} did not complete the SOCKS5 handshake within ${timeoutMs} ms`,
					hint: 'The proxy is slow or unreachable; check the proxy URL, or try again later.',
				}),
			),
		);
		socket.once('connect', () => {
			socket.off('error', onConnectError);
			// An error between two reads closes the socket; the next read (or the timeout) reports it.
			socket.on('error', ignoreBetweenReads);
			handshake(socket, options).then(
				() => settle(null),
				(error: Error) =>
					settle(
						error instanceof ApiError
							? error
							: new ApiError({
									service,
									code: error instanceof TypeError ? 'PROXY_URL_INVALID' : 'PROXY_PROTOCOL_ERROR',
									message: `The SOCKS5 handshake with the proxy ${proxy.label} failed: ${error.message}`,
									hint: 'Check the proxy URL and that it points at a SOCKS5 proxy.',
								}),
					),
			);
		});
	});
}

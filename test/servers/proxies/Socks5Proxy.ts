/**
 * A strict SOCKS5 proxy for tests (RFC 1928, username/password per RFC 1929): CONNECT only, records every
 * tunnel (the address as the client sent it, its type, the user that authenticated) so a test can prove
 * that traffic really went through it. Like dante or 3proxy, it closes the connection when no offered
 * method is acceptable (0xFF) or the credentials are wrong (status 0x01), and answers a refused upstream
 * with reply 0x05.
 */
import { connect, createServer, type AddressInfo, type Server, type Socket } from 'node:net';

export type Socks5AddressType = 'ipv4' | 'domain' | 'ipv6';

export interface Socks5Tunnel {
	host: string;
	port: number;
	addressType: Socks5AddressType;
	username?: string;
	/** The first line the client sent through the tunnel (which request it carried). */
	firstLine?: string;
}

/** Reads exactly n bytes from a socket that may deliver them in any number of chunks. */
class ByteReader {
	private buffered = Buffer.alloc(0);
	private waiting?: { n: number; resolve: (b: Buffer) => void; reject: (e: Error) => void };

	constructor(socket: Socket) {
		socket.on('data', (chunk: Buffer) => {
			this.buffered = Buffer.concat([this.buffered, chunk]);
			this.drain();
		});
		socket.on('close', () => this.waiting?.reject(new Error('closed')));
		socket.on('error', () => undefined);
	}

	read(n: number): Promise<Buffer> {
		return new Promise((resolve, reject) => {
			this.waiting = { n, resolve, reject };
			this.drain();
		});
	}

	/** Whatever arrived after the handshake (the client may send its first bytes right away). */
	rest(): Buffer {
		const rest = this.buffered;
		this.buffered = Buffer.alloc(0);
		return rest;
	}

	private drain(): void {
		if (!this.waiting || this.buffered.length < this.waiting.n) return;
		const { n, resolve } = this.waiting;
		this.waiting = undefined;
		const out = this.buffered.subarray(0, n);
		this.buffered = this.buffered.subarray(n);
		resolve(out);
	}
}

export class Socks5Proxy {
	readonly tunnels: Socks5Tunnel[] = [];
	/** Handshakes that were refused (bad method, bad credentials, bad request). */
	readonly refusals: string[] = [];
	/** When set, only username/password auth (method 0x02) with these values is accepted. */
	credentials?: { username: string; password: string };
	private server?: Server;
	private readonly sockets = new Set<Socket>();

	get port(): number {
		return (this.server!.address() as AddressInfo).port;
	}

	/** `socks5://127.0.0.1:port`, or with another scheme (socks5h) and credentials. */
	url(scheme = 'socks5', userinfo = ''): string {
		return `${scheme}://${userinfo ? `${userinfo}@` : ''}127.0.0.1:${this.port}`;
	}

	async start(): Promise<this> {
		this.server = createServer((client) => {
			this.track(client);
			this.handshake(client).catch(() => client.destroy());
		});
		await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
		return this;
	}

	async stop(): Promise<void> {
		for (const s of this.sockets) s.destroy();
		await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
	}

	private track(socket: Socket): void {
		this.sockets.add(socket);
		socket.on('close', () => this.sockets.delete(socket));
	}

	private refuse(client: Socket, why: string, reply: Buffer): void {
		this.refusals.push(why);
		client.end(reply);
	}

	private async handshake(client: Socket): Promise<void> {
		const reader = new ByteReader(client);
		const [version, methodCount] = await reader.read(2);
		if (version !== 5) return this.refuse(client, `version ${version}`, Buffer.alloc(0));
		const methods = [...(await reader.read(methodCount))];
		const wanted = this.credentials ? 0x02 : 0x00;
		if (!methods.includes(wanted))
			return this.refuse(client, `methods ${methods.join(',')}`, Buffer.from([5, 0xff]));
		client.write(Buffer.from([5, wanted]));
		let username: string | undefined;
		if (this.credentials) {
			const [authVersion, userLength] = await reader.read(2);
			username = (await reader.read(userLength)).toString('utf8');
			const [passwordLength] = await reader.read(1);
			const password = (await reader.read(passwordLength)).toString('utf8');
			const ok =
				authVersion === 1 &&
				username === this.credentials.username &&
				password === this.credentials.password;
			if (!ok) return this.refuse(client, `credentials of ${username}`, Buffer.from([1, 1]));
			client.write(Buffer.from([1, 0]));
		}
		const [, command, , addressType] = await reader.read(4);
		let host: string;
		let type: Socks5AddressType;
		if (addressType === 1) {
			host = [...(await reader.read(4))].join('.');
			type = 'ipv4';
		} else if (addressType === 3) {
			const [length] = await reader.read(1);
			host = (await reader.read(length)).toString('utf8');
			type = 'domain';
		} else if (addressType === 4) {
			const bytes = await reader.read(16);
			host = Array.from({ length: 8 }, (_, i) => bytes.readUInt16BE(i * 2).toString(16)).join(':');
			type = 'ipv6';
		} else {
			return this.refuse(client, `address type ${addressType}`, reply(8));
		}
		const port = (await reader.read(2)).readUInt16BE(0);
		if (command !== 1) return this.refuse(client, `command ${command}`, reply(7));
		const tunnel: Socks5Tunnel = { host, port, addressType: type, username };
		this.tunnels.push(tunnel);
		// A domain is resolved here, as a real proxy would. The test servers listen on 127.0.0.1 only, so every
		// loopback spelling (the name, or ::1 when the client resolved it to IPv6) goes there.
		const loopback = host === 'localhost' || host === '0:0:0:0:0:0:0:1';
		const upstream = connect(port, loopback ? '127.0.0.1' : host);
		this.track(upstream);
		upstream.once('error', () => {
			if (!client.destroyed) client.end(reply(5));
		});
		upstream.once('connect', () => {
			client.write(reply(0));
			const remember = (chunk: Buffer) =>
				(tunnel.firstLine ??= chunk.toString('latin1').split('\r\n')[0]);
			const early = reader.rest();
			if (early.length) {
				remember(early);
				upstream.write(early);
			}
			client.removeAllListeners('data');
			client.once('data', remember);
			upstream.pipe(client);
			client.pipe(upstream);
			upstream.on('error', () => client.destroy());
			client.on('error', () => upstream.destroy());
		});
	}
}

/** A reply with the given code and a zero IPv4 bound address. */
function reply(code: number): Buffer {
	return Buffer.from([5, code, 0, 1, 0, 0, 0, 0, 0, 0]);
}

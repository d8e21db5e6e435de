/**
 * Which of our n8n processes opened a TCP connection to a local test server. All processes reach one
 * server, from the same address, with the same credentials, so nothing in the request tells them apart;
 * the kernel does: the client end of the connection (/proc/net/tcp, by port) is a socket inode, and the
 * process holding that inode among its file descriptors (/proc/<pid>/fd) is the one that connected.
 * Linux only (the suite's platform); elsewhere the owner is "unknown".
 */
import { readdir, readFile, readlink } from 'node:fs/promises';

async function socketInode(clientPort: number, serverPort: number): Promise<string | undefined> {
	const hex = (port: number) => port.toString(16).toUpperCase().padStart(4, '0');
	for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
		const text = await readFile(table, 'utf8').catch(() => '');
		for (const line of text.split('\n').slice(1)) {
			const fields = line.trim().split(/\s+/);
			if (fields.length < 10) continue;
			const [, local, remote] = fields;
			if (local.endsWith(`:${hex(clientPort)}`) && remote.endsWith(`:${hex(serverPort)}`))
				return fields[9];
		}
	}
	return undefined;
}

/** The name (from `candidates`, pid → name) of the process whose socket is the client end, or "unknown". */
export async function ownerOfConnection(
	clientPort: number,
	serverPort: number,
	candidates: Map<number, string>,
): Promise<string> {
	const inode = await socketInode(clientPort, serverPort);
	if (!inode || inode === '0') return 'unknown';
	const target = `socket:[${inode}]`;
	for (const [pid, name] of candidates) {
		const fds = await readdir(`/proc/${pid}/fd`).catch(() => [] as string[]);
		for (const fd of fds) {
			if ((await readlink(`/proc/${pid}/fd/${fd}`).catch(() => '')) === target) return name;
		}
	}
	return 'unknown';
}

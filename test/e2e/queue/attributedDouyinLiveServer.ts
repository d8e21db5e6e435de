/**
 * The local Douyin live server, unchanged in what it answers, that also notes which n8n process sent each
 * request (see connectionOwner.ts) and which Douyin error code it answered, so the suite can count token
 * fetches, rate-limit refusals (40007) and refused tokens (40022) per process.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

import { DouyinLiveServer } from '../../servers/douyinLive/DouyinLiveServer';
import { ownerOfConnection } from './connectionOwner';

export interface AttributedRequest {
	path: string;
	process: string;
	/** err_no or errcode of the answer; undefined when the answer was not a Douyin envelope. */
	code?: number;
}

export class AttributedDouyinLiveServer extends DouyinLiveServer {
	readonly attributed: AttributedRequest[] = [];
	/** pid → process name; the suite fills it as n8n processes (re)start. */
	readonly processes = new Map<number, string>();
	private readonly owners = new WeakMap<Socket, Promise<string>>();

	protected async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const socket = req.socket;
		let owner = this.owners.get(socket);
		if (!owner) {
			// Looked up while the connection is open, once per connection (keep-alive reuses it).
			owner = ownerOfConnection(socket.remotePort ?? 0, socket.localPort ?? 0, this.processes);
			this.owners.set(socket, owner);
		}
		const record: AttributedRequest = {
			path: new URL(req.url ?? '/', 'http://127.0.0.1').pathname,
			process: await owner,
		};
		this.attributed.push(record);
		const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
		(res as unknown as { end: (...args: unknown[]) => ServerResponse }).end = (...args) => {
			const [chunk] = args;
			if (typeof chunk === 'string' || Buffer.isBuffer(chunk)) {
				const code = /"(?:err_no|errcode)":(-?\d+)/.exec(chunk.toString())?.[1];
				if (code !== undefined) record.code = Number(code);
			}
			return end(...args);
		};
		return super.handle(req, res);
	}

	/** Per process: how many requests went to `path`, and how many of those were answered with `code`. */
	countBy(filter: (r: AttributedRequest) => boolean): Record<string, number> {
		const counts: Record<string, number> = {};
		for (const r of this.attributed.filter(filter))
			counts[r.process] = (counts[r.process] ?? 0) + 1;
		return counts;
	}
}

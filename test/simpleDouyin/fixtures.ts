import { SimpleDouyin } from '../../nodes/SimpleDouyin/SimpleDouyin.node';
import { clearSimpleDouyinSessions } from '../../nodes/SimpleDouyin/transport/session';
import { executeNode } from '../helpers/n8nEngine';
import {
	SimpleDouyinServer,
	type SimpleDouyinServerOptions,
} from '../servers/simpleDouyin/SimpleDouyinServer';

export const nodeType = new SimpleDouyin();

export const ALICE = { username: 'alice', password: 'alice-password' };

export async function startServer(options: SimpleDouyinServerOptions = {}) {
	clearSimpleDouyinSessions();
	const server = await new SimpleDouyinServer(options).start();
	const world = server.seedDemo();
	return { server, ...world };
}

export function passwordCredentials(
	server: SimpleDouyinServer,
	overrides: Record<string, string> = {},
) {
	return {
		simpleDouyinApi: {
			baseUrl: server.baseUrl,
			authMode: 'password',
			username: ALICE.username,
			password: ALICE.password,
			...overrides,
		},
	};
}

export function tokenCredentials(server: SimpleDouyinServer, token: string) {
	return { simpleDouyinApi: { baseUrl: server.baseUrl, authMode: 'token', token } };
}

export interface RunOptions {
	items?: Array<Record<string, unknown>>;
	binary?: Parameters<typeof executeNode>[0]['binary'];
	continueOnFail?: boolean;
	credentials?: Record<string, Record<string, string>>;
}

export function runner(getServer: () => SimpleDouyinServer) {
	return (parameters: Record<string, unknown>, options: RunOptions = {}) =>
		executeNode({
			nodeType,
			parameters: parameters as never,
			credentials: options.credentials ?? passwordCredentials(getServer()),
			items: options.items as never,
			binary: options.binary,
			continueOnFail: options.continueOnFail,
		});
}

/** Above Number.MAX_SAFE_INTEGER: any number conversion on the way would change it. */
export function isUnsafeId(id: unknown): boolean {
	return typeof id === 'string' && /^\d+$/.test(id) && !Number.isSafeInteger(Number(id));
}

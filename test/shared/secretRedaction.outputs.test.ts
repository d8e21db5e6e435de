/**
 * A careless (or hostile) server that repeats what it was sent in a *successful* answer: the access token
 * header, the companion token, the session cookie. The node is `usableAsTool`, so its output items are an AI
 * agent's context: they pass the same shared redaction as errors. Each case runs through n8n's engine.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

import { DouyinLive } from '../../nodes/DouyinLive/DouyinLive.node';
import { DouyinOpen } from '../../nodes/DouyinOpen/DouyinOpen.node';
import { douyinOpenTokenCache, latestTokens } from '../../nodes/DouyinOpen/transport/tokenStore';
import { douyinLiveTokenCache } from '../../nodes/DouyinLive/transport/tokenCache';
import { SimpleDouyin } from '../../nodes/SimpleDouyin/SimpleDouyin.node';
import { TikTokLive } from '../../nodes/TikTokLive/TikTokLive.node';
import {
	APP as OPEN_APP,
	credentialsFor as openCredentials,
	startOpenServer,
} from '../douyinOpen/fixtures';
import { executeNode } from '../helpers/n8nEngine';
import { LocalApiServer } from '../servers/testHttpServer';
import { runner, startServer, tokenCredentials } from '../simpleDouyin/fixtures';
import { SESSION_ID } from '../tiktokLive/connectionFixtures';

const APP_TOKEN = 'act.ECHOED-TOKEN-123456';
const APP_SECRET = 'app-secret-ECHOED-7890';
const COMPANION_TOKEN = 'companion-ECHOED-4711';

/** Everything the request carried, as one string a server might repeat anywhere in its answer. */
async function echoOf(req: IncomingMessage): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of req) chunks.push(chunk as Buffer);
	return `${JSON.stringify(req.headers)} ${req.url} ${Buffer.concat(chunks).toString('utf8')}`;
}

/** Answers Douyin Live's token endpoint, then every other call with a success that repeats the request. */
class EchoingDouyinLive extends LocalApiServer<{ path: string }> {
	protected async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const echo = await echoOf(req);
		const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
		this.requests.push({ path });
		res.setHeader('content-type', 'application/json');
		if (path === '/api/apps/v2/token') {
			res.end(
				JSON.stringify({
					err_no: 0,
					err_tips: 'success',
					data: { access_token: APP_TOKEN, expires_in: 7200 },
				}),
			);
			return;
		}
		const item = { echo, msg_id: '1', roomid: '1', msg_type: 'live_gift', payload: echo };
		res.end(
			JSON.stringify({
				err_no: 0,
				errcode: 0,
				err_msg: 'success',
				err_tips: echo,
				logid: echo,
				data: {
					echo,
					task_id: '1',
					status: 2,
					info: { echo, room_id: '1', anchor_open_id: echo, nick_name: echo },
					data_list: [item],
					page_num: 1,
					total_count: 1,
					success_top_gift_id_list: [echo],
					list: [{ echo, open_id: 'u1' }],
				},
			}),
		);
	}
}

describe('echoed secrets never reach the output items', () => {
	let server: EchoingDouyinLive;
	beforeAll(async () => {
		server = await new EchoingDouyinLive().start();
	});
	afterAll(() => server.stop());

	it.each<[string, Record<string, unknown>]>([
		[
			'Task › Start',
			{ resource: 'task', operation: 'start', roomId: '1', msgTypes: ['live_gift'] },
		],
		['Task › Stop', { resource: 'task', operation: 'stop', roomId: '1', msgTypes: ['live_gift'] }],
		[
			'Task › Get Status',
			{ resource: 'task', operation: 'getStatus', roomId: '1', msgTypes: ['live_gift'] },
		],
		[
			'Failed Data › Get Many',
			{ resource: 'failedData', operation: 'getMany', roomId: '1', msgType: 'live_gift' },
		],
		[
			'Room › Get Info',
			{ resource: 'room', operation: 'getInfo', companionToken: COMPANION_TOKEN },
		],
	])(
		'Douyin Live %s: the app token, App Secret and companion token echoed in a success',
		async (_name, parameters) => {
			douyinLiveTokenCache.clear();
			const { items, error } = await executeNode({
				nodeType: new DouyinLive(),
				parameters: parameters as never,
				credentials: {
					douyinLiveGameApi: {
						appId: 'tt-echo',
						appSecret: APP_SECRET,
						pushSecret: 'push-secret-1234',
						tokenBaseUrl: server.url,
						webcastBaseUrl: server.url,
					},
				},
			});
			expect(error).toBeUndefined();
			const output = JSON.stringify(items);
			// The echo did arrive (so the test can fail), with the secrets replaced.
			expect(output).toContain('***');
			for (const secret of [APP_TOKEN, APP_SECRET, COMPANION_TOKEN])
				expect(output).not.toContain(secret);
		},
	);

	it('TikTok LIVE Room › Get Info: the session cookie echoed in a success', async () => {
		const echo = await new (class extends LocalApiServer<{ path: string }> {
			protected async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
				const text = await echoOf(req);
				res.setHeader('content-type', 'application/json');
				res.end(
					JSON.stringify({
						status_code: 0,
						data: {
							id_str: '7312345678901234567',
							status: 2,
							title: text,
							owner: { nickname: text },
						},
						extra: { echo: text },
					}),
				);
			}
		})().start();
		try {
			const { items, error } = await executeNode({
				nodeType: new TikTokLive(),
				parameters: {
					resource: 'room',
					operation: 'getInfo',
					roomId: '7312345678901234567',
				} as never,
				credentials: {
					tikTokLiveApi: {
						fetchMode: 'direct',
						sessionToken: SESSION_ID,
						webBaseUrl: echo.url,
						webcastBaseUrl: echo.url,
					} as never,
				},
			});
			expect(error).toBeUndefined();
			const output = JSON.stringify(items);
			expect(output).toContain('***');
			expect(output).not.toContain(SESSION_ID);
		} finally {
			await echo.stop();
		}
	});
});

describe('echoed secrets never reach the output items (Douyin Open)', () => {
	it('Get Quota: the user token and client secret echoed in a successful answer', async () => {
		douyinOpenTokenCache.clear();
		latestTokens.clear();
		const started = await startOpenServer();
		try {
			const { accessToken, refreshToken } = started.tokens;
			const echo = `token ${accessToken} refresh ${refreshToken} secret ${OPEN_APP.clientSecret}`;
			started.server.injectFault('/im/group/count/', {
				kind: 'envelope',
				body: {
					left_count: 3,
					note: echo,
					extra: { error_code: 0, description: '', logid: echo },
				},
			});
			const { items, error } = await executeNode({
				nodeType: new DouyinOpen(),
				parameters: { resource: 'imGroup', operation: 'getQuota' } as never,
				credentials: openCredentials(started),
			});
			expect(error).toBeUndefined();
			const output = JSON.stringify(items);
			expect(output).toContain('***');
			for (const secret of [accessToken, refreshToken, OPEN_APP.clientSecret])
				expect(output).not.toContain(secret);
		} finally {
			await started.server.stop();
		}
	});
});

describe('echoed secrets never reach the output items (Simple Douyin)', () => {
	it('User › Get: a fixed token echoed in a successful answer', async () => {
		const { server, alice } = await startServer();
		try {
			const token = server.issueToken(alice.id);
			server.injectFault('user', {
				kind: 'envelope',
				body: {
					status_code: 0,
					status_msg: `ok for ${token}`,
					user: { id: alice.id, name: `alice ${token}`, signature: token },
				},
			});
			const { items, error } = await runner(() => server)(
				{ resource: 'user', operation: 'get' },
				{ credentials: tokenCredentials(server, token) },
			);
			expect(error).toBeUndefined();
			const output = JSON.stringify(items);
			expect(output).toContain('***');
			expect(output).not.toContain(token);
		} finally {
			await server.stop();
		}
	});
});

describe('echoed secrets never reach a credential Test message', () => {
	it('Simple Douyin (fixed token): "The token belongs to …" does not repeat a token echoed as the name', async () => {
		const { server, alice } = await startServer();
		try {
			const token = server.issueToken(alice.id);
			server.injectFault('user', {
				kind: 'envelope',
				body: { status_code: 0, user: { id: alice.id, name: `user of ${token}` } },
			});
			const result = await new SimpleDouyin().methods.credentialTest.simpleDouyinApiTest.call(
				{} as never,
				{
					id: 'c',
					name: 'c',
					type: 'simpleDouyinApi',
					data: tokenCredentials(server, token).simpleDouyinApi,
				},
			);
			expect(result.status).toBe('OK');
			expect(result.message).toContain('***');
			expect(result.message).not.toContain(token);
		} finally {
			await server.stop();
		}
	});
});

/**
 * Every family's errors pass through one redaction (nodes/shared/errors.ts redactError) with the secrets
 * and tokens of the call. Each case here has a careless server repeat what it was sent (token, secret,
 * API key, session cookie) in its error text and body, and checks the NodeApiError n8n records — message,
 * description, cause, context, attached body — and any Continue On Fail item.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

import { DouyinOpen } from '../../nodes/DouyinOpen/DouyinOpen.node';
import { douyinOpenTokenCache, latestTokens } from '../../nodes/DouyinOpen/transport/tokenStore';
import { ApiError, redactError, redactSecrets, redactValue } from '../../nodes/shared/errors';
import { SignServerClient } from '../../nodes/TikTokLive/transport/SignServerClient';
import { TikTokLive } from '../../nodes/TikTokLive/TikTokLive.node';
import { executeNode } from '../helpers/n8nEngine';
import {
	APP as OPEN_APP,
	credentialsFor as openCredentials,
	startOpenServer,
} from '../douyinOpen/fixtures';
import { ALICE, runner, startServer, tokenCredentials } from '../simpleDouyin/fixtures';
import { LocalApiServer } from '../servers/testHttpServer';
import { SESSION_ID, SIGN_API_KEY } from '../tiktokLive/connectionFixtures';

/** What n8n keeps of a node error, without the node itself (whose parameters are the user's own input). */
function everythingOf(error: unknown): string {
	const { node: _node, ...rest } = (error ?? {}) as Record<string, unknown>;
	return JSON.stringify({
		rest,
		message: rest.message,
		description: rest.description,
		cause: rest.cause,
		context: rest.context,
		errorResponse: rest.errorResponse,
		messages: rest.messages,
		stack: rest.stack,
	});
}

/** A server that answers every request with `answer(request)`: the careless echo of each test. */
class EchoServer extends LocalApiServer<{ path: string }> {
	constructor(
		private readonly answer: (
			req: IncomingMessage,
			body: string,
		) => { status: number; body: unknown },
	) {
		super();
	}

	protected async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const chunks: Buffer[] = [];
		for await (const chunk of req) chunks.push(chunk as Buffer);
		this.requests.push({ path: new URL(req.url ?? '/', 'http://127.0.0.1').pathname });
		const { status, body } = this.answer(req, Buffer.concat(chunks).toString('utf8'));
		res.statusCode = status;
		res.setHeader('content-type', 'application/json');
		res.end(JSON.stringify(body));
	}
}

describe('the shared redaction', () => {
	it('replaces a secret as is, escaped in JSON and URL-encoded, in text, keys and nested values', () => {
		const secret = 'p@ss "word"/1';
		const text = `a=${secret} b=${JSON.stringify(secret)} c=${encodeURIComponent(secret)}`;
		expect(redactSecrets(text, [secret])).toBe('a=*** b="***" c=***');
		expect(redactValue({ [secret]: [{ deep: `x${secret}` }] }, [secret])).toEqual({
			'***': [{ deep: 'x***' }],
		});
	});

	it('redacts an ApiError in place: message, hint, body, stack and cause, keeping its class', () => {
		class Special extends ApiError {}
		const error = new Special({
			service: 'S',
			message: 'bad tok-123456',
			hint: 'retry tok-123456',
			body: { echo: 'tok-123456' },
		});
		(error as { cause?: unknown }).cause = new Error('inner tok-123456');
		const redacted = redactError(error, ['tok-123456']);
		expect(redacted).toBe(error);
		expect(redacted).toBeInstanceOf(Special);
		expect(
			everythingOf({
				...redacted.details,
				stack: redacted.stack,
				cause: String((redacted as { cause?: unknown }).cause),
			}),
		).not.toContain('tok-123456');
		expect(redacted.message).toBe('bad ***');
	});
});

describe('echoed secrets never reach an n8n error', () => {
	it('Douyin Open: the user token, refresh token and client secret echoed by an IM call', async () => {
		douyinOpenTokenCache.clear();
		latestTokens.clear();
		const started = await startOpenServer();
		try {
			const { accessToken, refreshToken } = started.tokens;
			started.server.injectFault('/im/group/count/', {
				kind: 'envelope',
				body: {
					data: {
						error_code: 28001003,
						description: `bad param: access-token=${accessToken} refresh=${refreshToken} secret=${OPEN_APP.clientSecret}`,
						echo: { token: accessToken, secret: OPEN_APP.clientSecret },
					},
					extra: { error_code: 28001003, description: `token ${accessToken}`, logid: 'L1' },
				},
			});
			const run = (continueOnFail: boolean) =>
				executeNode({
					nodeType: new DouyinOpen(),
					parameters: { resource: 'imGroup', operation: 'getQuota' } as never,
					credentials: openCredentials(started),
					continueOnFail,
				});
			const { error } = await run(false);
			expect(error?.message).toContain('[28001003]');
			for (const secret of [accessToken, refreshToken, OPEN_APP.clientSecret])
				expect(everythingOf(error)).not.toContain(secret);
			started.server.injectFault('/im/group/count/', {
				kind: 'envelope',
				body: {
					data: { error_code: 28001003, description: `bad param: ${accessToken}` },
					extra: { error_code: 28001003, logid: 'L2' },
				},
			});
			const { items } = await run(true);
			expect(items[0].json.error).toBeDefined();
			expect(JSON.stringify(items)).not.toContain(accessToken);
		} finally {
			await started.server.stop();
		}
	});

	it('Simple Douyin: a fixed token and a login password echoed in status_msg, errmsg and the body', async () => {
		const { server, alice } = await startServer();
		try {
			const token = server.issueToken(alice.id);
			server.injectFault('user', {
				kind: 'envelope',
				body: {
					status_code: 1,
					status_msg: `other error for token ${token}`,
					errmsg: [`token=${token}`],
					echo: { token },
				},
			});
			const run = runner(() => server);
			const fixed = await run(
				{ resource: 'user', operation: 'get' },
				{ credentials: tokenCredentials(server, token) },
			);
			expect(fixed.error?.message).toContain('[1]');
			expect(everythingOf(fixed.error)).not.toContain(token);
			server.injectFault('login', {
				kind: 'envelope',
				body: {
					status_code: 1,
					status_msg: `wrong password ${ALICE.password}`,
					errmsg: [`password=${ALICE.password}`],
				},
			});
			const login = await run({ resource: 'user', operation: 'get' });
			expect(login.error).toBeDefined();
			expect(everythingOf(login.error)).not.toContain(ALICE.password);
		} finally {
			await server.stop();
		}
	});

	it('TikTok LIVE: the session cookie echoed by a webcast error, also in a Continue On Fail item', async () => {
		const echo = await new EchoServer((req) => ({
			status: 200,
			body: {
				status_code: 4003110,
				data: { message: `refused cookie ${String(req.headers.cookie)}` },
				extra: { cookie: req.headers.cookie },
			},
		})).start();
		try {
			const run = (continueOnFail: boolean) =>
				executeNode({
					nodeType: new TikTokLive(),
					parameters: {
						resource: 'room',
						operation: 'getInfo',
						roomId: '7312345678901234567',
					} as never,
					continueOnFail,
					credentials: {
						tikTokLiveApi: {
							fetchMode: 'direct',
							sessionToken: SESSION_ID,
							webBaseUrl: echo.url,
							webcastBaseUrl: echo.url,
						} as never,
					},
				});
			const { error } = await run(false);
			expect(error?.message).toContain('4003110');
			expect(everythingOf(error)).toContain('***');
			expect(everythingOf(error)).not.toContain(SESSION_ID);
			const { items } = await run(true);
			expect(items[0].json.error).toBeDefined();
			expect(JSON.stringify(items)).not.toContain(SESSION_ID);
		} finally {
			await echo.stop();
		}
	});

	it.each([401, 500])(
		'TikTok LIVE sign server: the API key and session id echoed in a %s answer',
		async (status) => {
			const echo = await new EchoServer((req) => ({
				status,
				body: {
					message: `key ${String(req.headers['x-api-key'])} refused; session ${new URL(req.url ?? '/', 'http://x').searchParams.get('session_id')}`,
					echo: { key: req.headers['x-api-key'] },
				},
			})).start();
			try {
				const client = new SignServerClient({
					baseUrl: echo.url,
					apiKey: SIGN_API_KEY,
					sessionId: SESSION_ID,
				});
				const error = await client
					.fetchWebcast({ roomId: '1', userAgent: 'test' })
					.catch((e: unknown) => e);
				expect(error).toBeInstanceOf(ApiError);
				const text = JSON.stringify({
					message: (error as ApiError).message,
					details: (error as ApiError).details,
					stack: (error as ApiError).stack,
				});
				expect(text).not.toContain(SIGN_API_KEY);
				expect(text).not.toContain(SESSION_ID);
			} finally {
				await echo.stop();
			}
		},
	);
});

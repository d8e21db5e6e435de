import { DouyinLiveClient } from '../../nodes/DouyinLive/transport/DouyinLiveClient';
import { douyinLiveTokenCache } from '../../nodes/DouyinLive/transport/tokenCache';
import { ApiError } from '../../nodes/shared/errors';
import type { DouyinLiveServer } from '../servers/douyinLive/DouyinLiveServer';
import { APP, COMPANION_TOKEN, ROOM_ID, startDouyinServer } from './fixtures';

describe('DouyinLiveClient against the local Douyin server', () => {
	let server: DouyinLiveServer;
	const client = (timeoutMs?: number) =>
		new DouyinLiveClient(
			{ ...APP, tokenBaseUrl: server.url, webcastBaseUrl: server.url },
			{ timeoutMs },
		);

	beforeEach(async () => {
		douyinLiveTokenCache.clear();
		server = await startDouyinServer();
	});
	afterEach(() => server.stop());

	it('gives 30 concurrent calls from separate clients one token fetch', async () => {
		const statuses = await Promise.all(
			Array.from({ length: 30 }, () => client().getTaskStatus(ROOM_ID, 'live_gift')),
		);
		expect(statuses.every((s) => s.status === 2)).toBe(true);
		expect(server.tokenFetches).toBe(1);
		expect(server.rateLimitedAnswers).toBe(0);
	});

	it('refreshes the token once on 40004 from the errcode family (webcastmate/info)', async () => {
		await client().getRoomInfo(COMPANION_TOKEN);
		server.expireAllTokens();
		const info = await client().getRoomInfo(COMPANION_TOKEN);
		expect(info.roomId).toBe(ROOM_ID);
		expect(server.tokenFetches).toBe(2);
	});

	it('gives up after one refresh when Douyin keeps rejecting the token', async () => {
		server.injectFault(
			'/api/live_data/task/get',
			{ kind: 'envelope', body: { err_no: 40022, err_msg: 'invalid access token', logid: 'L1' } },
			5,
		);
		const error = await client()
			.getTaskStatus(ROOM_ID, 'live_gift')
			.catch((e: ApiError) => e);
		expect(error).toBeInstanceOf(ApiError);
		expect((error as ApiError).details).toMatchObject({ code: 40022, logId: 'L1' });
		expect(server.tokenFetches).toBe(2);
	});

	it('names a timeout, after retrying the idempotent call', async () => {
		server.injectFault('/api/live_data/task/get', { kind: 'delay', ms: 1500 }, 3);
		const error = await client(200)
			.getTaskStatus(ROOM_ID, 'live_gift')
			.catch((e: ApiError) => e);
		expect((error as ApiError).message).toMatch(/did not answer within 200 ms/);
		expect(server.requestsTo('/api/live_data/task/get')).toHaveLength(3);
	});

	it('never puts the App Secret into an error, even when the server echoes it', async () => {
		server.injectFault('/api/apps/v2/token', {
			kind: 'status',
			status: 502,
			body: `<html>bad gateway for secret=${APP.appSecret}</html>`,
		});
		const error = await client()
			.getAccessToken()
			.catch((e: ApiError) => e);
		expect((error as ApiError).message).toMatch(/HTML page/);
		expect(
			JSON.stringify({
				message: (error as ApiError).message,
				details: (error as ApiError).details,
			}),
		).not.toContain(APP.appSecret);
	});

	it('refuses paging parameters Douyin would reject, before calling it', async () => {
		await expect(client().getFailData(ROOM_ID, 'live_gift', 0, 10)).rejects.toThrow(
			/Page must be a whole number from 1/,
		);
		await expect(client().getFailData(ROOM_ID, 'live_gift', 1, 101)).rejects.toThrow(
			/Page Size must be 1 to 100/,
		);
		expect(server.requestsTo('/api/live_data/task/fail_data/get')).toHaveLength(0);
	});
});

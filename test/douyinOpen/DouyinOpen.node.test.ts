import { DouyinOpen } from '../../nodes/DouyinOpen/DouyinOpen.node';
import { testDouyinOpenCredential } from '../../nodes/DouyinOpen/credentials';
import { clearDouyinOpenTokens } from '../../nodes/DouyinOpen/transport/tokenStore';
import { executeNode } from '../helpers/n8nEngine';
import {
	APP,
	COUPON_ACTIVITY_ID,
	COUPON_META_ID,
	GROUP_ID,
	OWNER,
	credentialsFor,
	startOpenServer,
	type Started,
} from './fixtures';

const nodeType = new DouyinOpen();

describe('Douyin Open node through the n8n execution engine', () => {
	let started: Started;

	beforeEach(async () => {
		clearDouyinOpenTokens();
		started = await startOpenServer();
	});
	afterEach(() => started.server.stop());

	const run = (
		parameters: Record<string, unknown>,
		options: {
			items?: Array<Record<string, unknown>>;
			continueOnFail?: boolean;
			credentials?: ReturnType<typeof credentialsFor>;
		} = {},
	) =>
		executeNode({
			nodeType,
			parameters: { resource: 'imGroup', ...parameters } as never,
			credentials: options.credentials ?? credentialsFor(started),
			items: options.items as never,
			continueOnFail: options.continueOnFail,
		});

	const lastBody = (path: string) => {
		const requests = started.server.requestsTo(path);
		return requests[requests.length - 1];
	};

	describe('operations', () => {
		it('gets the quota with access-token header and open_id query', async () => {
			const { items, error } = await run({ operation: 'getQuota' });
			expect(error).toBeUndefined();
			expect(items[0].json).toMatchObject({ leftCount: 3, logId: expect.any(String) });
			const request = lastBody('/im/group/count/');
			expect(request.headers['access-token']).toBe(started.tokens.accessToken);
			expect(request.headers.authorization).toBeUndefined();
			expect(request.query.open_id).toBe(OWNER);
		});

		it('creates a group with its thresholds as 0/1 flags, open_id in the query of the POST', async () => {
			const { items, error } = await run({
				operation: 'create',
				groupName: 'New Fans',
				groupDescription: 'Hello fans',
				avatarUri: 'https://example.invalid/avatar.png',
				groupType: 5,
				additionalFields: {
					openAuditSwitch: true,
					allowInvite: false,
					fansLimit: 3,
					relationType: 7,
					activeFans: true,
				},
			});
			expect(error).toBeUndefined();
			expect(items[0].json).toMatchObject({
				groupId: expect.stringMatching(/^@/),
				groupName: 'New Fans',
			});
			const request = lastBody('/im/group/fans/create/');
			expect(request.query.open_id).toBe(OWNER);
			expect(JSON.parse(request.body)).toEqual({
				group_name: 'New Fans',
				description: 'Hello fans',
				avatar_uri: 'https://example.invalid/avatar.png',
				group_type: 5,
				active_fans: 1,
				fans_limit: 3,
				relation_type: 7,
				allow_invite: 0,
				open_audit_switch: 1,
			});
			expect(started.server.quota.get(OWNER)).toBe(2);
		});

		it('lists the groups of the account with camelCase fields, and applies the limit', async () => {
			started.server.addGroup(OWNER, '@second=', 'Second');
			let { items } = await run({ operation: 'getMany', returnAll: true });
			expect(items.map((i) => i.json.groupId)).toEqual([GROUP_ID, '@second=']);
			expect(items[0].json).toMatchObject({
				groupName: 'Fans of Owner',
				existNum: 3,
				maxNum: 500,
				status: 'Normal',
			});
			({ items } = await run({ operation: 'getMany', returnAll: false, limit: 1 }));
			expect(items).toHaveLength(1);
		});

		it('reads every pending join request across pages, following has_more past short pages, cursors exact', async () => {
			for (let i = 0; i < 7; i++)
				started.server.addJoinRequest(GROUP_ID, `user${i}`, i === 3 || i === 4 ? 2 : 1);
			const { items, error } = await run({
				operation: 'getJoinRequests',
				returnAll: true,
				options: { pageSize: 2 },
			});
			expect(error).toBeUndefined();
			expect(items.map((i) => i.json.userId)).toEqual([
				'user0',
				'user1',
				'user2',
				'user5',
				'user6',
			]);
			expect(items[0].json).toMatchObject({
				applyId: expect.any(String),
				applyStatus: 1,
				groupId: GROUP_ID,
			});
			const cursors = started.server
				.requestsTo('/im/group/enter/audit/get/')
				.map((r) => r.query.cursor);
			// 7300000000000000002 is above 2^53: a number conversion would have sent 7300000000000000000.
			expect(cursors).toEqual([
				'0',
				'7300000000000000002',
				'7300000000000000004',
				'7300000000000000006',
			]);
			expect(items[4].json.nextCursor).toBe('7300000000000000007');
		});

		it('stops at the limit, and continues from a start cursor', async () => {
			for (let i = 0; i < 5; i++) started.server.addJoinRequest(GROUP_ID, `user${i}`);
			let { items } = await run({
				operation: 'getJoinRequests',
				returnAll: false,
				limit: 2,
				options: { pageSize: 2 },
			});
			expect(items.map((i) => i.json.userId)).toEqual(['user0', 'user1']);
			expect(started.server.requestsTo('/im/group/enter/audit/get/')).toHaveLength(1);
			({ items } = await run({
				operation: 'getJoinRequests',
				returnAll: true,
				options: { pageSize: 50, cursor: String(items[1].json.nextCursor) },
			}));
			expect(items.map((i) => i.json.userId)).toEqual(['user2', 'user3', 'user4']);
		});

		it('approves and rejects join requests', async () => {
			const a = started.server.addJoinRequest(GROUP_ID, 'userA');
			const b = started.server.addJoinRequest(GROUP_ID, 'userB');
			const approved = await run({ operation: 'approveJoinRequest', applyId: a.apply_id });
			const rejected = await run({ operation: 'rejectJoinRequest', applyId: b.apply_id });
			expect(approved.items[0].json).toMatchObject({
				applyId: a.apply_id,
				decision: 'approved',
				success: true,
			});
			expect(rejected.items[0].json).toMatchObject({
				applyId: b.apply_id,
				decision: 'rejected',
				success: true,
			});
			expect([a.apply_status, b.apply_status]).toEqual([2, 3]);
			expect(JSON.parse(lastBody('/im/group/enter/audit/set/').body)).toEqual({
				apply_id: b.apply_id,
				status: 3,
			});
		});

		it('sets a welcome message of text, mini app card and coupon, coupon ids as exact bare integers', async () => {
			const { items, error } = await run({
				operation: 'setSetting',
				groupId: GROUP_ID,
				settingType: 'welcome',
				messages: {
					message: [
						{ messageType: 'text', text: 'Welcome!' },
						{
							messageType: 'appletCard',
							cardTemplateId: 'tpl1',
							appId: 'tt123',
							path: 'pages/index',
							query: 'a=1',
						},
						{ messageType: 'coupon', activityId: COUPON_ACTIVITY_ID, couponMetaId: COUPON_META_ID },
					],
				},
			});
			expect(error).toBeUndefined();
			expect(items[0].json).toMatchObject({
				groupId: GROUP_ID,
				settingType: 'welcome',
				messageCount: 3,
				success: true,
			});
			const raw = lastBody('/im/group/setting/set/').body;
			expect(raw).toContain(`"activity_id":${COUPON_ACTIVITY_ID}`);
			expect(raw).toContain(`"coupon_meta_id":${COUPON_META_ID}`);
			const sent = JSON.parse(raw.replace(/(\d{16,})/g, '"$1"'));
			expect(sent).toMatchObject({ group_id: GROUP_ID, group_setting_type: 1 });
			expect(sent.msg_list[0]).toEqual({ msg_type: 1, text: { text: 'Welcome!' } });
			expect(sent.msg_list[1]).toEqual({
				msg_type: 10,
				applet_card: {
					card_template_id: 'tpl1',
					app_id: 'tt123',
					path: 'pages/index',
					query: 'a=1',
				},
			});
			expect(started.server.groups.get(GROUP_ID)!.settings[1]).toHaveLength(3);
		});

		it('disables the notice', async () => {
			started.server.groups.get(GROUP_ID)!.settings[2] = [{ msg_type: 1, text: { text: 'old' } }];
			const { items } = await run({
				operation: 'disableSetting',
				groupId: GROUP_ID,
				settingType: 'notice',
			});
			expect(items[0].json).toMatchObject({
				groupId: GROUP_ID,
				settingType: 'notice',
				disabled: true,
			});
			expect(started.server.groups.get(GROUP_ID)!.settings[2]).toBeUndefined();
			expect(JSON.parse(lastBody('/im/group/setting/disable/').body)).toEqual({
				group_id: GROUP_ID,
				group_setting_type: 2,
			});
		});

		it.each([
			['text', { text: 'hello' }, { msg_type: 1, text: { text: 'hello' } }],
			['image', { mediaId: 'media-1' }, { msg_type: 2, image: { media_id: 'media-1' } }],
			[
				'video',
				{ itemId: '7214015683695250235' },
				{ msg_type: 3, video: { item_id: '7214015683695250235' } },
			],
			['card', { cardId: 'card-9' }, { msg_type: 8, retain_consult_card: { card_id: 'card-9' } }],
			[
				'appletCard',
				{ cardTemplateId: 'tpl', appId: 'tt1', schema: 'sslocal://x' },
				{
					msg_type: 10,
					applet_card: { card_template_id: 'tpl', app_id: 'tt1', schema: 'sslocal://x' },
				},
			],
		])('sends a %s message', async (messageType, fields, content) => {
			const { items, error } = await run({
				operation: 'sendMessage',
				target: 'groupId',
				groupId: GROUP_ID,
				messageType,
				...fields,
			});
			expect(error).toBeUndefined();
			expect(items[0].json).toMatchObject({
				groupId: GROUP_ID,
				msgId: expect.stringMatching(/^@msg/),
				messageType,
			});
			expect(JSON.parse(lastBody('/im/send/msg/group/').body)).toEqual({
				group_id: GROUP_ID,
				content,
			});
		});

		it('sends custom JSON content exactly as typed, and by group token', async () => {
			started.server.groupTokens.set('gt-secret-token', GROUP_ID);
			const contentJson =
				'{"msg_type": 1, "text": {"text": "raw"}, "extra_id": 92233720368547758071}';
			const { items, error } = await run({
				operation: 'sendMessage',
				target: 'groupToken',
				groupToken: 'gt-secret-token',
				messageType: 'json',
				contentJson,
			});
			expect(error).toBeUndefined();
			expect(items[0].json.msgId).toMatch(/^@msg/);
			expect(lastBody('/im/send/msg/group/').body).toBe(
				`{"content":${contentJson},"group_token":"gt-secret-token"}`,
			);
			expect(JSON.stringify(items[0].json)).not.toContain('gt-secret-token');
		});

		it('recalls a message it sent', async () => {
			const sent = await run({
				operation: 'sendMessage',
				target: 'groupId',
				groupId: GROUP_ID,
				messageType: 'text',
				text: 'oops',
			});
			const msgId = sent.items[0].json.msgId as string;
			const { items, error } = await run({ operation: 'recallMessage', groupId: GROUP_ID, msgId });
			expect(error).toBeUndefined();
			expect(items[0].json).toMatchObject({ groupId: GROUP_ID, msgId, recalled: true });
			expect(JSON.parse(lastBody('/im/recall/msg/').body)).toEqual({
				conversation_id: GROUP_ID,
				conversation_type: 2,
				msg_id: msgId,
			});
			expect(started.server.messages.get(msgId)!.recalled).toBe(true);
		});

		it('builds the authorization URL, and the simulated authorize page redirects with a code the token endpoint accepts', async () => {
			const { items } = await run({
				resource: 'authorization',
				operation: 'getUrl',
				redirectUri: 'https://example.invalid/cb',
				scopes: ['im.group_fans.create_list', 'im.group_message'],
				state: 'xyz',
			});
			const url = new URL(items[0].json.url as string);
			expect(url.pathname).toBe('/platform/oauth/connect/');
			expect(Object.fromEntries(url.searchParams)).toEqual({
				client_key: APP.clientKey,
				response_type: 'code',
				scope: 'im.group_fans.create_list,im.group_message',
				redirect_uri: 'https://example.invalid/cb',
				state: 'xyz',
			});
			const redirect = await fetch(url, { redirect: 'manual' });
			const location = new URL(redirect.headers.get('location')!);
			expect(location.searchParams.get('state')).toBe('xyz');
			const { DouyinOpenClient } =
				await import('../../nodes/DouyinOpen/transport/DouyinOpenClient');
			const tokens = await new DouyinOpenClient({
				...APP,
				baseUrl: started.server.url,
			}).exchangeCode(location.searchParams.get('code')!);
			expect(tokens).toMatchObject({
				accessToken: expect.stringMatching(/^act\./),
				refreshToken: expect.stringMatching(/^rft\./),
				openId: OWNER,
				scope: 'im.group_fans.create_list,im.group_message',
				expiresIn: 1296000,
			});
			expect(started.server.requestsTo('/oauth/access_token/')[0].headers['content-type']).toBe(
				'application/x-www-form-urlencoded',
			);
		});
	});

	describe('tokens', () => {
		it('refreshes an expired access token once with the refresh token, and reuses the refreshed one', async () => {
			started.server.expireAccessTokens();
			const first = await run({ operation: 'getQuota' });
			expect(first.error).toBeUndefined();
			expect(first.items[0].json.leftCount).toBe(3);
			const second = await run({ operation: 'getQuota' });
			expect(second.items[0].json.leftCount).toBe(3);
			expect(started.server.refreshCalls).toBe(1);
			const refresh = started.server.requestsTo('/oauth/refresh_token/')[0];
			expect(Object.fromEntries(new URLSearchParams(refresh.body))).toEqual({
				client_key: APP.clientKey,
				grant_type: 'refresh_token',
				refresh_token: started.tokens.refreshToken,
			});
			const tokensUsed = started.server
				.requestsTo('/im/group/count/')
				.map((r) => r.headers['access-token']);
			expect(tokensUsed[0]).toBe(started.tokens.accessToken);
			expect(tokensUsed[1]).not.toBe(started.tokens.accessToken);
			expect(tokensUsed[2]).toBe(tokensUsed[1]);
		});

		it('works from a refresh token alone', async () => {
			const { items, error } = await run(
				{ operation: 'getQuota' },
				{ credentials: credentialsFor(started, { accessToken: '' }) },
			);
			expect(error).toBeUndefined();
			expect(items[0].json.leftCount).toBe(3);
			expect(started.server.refreshCalls).toBe(1);
		});

		it('asks to authorize again when the refresh token expired too, without showing any token', async () => {
			started.server.expireAccessTokens();
			started.server.expireRefreshTokens();
			const { error } = await run({ operation: 'getQuota' });
			expect(error?.message).toContain('[10010]');
			expect(error?.description).toMatch(/Authorize the account again/);
			const text = JSON.stringify(error);
			expect(text).not.toContain(started.tokens.refreshToken);
			expect(text).not.toContain(started.tokens.accessToken);
			expect(text).not.toContain(APP.clientSecret);
		});

		it('names a wrong access token and keeps it out of the error', async () => {
			const { error } = await run(
				{ operation: 'getMany', returnAll: true },
				{
					credentials: credentialsFor(started, {
						accessToken: 'act.wrong-token-value',
						refreshToken: '',
					}),
				},
			);
			expect(error?.message).toContain('[28001003]');
			expect(JSON.stringify(error)).not.toContain('act.wrong-token-value');
		});

		it('explains an Open ID that does not belong to the token', async () => {
			const { error } = await run(
				{ operation: 'getQuota' },
				{ credentials: credentialsFor(started, { openId: 'someone-else' }) },
			);
			expect(error?.message).toContain('[28001015]');
			expect(error?.description).toMatch(/Open ID/);
		});

		it('fails clearly without any token or without an Open ID', async () => {
			let { error } = await run(
				{ operation: 'getQuota' },
				{ credentials: credentialsFor(started, { accessToken: '', refreshToken: '' }) },
			);
			expect(error?.message).toMatch(/no access token and no refresh token/);
			({ error } = await run(
				{ operation: 'getQuota' },
				{ credentials: credentialsFor(started, { openId: '' }) },
			));
			expect(error?.message).toMatch(/no Open ID/);
		});

		it('names a missing scope', async () => {
			const limited = started.server.issueTokens(APP.clientKey, OWNER, [
				'im.group_fans.create_list',
			]);
			const { error } = await run(
				{
					operation: 'sendMessage',
					target: 'groupId',
					groupId: GROUP_ID,
					messageType: 'text',
					text: 'hi',
				},
				{ credentials: credentialsFor(started, limited) },
			);
			expect(error?.message).toContain('[28001012]');
			expect(error?.description).toMatch(/im\.group_message/);
		});
	});

	describe('the credential test', () => {
		const test = (overrides: Record<string, string> = {}) =>
			testDouyinOpenCredential({
				id: 'c',
				name: 'c',
				type: 'douyinOpenApi',
				data: credentialsFor(started, overrides).douyinOpenApi,
			});

		it('checks key and secret with the stable token and the user token with a quota call', async () => {
			expect(await test()).toEqual({
				status: 'OK',
				message: expect.stringContaining('3 more fan group'),
			});
			expect(started.server.stableTokenCalls).toBe(1);
		});

		it('accepts key and secret alone, for the trigger', async () => {
			expect(await test({ accessToken: '', refreshToken: '' })).toEqual({
				status: 'OK',
				message: expect.stringContaining('Client Key and Client Secret are valid'),
			});
		});

		it('reports a wrong secret without showing it', async () => {
			const result = await test({ clientSecret: 'wrong-secret-abcdef' });
			expect(result.status).toBe('Error');
			expect(result.message).toContain('10013');
			expect(result.message).not.toContain('wrong-secret-abcdef');
		});
	});

	describe('Get Quota on either count path (the SDKs disagree)', () => {
		const countRequests = () =>
			started.server.requests.filter((r) => r.path.endsWith('/count/')).map((r) => r.path);

		it('falls back to /im/group/fans/count/ on a 404 and then goes there directly', async () => {
			await started.server.stop();
			started = await startOpenServer({ groupCountPath: '/im/group/fans/count/' });
			const first = await run({ operation: 'getQuota' });
			expect(first.error).toBeUndefined();
			expect(first.items[0].json.leftCount).toBe(3);
			const second = await run({ operation: 'getQuota' });
			expect(second.items[0].json.leftCount).toBe(3);
			expect(countRequests()).toEqual([
				'/im/group/count/',
				'/im/group/fans/count/',
				'/im/group/fans/count/',
			]);
		});

		it('passes the credential test against a server with the other path', async () => {
			await started.server.stop();
			started = await startOpenServer({ groupCountPath: '/im/group/fans/count/' });
			const result = await testDouyinOpenCredential({
				id: 'c',
				name: 'c',
				type: 'douyinOpenApi',
				data: credentialsFor(started).douyinOpenApi,
			});
			expect(result).toEqual({
				status: 'OK',
				message: expect.stringContaining('3 more fan group'),
			});
		});

		it('uses the official path alone where it answers', async () => {
			await run({ operation: 'getQuota' });
			await run({ operation: 'getQuota' });
			expect(countRequests()).toEqual(['/im/group/count/', '/im/group/count/']);
		});

		it('names both paths when neither answers', async () => {
			started.server.injectFault('/im/group/count/', {
				kind: 'status',
				status: 404,
				body: '404 page not found',
			});
			started.server.injectFault('/im/group/fans/count/', {
				kind: 'status',
				status: 404,
				body: '404 page not found',
			});
			const { error } = await run({ operation: 'getQuota' });
			expect(error?.message).toMatch(/neither \/im\/group\/count\/ nor \/im\/group\/fans\/count\//);
			expect(error?.description).toMatch(/base URL/);
		});
	});

	describe('the token cache belongs to the credential that proved it', () => {
		it('does not give a refreshed token to a credential with the same key and tokens but a wrong secret', async () => {
			started.server.expireAccessTokens();
			const first = await run({ operation: 'getQuota' });
			expect(first.error).toBeUndefined();
			const refreshed = started.server.requestsTo('/im/group/count/').at(-1)!.headers[
				'access-token'
			];
			expect(refreshed).not.toBe(started.tokens.accessToken);
			const before = started.server.requestsTo('/im/group/count/').length;
			await run(
				{ operation: 'getQuota' },
				{ credentials: credentialsFor(started, { clientSecret: 'not-the-secret-000' }) },
			);
			const used = started.server
				.requestsTo('/im/group/count/')
				.slice(before)
				.map((r) => r.headers['access-token']);
			// It starts from its own stored (expired) token, never from the other credential's refreshed one.
			expect(used[0]).toBe(started.tokens.accessToken);
			expect(used).not.toContain(refreshed);
			expect(started.server.refreshCalls).toBe(2);
		});
	});

	describe('bad input and bad answers', () => {
		it('names an empty required field', async () => {
			const { error } = await run({ operation: 'recallMessage', groupId: GROUP_ID, msgId: '  ' });
			expect(error?.message).toMatch(/Message ID is empty/);
		});

		it('refuses a coupon id that is not a number and bad custom JSON before calling Douyin', async () => {
			let { error } = await run({
				operation: 'setSetting',
				groupId: GROUP_ID,
				settingType: 'notice',
				messages: { message: [{ messageType: 'coupon', activityId: '12ab', couponMetaId: '1' }] },
			});
			expect(error?.message).toMatch(/Message 1: Activity ID "12ab" is not a whole number/);
			({ error } = await run({
				operation: 'sendMessage',
				target: 'groupId',
				groupId: GROUP_ID,
				messageType: 'json',
				contentJson: '{"msg_type":',
			}));
			expect(error?.message).toMatch(/Content \(JSON\) is not valid JSON/);
			expect(started.server.requestsTo('/im/group/setting/set/')).toHaveLength(0);
			expect(started.server.requestsTo('/im/send/msg/group/')).toHaveLength(0);
		});

		it('maps a style A business error with its code, description and log id', async () => {
			const { error } = await run({
				operation: 'sendMessage',
				target: 'groupId',
				groupId: '@otherGroup=',
				messageType: 'text',
				text: 'hi',
			});
			expect(error?.message).toBe('Douyin Open Platform [2100005]: 群不存在');
			expect(error?.description).toMatch(/Log ID: 20261125/);
		});

		it('maps a style B (err_no) business error', async () => {
			const { error } = await run({
				operation: 'recallMessage',
				groupId: GROUP_ID,
				msgId: '@nope',
			});
			expect(error?.message).toBe('Douyin Open Platform [2100005]: 消息不存在');
			expect(error?.description).toMatch(/Log ID/);
		});

		it('accepts err_no as a numeric string and maps a sub error code of style A', async () => {
			started.server.injectFault('/im/group/setting/disable/', {
				kind: 'envelope',
				body: { err_no: '0', err_msg: '', log_id: 'L1' },
			});
			let result = await run({
				operation: 'disableSetting',
				groupId: GROUP_ID,
				settingType: 'welcome',
			});
			expect(result.error).toBeUndefined();
			expect(result.items[0].json.logId).toBe('L1');
			started.server.injectFault('/im/group/count/', {
				kind: 'envelope',
				body: {
					extra: {
						error_code: 0,
						sub_error_code: 28003017,
						sub_description: 'quota used up',
						logid: 'L2',
					},
					data: { error_code: 0 },
				},
			});
			result = await run({ operation: 'getQuota' });
			expect(result.error?.message).toContain('[28003017]');
			expect(result.error?.message).toContain('quota used up');
		});

		it('recognises a gateway error in the other style', async () => {
			started.server.injectFault('/im/recall/msg/', {
				kind: 'envelope',
				body: {
					extra: { error_code: 28001014, description: 'no capability', logid: 'L3' },
					data: { error_code: 28001014, description: 'no capability' },
				},
			});
			const { error } = await run({ operation: 'recallMessage', groupId: GROUP_ID, msgId: '@x' });
			expect(error?.message).toContain('[28001014]');
			expect(error?.description).toMatch(/capability/);
		});

		it('refreshes on a style B token-expired answer too', async () => {
			const sent = await run({
				operation: 'sendMessage',
				target: 'groupId',
				groupId: GROUP_ID,
				messageType: 'text',
				text: 'x',
			});
			started.server.expireAccessTokens();
			const { error } = await run({
				operation: 'recallMessage',
				groupId: GROUP_ID,
				msgId: sent.items[0].json.msgId,
			});
			expect(error).toBeUndefined();
			expect(started.server.refreshCalls).toBe(1);
		});

		it.each([
			['an HTML gateway page', { kind: 'html' as const }, /HTML page instead of JSON/],
			['malformed JSON', { kind: 'malformed' as const }, /malformed JSON/],
			['an empty body', { kind: 'empty' as const }, /empty body/],
			[
				'JSON without an envelope',
				{ kind: 'envelope' as const, body: { hello: 'world' } },
				/without the extra\/data envelope/,
			],
		])('names the cause when Douyin answers %s', async (_name, fault, pattern) => {
			// GETs are retried on 5xx, so the fault is queued for every attempt.
			started.server.injectFault('/im/group/fans/list/', fault, 3);
			const { error } = await run({ operation: 'getMany', returnAll: true });
			expect(error?.message).toMatch(pattern);
		});

		it('retries a 5xx on a read and succeeds', async () => {
			started.server.injectFault('/im/group/count/', { kind: 'status', status: 503 }, 1);
			const { items, error } = await run({ operation: 'getQuota' });
			expect(error).toBeUndefined();
			expect(items[0].json.leftCount).toBe(3);
		});

		it('does not resend a message after a 5xx', async () => {
			started.server.injectFault(
				'/im/send/msg/group/',
				{ kind: 'status', status: 502, body: '' },
				1,
			);
			const { error } = await run({
				operation: 'sendMessage',
				target: 'groupId',
				groupId: GROUP_ID,
				messageType: 'text',
				text: 'once',
			});
			expect(error?.message).toMatch(/HTTP 502/);
			expect(started.server.requestsTo('/im/send/msg/group/')).toHaveLength(1);
		});

		it('keeps the other items when one fails and Continue On Fail is on', async () => {
			const { items } = await run(
				{
					operation: 'sendMessage',
					target: 'groupId',
					groupId: '={{ $json.group }}',
					messageType: 'text',
					text: '={{ $json.text }}',
				},
				{
					items: [
						{ group: GROUP_ID, text: 'a' },
						{ group: '@otherGroup=', text: 'b' },
						{ group: GROUP_ID, text: '' },
						{ group: GROUP_ID, text: 'd' },
					],
					continueOnFail: true,
				},
			);
			expect(items.map((i) => (i.json.error ? `error:${i.json.code ?? ''}` : 'ok'))).toEqual([
				'ok',
				'error:2100005',
				'error:',
				'ok',
			]);
			expect(items[2].json.error).toMatch(/Text is empty/);
			expect(items.map((i) => i.pairedItem)).toEqual([
				{ item: 0 },
				{ item: 1 },
				{ item: 2 },
				{ item: 3 },
			]);
		});

		it('never puts the client secret or tokens into output items', async () => {
			const { items } = await run({ operation: 'getMany', returnAll: true });
			const text = JSON.stringify(items);
			for (const secret of [
				APP.clientSecret,
				started.tokens.accessToken,
				started.tokens.refreshToken,
			])
				expect(text).not.toContain(secret);
		});
	});
});

import {
	DouyinOpenServer,
	type DouyinOpenServerOptions,
} from '../servers/douyinOpen/DouyinOpenServer';

export const APP = { clientKey: 'awkey1234567890', clientSecret: 'client-secret-5b4a3c2d1e' };
export const OWNER = 'open-id-owner-1';
export const GROUP_ID = '@9VwKzuuES8gsNHPSbbRTRs7/hsedtKdVbXEVbwzL1aY=';
/** Above 2^53: a number conversion on the way would change it. */
export const COUPON_ACTIVITY_ID = '7214015683695250235';
export const COUPON_META_ID = '9007199254740993';

export interface Started {
	server: DouyinOpenServer;
	tokens: { accessToken: string; refreshToken: string; openId: string };
}

export async function startOpenServer(options: DouyinOpenServerOptions = {}): Promise<Started> {
	const server = new DouyinOpenServer(options).addApp(APP);
	await server.start();
	server.quota.set(OWNER, 3);
	server.addGroup(OWNER, GROUP_ID, 'Fans of Owner');
	server.addGroup('someone-else', '@otherGroup=', 'Not Ours');
	const tokens = server.issueTokens(APP.clientKey, OWNER);
	return { server, tokens };
}

export function credentialsFor(started: Started, overrides: Record<string, string> = {}) {
	return {
		douyinOpenApi: {
			clientKey: APP.clientKey,
			clientSecret: APP.clientSecret,
			accessToken: started.tokens.accessToken,
			refreshToken: started.tokens.refreshToken,
			openId: started.tokens.openId,
			baseUrl: started.server.url,
			...overrides,
		},
	};
}

import { DouyinLiveServer } from '../servers/douyinLive/DouyinLiveServer';

export const APP = { appId: 'tt1234567cac', appSecret: 'app-secret-9f8e7d6c' };
/** 19 digits, above 2^53: any number conversion on the way would change it. */
export const ROOM_ID = '7214015683695250235';
export const COMPANION_TOKEN = 'companion-token-abc123';

export async function startDouyinServer(): Promise<DouyinLiveServer> {
	const server = new DouyinLiveServer().addApp(APP).addRoom(ROOM_ID);
	server.companionTokens.set(COMPANION_TOKEN, {
		roomId: ROOM_ID,
		anchorOpenId: 'anchor-open-id',
		nickName: '主播',
		avatarUrl: 'https://example.invalid/a.png',
	});
	return server.start();
}

export function credentialsFor(server: DouyinLiveServer, overrides: Record<string, string> = {}) {
	return {
		douyinLiveGameApi: {
			appId: APP.appId,
			appSecret: APP.appSecret,
			pushSecret: 'push-secret-1234',
			tokenBaseUrl: server.url,
			webcastBaseUrl: server.url,
			...overrides,
		},
	};
}

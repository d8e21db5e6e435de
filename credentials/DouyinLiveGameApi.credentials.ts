import type { ICredentialType, INodeProperties } from 'n8n-workflow';

export class DouyinLiveGameApi implements ICredentialType {
	name = 'douyinLiveGameApi';

	displayName = 'Douyin Live Game API';

	icon = {
		light: 'file:../nodes/DouyinLive/douyinLive.svg',
		dark: 'file:../nodes/DouyinLive/douyinLive.dark.svg',
	} as const;

	documentationUrl =
		'https://developer.open-douyin.com/docs/resource/zh-CN/interaction/develop/server/interface-request-credential/get-access-token';

	properties: INodeProperties[] = [
		{
			displayName: 'App ID',
			name: 'appId',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'tt1234567cac',
			description: 'The App ID of the live interactive game, from the Douyin developer console',
		},
		{
			displayName: 'App Secret',
			name: 'appSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The App Secret of the game, used only to fetch the app access token',
		},
		{
			displayName: 'Push Data Secret',
			name: 'pushSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'The data secret (数据密钥) configured for push callbacks, used by the Douyin Live Trigger to verify x-signature. Set different secrets per message type in the trigger if your console uses them. The self-test tool uses "default".',
		},
		{
			displayName: 'Token Base URL',
			name: 'tokenBaseUrl',
			type: 'string',
			default: 'https://developer.toutiao.com',
			description:
				'Where the app access token is fetched; change it only for Douyin Cloud or a test server',
		},
		{
			displayName: 'Webcast Base URL',
			name: 'webcastBaseUrl',
			type: 'string',
			default: 'https://webcast.bytedance.com',
			description:
				'Where the live data APIs are called; change it only for Douyin Cloud or a test server',
		},
	];
}

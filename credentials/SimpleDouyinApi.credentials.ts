import type { ICredentialType, INodeProperties } from 'n8n-workflow';

export class SimpleDouyinApi implements ICredentialType {
	name = 'simpleDouyinApi';

	displayName = 'Simple Douyin API';

	icon = {
		light: 'file:../nodes/SimpleDouyin/simpleDouyin.svg',
		dark: 'file:../nodes/SimpleDouyin/simpleDouyin.dark.svg',
	} as const;

	documentationUrl =
		'https://github.com/n8n-nodes-bytedance/n8n-nodes-bytedance/blob/main/docs/nodes/simple-douyin.md';

	properties: INodeProperties[] = [
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'http://localhost:23724/douyin',
			required: true,
			description:
				'The API root of your server, ending in /douyin (the routes are /douyin/feed/, /douyin/user/ …). Ocyss/douyin listens on port 23724, the official demo on 8080.',
		},
		{
			displayName: 'Authentication',
			name: 'authMode',
			type: 'options',
			options: [
				{
					name: 'Username and Password',
					value: 'password',
					description: 'The node logs in once and logs in again when the server refuses the token',
				},
				{
					name: 'Token',
					value: 'token',
					description: 'A token the server issued earlier, used as is',
				},
			],
			default: 'password',
		},
		{
			displayName: 'Username',
			name: 'username',
			type: 'string',
			default: '',
			displayOptions: { show: { authMode: ['password'] } },
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			displayOptions: { show: { authMode: ['password'] } },
		},
		{
			displayName: 'Token',
			name: 'token',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'The token from a register or login answer',
			displayOptions: { show: { authMode: ['token'] } },
		},
	];
}

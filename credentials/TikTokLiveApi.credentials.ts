import type { ICredentialType, INodeProperties } from 'n8n-workflow';

/**
 * Everything optional: TikTok LIVE can be read anonymously through the public sign server. The session cookie
 * opens age-restricted rooms; the API key lifts the sign server's rate limits (reference §1.4, §5 item 2).
 */
export class TikTokLiveApi implements ICredentialType {
	name = 'tikTokLiveApi';

	displayName = 'TikTok LIVE API';

	icon = {
		light: 'file:../nodes/TikTokLive/tiktokLive.svg',
		dark: 'file:../nodes/TikTokLive/tiktokLive.dark.svg',
	} as const;

	documentationUrl =
		'https://github.com/n8n-nodes-bytedance/n8n-nodes-bytedance/blob/main/docs/nodes/tiktok-live.md';

	properties: INodeProperties[] = [
		{
			displayName: 'Session Cookie',
			name: 'sessionToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'Optional. The value of the "sessionid" cookie of a logged-in TikTok account, needed for age-restricted rooms. Sent only to TikTok.',
		},
		{
			displayName: 'Initial Fetch',
			name: 'fetchMode',
			type: 'options',
			options: [
				{
					name: 'Sign Server',
					value: 'signServer',
					description:
						'A sign server (Euler Stream or compatible) signs and performs the first fetch',
				},
				{
					name: 'Direct (Unsigned)',
					value: 'direct',
					description:
						'Ask the WebCast base URL directly; for relays and self-hosted servers that need no signature',
				},
			],
			default: 'signServer',
		},
		{
			displayName: 'Sign Server URL',
			name: 'signServerUrl',
			type: 'string',
			default: 'https://tiktok.eulerstream.com',
			displayOptions: { show: { fetchMode: ['signServer'] } },
		},
		{
			displayName: 'Sign Server API Key',
			name: 'signApiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'Optional. Sent as the x-api-key header; without one, the free rate limits apply (a few connections per minute and hour).',
			displayOptions: { show: { fetchMode: ['signServer'] } },
		},
		{
			displayName: 'Sign Server Route',
			name: 'signRoute',
			type: 'options',
			options: [
				{ name: '/webcast/fetch', value: 'fetch' },
				{ name: '/webcast/rooms/{roomId}/connect', value: 'connect' },
			],
			default: 'fetch',
			displayOptions: { show: { fetchMode: ['signServer'] } },
		},
		{
			displayName: 'Send Session Cookie to Sign Server',
			name: 'sendSessionToSignServer',
			type: 'boolean',
			default: false,
			description:
				'Whether to forward the session cookie to the sign server for an authenticated socket. Risky: only for a sign server you trust.',
			displayOptions: { show: { fetchMode: ['signServer'] } },
		},
		{
			displayName: 'Proxy URL',
			name: 'proxyUrl',
			type: 'string',
			default: '',
			placeholder: 'http://user:password@proxy.example.com:8080 or socks5h://host:1080',
			description:
				'Optional proxy for every request: room lookup, sign server, actions and the WebSocket. http://, https://, socks5:// or socks5h:// (proxy resolves names), with user:password@ if needed. Overrides HTTPS_PROXY, HTTP_PROXY and ALL_PROXY.',
		},
		{
			displayName: 'Web Base URL',
			name: 'webBaseUrl',
			type: 'string',
			default: 'https://www.tiktok.com',
			description:
				'Where user pages and api-live are read; change only for a relay or a test server',
		},
		{
			displayName: 'WebCast Base URL',
			name: 'webcastBaseUrl',
			type: 'string',
			default: 'https://webcast.tiktok.com',
			description:
				'Where room info, gifts, prices and the feed are read; change only for a relay or a test server',
		},
		{
			displayName: 'WebSocket URL Override',
			name: 'webSocketUrl',
			type: 'string',
			default: '',
			description:
				'Optional. Connect to this push server instead of the one the initial fetch names.',
		},
	];
}

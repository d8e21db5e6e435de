import type { ICredentialType, INodeProperties } from 'n8n-workflow';

/**
 * A custom credential rather than n8n's OAuth2 type: Douyin's token endpoint wants `client_key` (n8n
 * sends client_id, and the secret in a Basic header) and nests the tokens under `data` (n8n reads them
 * at the top level), so n8n's OAuth2 flow cannot complete against it. The user authorizes once outside
 * n8n and stores the tokens here; the nodes refresh the access token themselves (see docs/nodes/douyin-open.md).
 */
export class DouyinOpenApi implements ICredentialType {
	name = 'douyinOpenApi';

	displayName = 'Douyin Open API';

	icon = {
		light: 'file:../nodes/DouyinOpen/douyinOpen.svg',
		dark: 'file:../nodes/DouyinOpen/douyinOpen.dark.svg',
	} as const;

	documentationUrl =
		'https://developer.open-douyin.com/docs/resource/zh-CN/dop/develop/openapi/account-permission/get-access-token';

	properties: INodeProperties[] = [
		{
			displayName:
				'Authorize the business account once (Douyin Open node → Authorization → Get Authorization URL, then exchange the code at /oauth/access_token/) and paste the access token, refresh token and Open ID below. The nodes refresh the access token on their own until the refresh token expires (30 days). The trigger needs only Client Key and Client Secret.',
			name: 'authNotice',
			type: 'notice',
			default: '',
		},
		{
			displayName: 'Client Key',
			name: 'clientKey',
			type: 'string',
			default: '',
			typeOptions: { password: true },
			required: true,
			placeholder: 'awxxxxxxxxxxxxxxxx',
			description: 'The Client Key of the app, from the Douyin Open Platform console',
		},
		{
			displayName: 'Client Secret',
			name: 'clientSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The Client Secret of the app; also the key of the webhook signature',
		},
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'The user access token (act.…) returned by /oauth/access_token/. May be left empty when a refresh token is given.',
		},
		{
			displayName: 'Refresh Token',
			name: 'refreshToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'The refresh token (rft.…) returned with the access token; the nodes use it to renew an expired access token',
		},
		{
			displayName: 'Open ID',
			name: 'openId',
			type: 'string',
			default: '',
			description:
				'The open_id returned with the token: the authorizing business account. Every IM call sends it.',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://open.douyin.com',
			description:
				'Change it only for the sandbox (https://open-sandbox.douyin.com) or a test server',
		},
	];
}

import { NodeOperationError, type INodeProperties } from 'n8n-workflow';

import { IM_GROUP_SCOPES } from '../../transport/endpoints';
import type { DouyinOpenOperation } from '../types';

const showHere = { show: { resource: ['authorization'], operation: ['getUrl'] } };

const description: INodeProperties[] = [
	{
		displayName: 'Redirect URI',
		name: 'redirectUri',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'https://example.com/douyin/callback',
		description:
			'An HTTPS address registered for the app in the Douyin console; Douyin appends ?code=…&state=… to it',
		displayOptions: showHere,
	},
	{
		displayName: 'Scopes',
		name: 'scopes',
		type: 'multiOptions',
		options: [
			{
				name: 'Fan Groups',
				value: 'im.group_fans.create_list',
				description:
					'Scope im.group_fans.create_list: quota, create, list, join requests, join webhooks',
			},
			{
				name: 'Group Messages',
				value: 'im.group_message',
				description: 'Scope im.group_message: send messages, group message webhooks',
			},
			{
				name: 'Recall Messages',
				value: 'im.recall_message',
				description: 'Scope im.recall_message: recall messages',
			},
			{
				name: 'Renew Refresh Token',
				value: 'renew_refresh_token',
				description: 'Scope renew_refresh_token',
			},
			{ name: 'User Info', value: 'user_info', description: 'Scope user_info' },
		],
		default: [...IM_GROUP_SCOPES],
		displayOptions: showHere,
	},
	{
		displayName: 'State',
		name: 'state',
		type: 'string',
		default: '',
		description:
			'A value Douyin returns unchanged with the code, to match the answer to this request',
		displayOptions: showHere,
	},
];

/**
 * Builds the authorization address. n8n's own OAuth2 flow cannot talk to Douyin (client_key instead of
 * client_id, tokens nested under data), so authorization happens outside n8n; this gives the first step.
 */
export const getUrl: DouyinOpenOperation = {
	readOnly: true,
	description,
	async execute(client, itemIndex) {
		const redirectUri = String(this.getNodeParameter('redirectUri', itemIndex, '')).trim();
		if (!/^https?:\/\//i.test(redirectUri)) {
			throw new NodeOperationError(this.getNode(), 'Redirect URI must be an http(s) address', {
				itemIndex,
				description: 'Use the HTTPS callback registered for the app in the Douyin console.',
			});
		}
		const scopes = this.getNodeParameter('scopes', itemIndex, []) as string[];
		if (scopes.length === 0)
			throw new NodeOperationError(this.getNode(), 'No scope selected', {
				itemIndex,
				description: 'Choose at least one scope.',
			});
		const state = String(this.getNodeParameter('state', itemIndex, '')).trim();
		return {
			url: client.authorizeUrl({ scopes, redirectUri, state: state || undefined }),
			scopes,
			redirectUri,
			nextStep:
				'Open the URL with the business account, then exchange the returned code at /oauth/access_token/ and put access_token, refresh_token and open_id into the credential (see the node docs).',
		};
	},
};

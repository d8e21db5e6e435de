import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { DouyinLiveOperation } from '../types';

const show = { resource: ['accessToken'], operation: ['get'] };

const description: INodeProperties[] = [
	{
		displayName: 'Include Token Value',
		name: 'includeTokenValue',
		type: 'boolean',
		default: false,
		description:
			'Whether to put the token itself into the output. Off, the output shows the app and when the token expires. Leave it off when an AI agent uses this node: the token grants the app’s API access to whoever reads it.',
		displayOptions: { show },
	},
	{
		displayName: 'Force Refresh',
		name: 'forceRefresh',
		type: 'boolean',
		default: false,
		description:
			'Whether to fetch a new token instead of the cached one. Each new token cuts the previous one to 5 minutes, so leave this off unless the cached token was revoked.',
		displayOptions: { show },
	},
];

export const getAccessToken: DouyinLiveOperation = {
	description,
	async execute(client, itemIndex) {
		const forceRefresh = this.getNodeParameter('forceRefresh', itemIndex, false) as boolean;
		const includeTokenValue = this.getNodeParameter(
			'includeTokenValue',
			itemIndex,
			false,
		) as boolean;
		const token = await client.getAccessTokenInfo({ forceRefresh });
		const result: IDataObject = {
			appId: client.appId,
			expiresAt: new Date(token.expiresAt).toISOString(),
			refreshAfter: new Date(token.refreshAfter).toISOString(),
		};
		if (includeTokenValue) result.accessToken = token.accessToken;
		return result;
	},
};

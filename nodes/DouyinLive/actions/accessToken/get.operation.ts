import type { INodeProperties } from 'n8n-workflow';

import type { DouyinLiveOperation } from '../types';

const description: INodeProperties[] = [
	{
		displayName: 'Force Refresh',
		name: 'forceRefresh',
		type: 'boolean',
		default: false,
		description:
			'Whether to fetch a new token instead of the cached one. Each new token cuts the previous one to 5 minutes, so leave this off unless the cached token was revoked.',
		displayOptions: { show: { resource: ['accessToken'], operation: ['get'] } },
	},
];

export const getAccessToken: DouyinLiveOperation = {
	description,
	async execute(client, itemIndex) {
		const forceRefresh = this.getNodeParameter('forceRefresh', itemIndex, false) as boolean;
		const accessToken = forceRefresh
			? await client.refreshAccessToken()
			: await client.getAccessToken();
		return { appId: client.appId, accessToken };
	},
};

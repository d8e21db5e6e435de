import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { itemsInParallelProperty } from '../shared/n8n/operations';
import { operationFields, operationProperties, resourceProperty } from './actions/operations';
import { router } from './actions/router';
import { testTikTokLiveCredential } from './credentialTest';

export class TikTokLive implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'TikTok LIVE',
		name: 'tikTokLive',
		icon: { light: 'file:tiktokLive.svg', dark: 'file:tiktokLive.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description:
			'Look up TikTok LIVE users, rooms, gifts, coin prices, recommended lives and stream URLs, and record live streams',
		defaults: { name: 'TikTok LIVE' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'tikTokLiveApi', required: false, testedBy: 'tikTokLiveApiTest' }],
		properties: [
			resourceProperty,
			...operationProperties,
			...operationFields,
			// Off: the sign server allows a few requests a minute (reference: rate limits), parallel reads would only meet 429s.
			itemsInParallelProperty(1),
		],
	};

	methods = {
		credentialTest: { tikTokLiveApiTest: testTikTokLiveCredential },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return router.call(this);
	}
}

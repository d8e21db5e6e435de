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
import { douyinLiveGameApiTest } from './credentials';

export class DouyinLive implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Douyin Live',
		name: 'douyinLive',
		icon: { light: 'file:douyinLive.svg', dark: 'file:douyinLive.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description:
			'Run a Douyin live interactive game: push tasks, room info, failed pushes, fans club and acks',
		defaults: { name: 'Douyin Live' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'douyinLiveGameApi', required: true, testedBy: 'douyinLiveGameApiTest' }],
		properties: [
			resourceProperty,
			...operationProperties,
			...operationFields,
			// Every call still queues behind the 10 calls/s limiter; parallel items keep it busy while answers are slow.
			itemsInParallelProperty(10),
		],
	};

	methods = { credentialTest: { douyinLiveGameApiTest } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return router.call(this);
	}
}

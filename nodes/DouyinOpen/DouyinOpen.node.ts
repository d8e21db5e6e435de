import type {
	ICredentialTestFunctions,
	ICredentialsDecrypted,
	IExecuteFunctions,
	INodeCredentialTestResult,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { itemsInParallelProperty } from '../shared/n8n/operations';
import { operationFields, operationProperties, resourceProperty } from './actions/operations';
import { router } from './actions/router';
import { testDouyinOpenCredential } from './credentials';

export class DouyinOpen implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Douyin Open',
		name: 'douyinOpen',
		icon: { light: 'file:douyinOpen.svg', dark: 'file:douyinOpen.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description:
			'Manage Douyin fan groups through the Douyin Open Platform: groups, join requests, welcome messages and group messages',
		defaults: { name: 'Douyin Open' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'douyinOpenApi', required: true, testedBy: 'douyinOpenApiTest' }],
		properties: [
			resourceProperty,
			...operationProperties,
			...operationFields,
			// No IM rate limit is documented; a busy answer (28003018) is retried with backoff.
			itemsInParallelProperty(10),
		],
	};

	methods = {
		credentialTest: {
			async douyinOpenApiTest(
				this: ICredentialTestFunctions,
				credential: ICredentialsDecrypted,
			): Promise<INodeCredentialTestResult> {
				return testDouyinOpenCredential(credential);
			},
		},
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return router.call(this);
	}
}

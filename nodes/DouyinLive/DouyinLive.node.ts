import {
	NodeConnectionTypes,
	type ICredentialTestFunctions,
	type ICredentialsDecrypted,
	type IExecuteFunctions,
	type INodeCredentialTestResult,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { ApiError } from '../shared/errors';
import { operationFields, operationProperties, resourceProperty } from './actions/operations';
import { router } from './actions/router';
import { toDouyinLiveCredentials } from './credentials';
import { DouyinLiveClient } from './transport/DouyinLiveClient';

export class DouyinLive implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Douyin Live',
		name: 'douyinLive',
		icon: { light: 'file:douyinLive.svg', dark: 'file:douyinLive.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description: 'Run a Douyin live interactive game: push tasks, room info, failed pushes, fans club and acks',
		defaults: { name: 'Douyin Live' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'douyinLiveGameApi', required: true, testedBy: 'douyinLiveGameApiTest' }],
		properties: [resourceProperty, ...operationProperties, ...operationFields],
	};

	methods = {
		credentialTest: {
			async douyinLiveGameApiTest(this: ICredentialTestFunctions, credential: ICredentialsDecrypted): Promise<INodeCredentialTestResult> {
				try {
					await new DouyinLiveClient(toDouyinLiveCredentials(credential.data ?? {})).fetchAccessToken();
					return { status: 'OK', message: 'Fetched an app access token' };
				} catch (error) {
					const message = error instanceof ApiError ? `${error.message}${error.details.hint ? ` (${error.details.hint})` : ''}` : String(error);
					return { status: 'Error', message };
				}
			},
		},
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return router.call(this);
	}
}

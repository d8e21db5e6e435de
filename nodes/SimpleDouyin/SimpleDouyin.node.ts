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

import { describeError } from '../shared/errors';
import { itemsInParallelProperty } from '../shared/n8n/operations';
import { operationFields, operationProperties, resourceProperty } from './actions/operations';
import { router } from './actions/router';
import { toSimpleDouyinCredentials } from './credentials';
import { SimpleDouyinClient } from './transport/SimpleDouyinClient';

export class SimpleDouyin implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Simple Douyin',
		name: 'simpleDouyin',
		icon: { light: 'file:simpleDouyin.svg', dark: 'file:simpleDouyin.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description:
			'Use a self-hosted Simple Douyin (极简版抖音) backend: feed, videos, likes, comments, follows, messages and users',
		defaults: { name: 'Simple Douyin' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		// The credential has no request-based `test` on purpose: n8n prefers it over testedBy, and one request
		// cannot log in first (password mode) nor tell a refused token from a refused password.
		credentials: [{ name: 'simpleDouyinApi', required: true, testedBy: 'simpleDouyinApiTest' }],
		properties: [
			resourceProperty,
			...operationProperties,
			...operationFields,
			// A self-hosted backend without a rate limit: 10 reads in flight hide the round trips.
			itemsInParallelProperty(10),
		],
	};

	methods = {
		credentialTest: {
			async simpleDouyinApiTest(
				this: ICredentialTestFunctions,
				credential: ICredentialsDecrypted,
			): Promise<INodeCredentialTestResult> {
				try {
					const credentials = toSimpleDouyinCredentials(credential.data ?? {});
					const client = new SimpleDouyinClient(credentials);
					if (credentials.authMode === 'token') {
						const user = await client.getUser();
						return {
							status: 'OK',
							message: `The token belongs to ${String(user.name ?? user.id ?? 'a user')}`,
						};
					}
					// A fresh login, not the shared session: the test must prove the password, not a cached token.
					await client.login(credentials.username ?? '', credentials.password ?? '');
					return { status: 'OK', message: 'Logged in' };
				} catch (error) {
					return { status: 'Error', message: describeError(error) };
				}
			},
		},
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return router.call(this);
	}
}

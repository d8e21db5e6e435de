import type {
	ICredentialDataDecryptedObject,
	ICredentialTestFunctions,
	ICredentialsDecrypted,
	IExecuteFunctions,
	INodeCredentialTestResult,
	IPollFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';

import { describeError } from '../shared/errors';

import { DouyinLiveClient, type DouyinLiveCredentials } from './transport/DouyinLiveClient';

export const CREDENTIAL_TYPE = 'douyinLiveGameApi';

export function toDouyinLiveCredentials(
	data: ICredentialDataDecryptedObject,
): DouyinLiveCredentials {
	return {
		appId: String(data.appId ?? '').trim(),
		appSecret: String(data.appSecret ?? ''),
		tokenBaseUrl: data.tokenBaseUrl ? String(data.tokenBaseUrl) : undefined,
		webcastBaseUrl: data.webcastBaseUrl ? String(data.webcastBaseUrl) : undefined,
	};
}

export async function createDouyinLiveClient(
	ctx: IExecuteFunctions | IPollFunctions | IWebhookFunctions,
): Promise<DouyinLiveClient> {
	return new DouyinLiveClient(toDouyinLiveCredentials(await ctx.getCredentials(CREDENTIAL_TYPE)));
}

/**
 * The credential's Test button: fetches a fresh token with our own client, which reads Douyin's error
 * envelope (HTTP 200 with err_no) and names the wrong field. Every Douyin Live node offers it (testedBy).
 */
export async function douyinLiveGameApiTest(
	this: ICredentialTestFunctions,
	credential: ICredentialsDecrypted,
): Promise<INodeCredentialTestResult> {
	try {
		await new DouyinLiveClient(toDouyinLiveCredentials(credential.data ?? {})).fetchAccessToken();
		return { status: 'OK', message: 'Fetched an app access token' };
	} catch (error) {
		return { status: 'Error', message: describeError(error) };
	}
}

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
 * The credential's Test button: gets a token with our own client, which reads Douyin's error envelope
 * (HTTP 200 with err_no) and names the wrong field. Every Douyin Live node offers it (testedBy). The token
 * goes into the process cache: a test followed by a run costs one token fetch, not two (each fetch cuts
 * the previous token to 5 minutes); a token this process already holds for the same secret is proof enough.
 */
export async function douyinLiveGameApiTest(
	this: ICredentialTestFunctions,
	credential: ICredentialsDecrypted,
): Promise<INodeCredentialTestResult> {
	try {
		const token = await new DouyinLiveClient(
			toDouyinLiveCredentials(credential.data ?? {}),
		).getAccessTokenInfo();
		return {
			status: 'OK',
			message: token.reused
				? `This credential's app access token is valid until ${new Date(token.expiresAt).toISOString()}`
				: 'Fetched an app access token',
		};
	} catch (error) {
		return { status: 'Error', message: describeError(error) };
	}
}

import type { ICredentialDataDecryptedObject, IExecuteFunctions, IPollFunctions, IWebhookFunctions } from 'n8n-workflow';

import { DouyinLiveClient, type DouyinLiveCredentials } from './transport/DouyinLiveClient';

export const CREDENTIAL_TYPE = 'douyinLiveGameApi';

export function toDouyinLiveCredentials(data: ICredentialDataDecryptedObject): DouyinLiveCredentials {
	return {
		appId: String(data.appId ?? '').trim(),
		appSecret: String(data.appSecret ?? ''),
		tokenBaseUrl: data.tokenBaseUrl ? String(data.tokenBaseUrl) : undefined,
		webcastBaseUrl: data.webcastBaseUrl ? String(data.webcastBaseUrl) : undefined,
	};
}

export async function createDouyinLiveClient(ctx: IExecuteFunctions | IPollFunctions | IWebhookFunctions): Promise<DouyinLiveClient> {
	return new DouyinLiveClient(toDouyinLiveCredentials(await ctx.getCredentials(CREDENTIAL_TYPE)));
}

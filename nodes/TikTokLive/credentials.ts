import type {
	ICredentialDataDecryptedObject,
	IExecuteFunctions,
	ITriggerFunctions,
} from 'n8n-workflow';

import { SignServerClient, type SignRoute } from './transport/SignServerClient';
import { TikTokLiveClient } from './transport/TikTokLiveClient';

export const CREDENTIAL_TYPE = 'tikTokLiveApi';

export interface TikTokLiveSettings {
	client: TikTokLiveClient;
	/** Undefined in "direct" mode: the initial fetch goes to the WebCast base URL unsigned. */
	sign?: SignServerClient;
	sessionId?: string;
	webSocketUrl?: string;
	proxyUrl?: string;
}

function text(value: unknown): string | undefined {
	const s = typeof value === 'string' ? value.trim() : '';
	return s || undefined;
}

/** Builds the clients from the credential; no credential means TikTok's and Euler Stream's defaults. */
export function toTikTokLiveSettings(
	data: ICredentialDataDecryptedObject = {},
): TikTokLiveSettings {
	const sessionId = text(data.sessionToken);
	const proxyUrl = text(data.proxyUrl);
	const client = new TikTokLiveClient({
		webBaseUrl: text(data.webBaseUrl),
		webcastBaseUrl: text(data.webcastBaseUrl),
		sessionId,
		proxyUrl,
	});
	const sign =
		data.fetchMode === 'direct'
			? undefined
			: new SignServerClient({
					baseUrl: text(data.signServerUrl),
					apiKey: text(data.signApiKey),
					route: (text(data.signRoute) as SignRoute | undefined) ?? 'fetch',
					proxyUrl,
					sessionId: data.sendSessionToSignServer === true ? sessionId : undefined,
				});
	return { client, sign, sessionId, webSocketUrl: text(data.webSocketUrl), proxyUrl };
}

/** The credential is optional on both nodes. */
export async function loadTikTokLiveSettings(
	ctx: IExecuteFunctions | ITriggerFunctions,
): Promise<TikTokLiveSettings> {
	if (!ctx.getNode().credentials?.[CREDENTIAL_TYPE]) return toTikTokLiveSettings();
	return toTikTokLiveSettings(
		(await ctx.getCredentials(CREDENTIAL_TYPE)) as ICredentialDataDecryptedObject,
	);
}

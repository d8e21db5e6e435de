import type {
	ICredentialDataDecryptedObject,
	ICredentialsDecrypted,
	IExecuteFunctions,
	INodeCredentialTestResult,
	IWebhookFunctions,
} from 'n8n-workflow';

import { describeError } from '../shared/errors';
import { DouyinOpenClient, type DouyinOpenCredentials } from './transport/DouyinOpenClient';

export const CREDENTIAL_TYPE = 'douyinOpenApi';

export function toDouyinOpenCredentials(
	data: ICredentialDataDecryptedObject,
): DouyinOpenCredentials {
	const text = (value: unknown) =>
		value === undefined || value === null ? '' : String(value).trim();
	return {
		clientKey: text(data.clientKey),
		clientSecret: String(data.clientSecret ?? ''),
		accessToken: text(data.accessToken) || undefined,
		refreshToken: text(data.refreshToken) || undefined,
		openId: text(data.openId) || undefined,
		baseUrl: text(data.baseUrl) || undefined,
	};
}

export async function createDouyinOpenClient(
	ctx: IExecuteFunctions | IWebhookFunctions,
): Promise<DouyinOpenClient> {
	return new DouyinOpenClient(toDouyinOpenCredentials(await ctx.getCredentials(CREDENTIAL_TYPE)));
}

/**
 * The Test button: Client Key and Secret are checked with the stable app token (it does not rotate tokens
 * other systems hold); when user tokens are present, a quota call proves token, Open ID and scope, after
 * refreshing the access token if it expired. No token or secret is part of the message.
 */
export async function testDouyinOpenCredential(
	credential: ICredentialsDecrypted,
): Promise<INodeCredentialTestResult> {
	try {
		const credentials = toDouyinOpenCredentials(credential.data ?? {});
		const client = new DouyinOpenClient(credentials);
		await client.verifyAppCredentials();
		if (!credentials.accessToken && !credentials.refreshToken) {
			return {
				status: 'OK',
				message:
					'Client Key and Client Secret are valid. Add the user tokens and Open ID to use the Douyin Open node; the trigger needs only these.',
			};
		}
		const { leftCount } = await client.getQuota();
		return {
			status: 'OK',
			message: `Connected: the authorized account can create ${leftCount} more fan group(s)`,
		};
	} catch (error) {
		return { status: 'Error', message: describeError(error, { withCode: true }) };
	}
}

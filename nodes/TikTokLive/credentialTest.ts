import type {
	ICredentialsDecrypted,
	ICredentialTestFunctions,
	INodeCredentialTestResult,
} from 'n8n-workflow';

import { describeError } from '../shared/errors';
import { toTikTokLiveSettings } from './credentials';

/**
 * The credential's Test button: with a sign server, ask its rate limits (checks URL and API key without using up
 * a connection); in direct mode, ask the WebCast base URL whether a room is alive.
 */
export async function testTikTokLiveCredential(
	this: ICredentialTestFunctions,
	credential: ICredentialsDecrypted,
): Promise<INodeCredentialTestResult> {
	const settings = toTikTokLiveSettings(credential.data ?? {});
	try {
		if (settings.sign) {
			await settings.sign.getRateLimits();
			return { status: 'OK', message: 'The sign server accepted the request' };
		}
		await settings.client.checkAlive(['1']);
		return { status: 'OK', message: 'The WebCast base URL answered' };
	} catch (error) {
		return { status: 'Error', message: describeError(error) };
	}
}

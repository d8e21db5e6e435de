import type { ICredentialDataDecryptedObject, IExecuteFunctions } from 'n8n-workflow';

import {
	SimpleDouyinClient,
	type AuthMode,
	type SimpleDouyinCredentials,
} from './transport/SimpleDouyinClient';

export const CREDENTIAL_TYPE = 'simpleDouyinApi';

export function toSimpleDouyinCredentials(
	data: ICredentialDataDecryptedObject,
): SimpleDouyinCredentials {
	const authMode: AuthMode = data.authMode === 'token' ? 'token' : 'password';
	return {
		baseUrl: data.baseUrl ? String(data.baseUrl) : undefined,
		authMode,
		username: authMode === 'password' ? String(data.username ?? '').trim() : undefined,
		password: authMode === 'password' ? String(data.password ?? '') : undefined,
		token: authMode === 'token' ? String(data.token ?? '').trim() : undefined,
	};
}

export async function createSimpleDouyinClient(
	ctx: IExecuteFunctions,
): Promise<SimpleDouyinClient> {
	return new SimpleDouyinClient(
		toSimpleDouyinCredentials(await ctx.getCredentials(CREDENTIAL_TYPE)),
	);
}

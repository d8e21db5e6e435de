import type { IDataObject } from 'n8n-workflow';

import { requiredString } from '../../../shared/n8n/parameters';
import { usernameField } from '../fields';
import type { TikTokLiveOperation } from '../types';

export const getUserInfo: TikTokLiveOperation = {
	readOnly: true,
	description: [usernameField('user', 'getInfo')],
	async execute(client, itemIndex) {
		const username = requiredString(this, 'username', 'Username', itemIndex);
		return { ...(await client.getUserLiveInfo(username)) } as IDataObject;
	},
};

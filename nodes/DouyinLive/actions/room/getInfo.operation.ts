import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { requiredString } from '../parameters';
import type { DouyinLiveOperation } from '../types';

const description: INodeProperties[] = [
	{
		displayName: 'Companion Token',
		name: 'companionToken',
		type: 'string',
		typeOptions: { password: true },
		required: true,
		default: '',
		description:
			'The token the game client received when the anchor launched the game from 直播伴侣 or the mobile app; valid 30 minutes',
		displayOptions: { show: { resource: ['room'], operation: ['getInfo'] } },
	},
];

export const getRoomInfo: DouyinLiveOperation = {
	readOnly: true,
	description,
	async execute(client, itemIndex) {
		const token = requiredString(this, 'companionToken', 'Companion Token', itemIndex);
		return { ...(await client.getRoomInfo(token)) } as IDataObject;
	},
};

import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { ownerIdField } from '../fields';
import { optionalId } from '../parameters';
import type { SimpleDouyinOperation } from '../types';

const description: INodeProperties[] = [
	{
		...ownerIdField('user', 'get', 'profile'),
		description: 'The user to get. Leave empty for the logged-in user.',
	},
];

export const getUser: SimpleDouyinOperation = {
	readOnly: true,
	description,
	async execute(client, itemIndex) {
		const userId = optionalId(this, 'userId', 'User ID', itemIndex);
		return (await client.getUser(userId)) as IDataObject;
	},
};

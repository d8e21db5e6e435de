import type { INodeProperties } from 'n8n-workflow';

import { camelCaseKeys, show } from '../fields';
import type { DouyinOpenOperation } from '../types';

const description: INodeProperties[] = [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
		displayOptions: show('getMany'),
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
		displayOptions: show('getMany', { returnAll: [false] }),
	},
];

export const getMany: DouyinOpenOperation = {
	description,
	async execute(client, itemIndex) {
		const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
		// Douyin returns every group in one answer (no paging is known), so the limit is applied here.
		const { groups } = await client.listGroups();
		const items = groups.map((group) => camelCaseKeys(group));
		return returnAll ? items : items.slice(0, this.getNodeParameter('limit', itemIndex, 50) as number);
	},
};

import type { INodeProperties } from 'n8n-workflow';

import { camelCaseKeys } from '../fields';
import { returnAllAndLimit } from '../../../shared/n8n/operations';
import type { DouyinOpenOperation } from '../types';

const description: INodeProperties[] = [
	...returnAllAndLimit({ resource: ['imGroup'], operation: ['getMany'] }),
];

export const getMany: DouyinOpenOperation = {
	readOnly: true,
	description,
	async execute(client, itemIndex) {
		const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
		// Douyin returns every group in one answer (no paging is known), so the limit is applied here.
		const { groups } = await client.listGroups();
		const items = groups.map((group) => camelCaseKeys(group));
		return returnAll
			? items
			: items.slice(0, this.getNodeParameter('limit', itemIndex, 50) as number);
	},
};

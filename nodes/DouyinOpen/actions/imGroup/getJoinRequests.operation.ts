import { NodeOperationError, type IDataObject, type INodeProperties } from 'n8n-workflow';

import { MAX_AUDIT_PAGE_SIZE } from '../../transport/endpoints';
import type { DouyinOpenClient } from '../../transport/DouyinOpenClient';
import { camelCaseKeys, show } from '../fields';
import { returnAllAndLimit } from '../../../shared/n8n/operations';
import type { DouyinOpenOperation } from '../types';

const description: INodeProperties[] = [
	...returnAllAndLimit({ resource: ['imGroup'], operation: ['getJoinRequests'] }),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		displayOptions: show('getJoinRequests'),
		options: [
			{
				displayName: 'Page Size',
				name: 'pageSize',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: MAX_AUDIT_PAGE_SIZE },
				default: MAX_AUDIT_PAGE_SIZE,
				description: 'Join requests per request to Douyin, 1 to 50',
			},
			{
				displayName: 'Start Cursor',
				name: 'cursor',
				type: 'string',
				default: '0',
				description: 'Where to start: 0 for the first page, or the "nextCursor" of an earlier run',
			},
		],
	},
];

/** Pages are bounded so a server that keeps answering has_more with the same cursor cannot loop forever. */
const MAX_PAGES = 1000;

export async function readJoinRequests(
	client: DouyinOpenClient,
	options: { pageSize: number; cursor: string; limit?: number },
): Promise<IDataObject[]> {
	const results: IDataObject[] = [];
	let cursor = options.cursor;
	for (let page = 0; page < MAX_PAGES; page++) {
		const answer = await client.getJoinRequests(options.pageSize, cursor);
		for (const request of answer.requests)
			results.push({ ...camelCaseKeys(request), nextCursor: answer.cursor });
		if (options.limit !== undefined && results.length >= options.limit)
			return results.slice(0, options.limit);
		// Douyin filters out requests that are no longer pending, so a short or empty page can still have
		// more behind it: follow has_more, not the page length (reference §2.4).
		if (!answer.hasMore || answer.cursor === cursor) return results;
		cursor = answer.cursor;
	}
	return results;
}

export const getJoinRequests: DouyinOpenOperation = {
	readOnly: true,
	description,
	async execute(client, itemIndex) {
		const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
		const limit = returnAll ? undefined : (this.getNodeParameter('limit', itemIndex, 50) as number);
		const options = this.getNodeParameter('options', itemIndex, {}) as {
			pageSize?: number;
			cursor?: string;
		};
		const cursor = String(options.cursor ?? '0').trim() || '0';
		if (!/^\d+$/.test(cursor)) {
			throw new NodeOperationError(
				this.getNode(),
				`Start Cursor "${cursor}" is not a whole number`,
				{ itemIndex, description: 'Use 0, or the nextCursor of an earlier run.' },
			);
		}
		return readJoinRequests(client, {
			pageSize: options.pageSize ?? MAX_AUDIT_PAGE_SIZE,
			cursor,
			limit,
		});
	},
};

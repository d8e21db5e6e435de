import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/n8n/operations';
import { BACKFILL_MSG_TYPE_OPTIONS, roomIdField } from '../fields';
import { requiredString } from '../parameters';
import type { DouyinLiveOperation } from '../types';
import { MAX_FAIL_DATA_PAGE_SIZE, type MsgType } from '../../transport/endpoints';
import type { DouyinLiveClient, FailDataPage } from '../../transport/DouyinLiveClient';
import { pushItemJson, toPushMessage } from '../../transport/pushMessages';

const show = { resource: ['failedData'], operation: ['getMany'] };

const description: INodeProperties[] = [
	roomIdField('failedData', ['getMany']),
	{
		displayName: 'Message Type',
		name: 'msgType',
		type: 'options',
		options: BACKFILL_MSG_TYPE_OPTIONS,
		default: 'live_gift',
		description: 'Only gift and fans club pushes can be recovered',
		displayOptions: { show },
	},
	...returnAllAndLimit(show),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		displayOptions: { show },
		options: [
			{
				displayName: 'Start Page',
				name: 'startPage',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 1,
				description:
					'The first page to read (pages start at 1); use it to continue where an earlier run stopped',
			},
			{
				displayName: 'Page Size',
				name: 'pageSize',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: MAX_FAIL_DATA_PAGE_SIZE },
				default: MAX_FAIL_DATA_PAGE_SIZE,
				description: 'Failed pushes per request, at most 100',
			},
		],
	},
];

/**
 * One output item per message inside the failed pushes, in the shape the triggers emit (pushItemJson),
 * plus the page it was read from, so a later run can continue with Start Page.
 */
function messagesOf(page: FailDataPage): IDataObject[] {
	const items: IDataObject[] = [];
	for (const push of page.pushes) {
		for (const message of push.messages) {
			items.push({
				...pushItemJson(toPushMessage(message, push.msgType, push.roomId)),
				pageNum: page.pageNum,
			} as IDataObject);
		}
	}
	return items;
}

/** Reads pages from `startPage` until `limit` messages, a short page, or the reported total. */
export async function readFailedMessages(
	client: DouyinLiveClient,
	roomId: string,
	msgType: MsgType,
	options: { startPage: number; pageSize: number; limit?: number },
): Promise<IDataObject[]> {
	const results: IDataObject[] = [];
	for (let pageNum = options.startPage; ; pageNum++) {
		const page = await client.getFailData(roomId, msgType, pageNum, options.pageSize);
		results.push(...messagesOf(page));
		if (options.limit !== undefined && results.length >= options.limit)
			return results.slice(0, options.limit);
		const readPushes = (pageNum - 1) * options.pageSize + page.pushes.length;
		if (page.pushes.length < options.pageSize || readPushes >= page.totalCount) return results;
	}
}

export const getManyFailedData: DouyinLiveOperation = {
	readOnly: true,
	description,
	async execute(client, itemIndex) {
		const roomId = requiredString(this, 'roomId', 'Room ID', itemIndex);
		const msgType = this.getNodeParameter('msgType', itemIndex) as MsgType;
		const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
		const limit = returnAll ? undefined : (this.getNodeParameter('limit', itemIndex, 50) as number);
		const options = this.getNodeParameter('options', itemIndex, {}) as {
			startPage?: number;
			pageSize?: number;
		};
		return readFailedMessages(client, roomId, msgType, {
			startPage: options.startPage ?? 1,
			pageSize: options.pageSize ?? MAX_FAIL_DATA_PAGE_SIZE,
			limit,
		});
	},
};

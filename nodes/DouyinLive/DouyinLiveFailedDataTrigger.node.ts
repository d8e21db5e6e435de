import {
	NodeConnectionTypes,
	NodeOperationError,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
	type IPollFunctions,
} from 'n8n-workflow';

import { chosenOptionsSubtitle } from '../shared/n8n/subtitles';
import { BACKFILL_MSG_TYPE_OPTIONS } from './actions/fields';
import { createDouyinLiveClient, douyinLiveGameApiTest } from './credentials';
import { MAX_FAIL_DATA_PAGE_SIZE, type MsgType } from './transport/endpoints';
import { pollFailedData } from './trigger/failedDataPoll';

export class DouyinLiveFailedDataTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Douyin Live Failed Data Trigger',
		name: 'douyinLiveFailedDataTrigger',
		icon: { light: 'file:douyinLive.svg', dark: 'file:douyinLive.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: chosenOptionsSubtitle(
			'msgTypes',
			BACKFILL_MSG_TYPE_OPTIONS,
			'No message types selected',
		),
		description:
			'Starts the workflow with gift and fans club pushes that Douyin failed to deliver, each one once',
		defaults: { name: 'Douyin Live Failed Data Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'douyinLiveGameApi', required: true, testedBy: 'douyinLiveGameApiTest' }],
		properties: [
			{
				displayName:
					'A test run (Fetch Test Event) shows only the first page of each room and message type and does not move the saved position. The active workflow reads the whole backfill and emits each push once.',
				name: 'testRunNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Room IDs',
				name: 'roomIds',
				type: 'string',
				required: true,
				default: '',
				placeholder: '7214015683695250235',
				description: 'Live rooms to watch, separated by commas',
			},
			{
				displayName: 'Message Types',
				name: 'msgTypes',
				type: 'multiOptions',
				options: BACKFILL_MSG_TYPE_OPTIONS,
				default: ['live_gift'],
				description: 'Only gift and fans club pushes can be recovered',
			},
			{
				displayName: 'Page Size',
				name: 'pageSize',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: MAX_FAIL_DATA_PAGE_SIZE },
				default: MAX_FAIL_DATA_PAGE_SIZE,
				description: 'Failed pushes read per request, at most 100',
			},
		],
	};

	methods = { credentialTest: { douyinLiveGameApiTest } };

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const roomIds = String(this.getNodeParameter('roomIds', ''))
			.split(/[\n,]/)
			.map((id) => id.trim())
			.filter(Boolean);
		const msgTypes = this.getNodeParameter('msgTypes', []) as MsgType[];
		const pageSize = this.getNodeParameter('pageSize', MAX_FAIL_DATA_PAGE_SIZE) as number;
		if (roomIds.length === 0)
			throw new NodeOperationError(this.getNode(), 'Room IDs is empty', {
				description: 'Enter at least one live room ID.',
			});
		if (msgTypes.length === 0)
			throw new NodeOperationError(this.getNode(), 'No message type selected', {
				description: 'Choose Gift, Fans Club or both.',
			});

		const client = await createDouyinLiveClient(this);
		return await pollFailedData(this, client, { roomIds, msgTypes, pageSize });
	}
}

import { NodeOperationError, type INodeProperties } from 'n8n-workflow';

import { MSG_TYPE_OPTIONS, roomIdField } from '../fields';
import { requiredString, stringList } from '../parameters';
import type { DouyinLiveOperation } from '../types';

const show = { resource: ['ack'], operation: ['report'] };

const description: INodeProperties[] = [
	roomIdField('ack', ['report']),
	{
		displayName: 'Ack Type',
		name: 'ackType',
		type: 'options',
		options: [
			{ name: 'Received', value: 1, description: 'The push reached your server' },
			{ name: 'Processed', value: 2, description: 'The message has taken effect in the game' },
		],
		default: 2,
		description: 'Douyin expects both: first Received, then Processed',
		displayOptions: { show },
	},
	{
		displayName: 'Message Type',
		name: 'msgType',
		type: 'options',
		options: MSG_TYPE_OPTIONS,
		default: 'live_gift',
		displayOptions: { show },
	},
	{
		displayName: 'Message IDs',
		name: 'msgIds',
		type: 'string',
		required: true,
		default: '={{ $json.msgId }}',
		description: 'The msg_id of each message to acknowledge, separated by commas',
		displayOptions: { show },
	},
	{
		displayName: 'Client Time',
		name: 'clientTime',
		type: 'dateTime',
		default: '',
		description: 'When the message was received or processed; now if empty',
		displayOptions: { show },
	},
];

export const reportAck: DouyinLiveOperation = {
	description,
	async execute(client, itemIndex) {
		const roomId = requiredString(this, 'roomId', 'Room ID', itemIndex);
		const ackType = Number(this.getNodeParameter('ackType', itemIndex)) as 1 | 2;
		const msgType = this.getNodeParameter('msgType', itemIndex) as string;
		const msgIds = stringList(this, 'msgIds', itemIndex);
		if (msgIds.length === 0) {
			throw new NodeOperationError(this.getNode(), 'Message IDs is empty', {
				itemIndex,
				description: 'Map the msgId of the trigger item, e.g. {{ $json.msgId }}.',
			});
		}
		const timeParameter = this.getNodeParameter('clientTime', itemIndex, '') as string;
		const clientTime = timeParameter ? Date.parse(timeParameter) : Date.now();
		if (Number.isNaN(clientTime))
			throw new NodeOperationError(this.getNode(), `Client Time "${timeParameter}" is not a date`, {
				itemIndex,
			});
		const { logId } = await client.reportAck(
			roomId,
			ackType,
			msgIds.map((msgId) => ({ msgId, msgType, clientTime })),
		);
		return { roomId, ackType, msgType, msgIds, acknowledged: true, logId };
	},
};

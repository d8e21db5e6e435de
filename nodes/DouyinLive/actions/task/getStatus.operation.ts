import { msgTypesField, roomIdField } from '../fields';
import { runEachPart } from '../eachPart';
import { msgTypes, requiredString } from '../parameters';
import type { DouyinLiveOperation } from '../types';
import { msgTypeReport } from './msgTypeReport';

export const getTaskStatus: DouyinLiveOperation = {
	readOnly: true,
	description: [roomIdField('task', ['getStatus']), msgTypesField('task', ['getStatus'])],
	async execute(client, itemIndex) {
		const roomId = requiredString(this, 'roomId', 'Room ID', itemIndex);
		return runEachPart(
			this,
			itemIndex,
			msgTypes(this, itemIndex),
			async (msgType) => {
				const { status, statusName, running, logId } = await client.getTaskStatus(roomId, msgType);
				return [{ roomId, msgType, status, statusName, running, logId }];
			},
			msgTypeReport(roomId, {}, (item) => `${item.msgType} is ${item.statusName}`),
		);
	},
};

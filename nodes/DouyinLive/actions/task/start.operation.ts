import { msgTypesField, roomIdField } from '../fields';
import { runEachPart } from '../eachPart';
import { msgTypes, requiredString } from '../parameters';
import type { DouyinLiveOperation } from '../types';
import { msgTypeReport } from './msgTypeReport';

export const startTask: DouyinLiveOperation = {
	description: [roomIdField('task', ['start']), msgTypesField('task', ['start'])],
	async execute(client, itemIndex) {
		const roomId = requiredString(this, 'roomId', 'Room ID', itemIndex);
		return runEachPart(
			this,
			itemIndex,
			msgTypes(this, itemIndex),
			async (msgType) => {
				const { taskId, logId } = await client.startTask(roomId, msgType);
				return [{ roomId, msgType, taskId, started: true, logId }];
			},
			msgTypeReport(
				roomId,
				{ started: false },
				(item) => `${item.msgType} started (task ${item.taskId})`,
			),
		);
	},
};

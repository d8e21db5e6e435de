import { msgTypesField, roomIdField } from '../fields';
import { runEachPart } from '../eachPart';
import { msgTypes, requiredString } from '../parameters';
import type { DouyinLiveOperation } from '../types';
import { msgTypeReport } from './msgTypeReport';

export const stopTask: DouyinLiveOperation = {
	description: [roomIdField('task', ['stop']), msgTypesField('task', ['stop'])],
	async execute(client, itemIndex) {
		const roomId = requiredString(this, 'roomId', 'Room ID', itemIndex);
		return runEachPart(
			this,
			itemIndex,
			msgTypes(this, itemIndex),
			async (msgType) => {
				const { logId } = await client.stopTask(roomId, msgType);
				return [{ roomId, msgType, stopped: true, logId }];
			},
			msgTypeReport(roomId, { stopped: false }, (item) => `${item.msgType} stopped`),
		);
	},
};

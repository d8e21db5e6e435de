import { msgTypesField, roomIdField } from '../fields';
import { msgTypes, requiredString } from '../parameters';
import type { DouyinLiveOperation } from '../types';

export const startTask: DouyinLiveOperation = {
	description: [roomIdField('task', ['start']), msgTypesField('task', ['start'])],
	async execute(client, itemIndex) {
		const roomId = requiredString(this, 'roomId', 'Room ID', itemIndex);
		const results = [];
		for (const msgType of msgTypes(this, itemIndex)) {
			const { taskId, logId } = await client.startTask(roomId, msgType);
			results.push({ roomId, msgType, taskId, started: true, logId });
		}
		return results;
	},
};

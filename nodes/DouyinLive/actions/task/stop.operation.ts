import { msgTypesField, roomIdField } from '../fields';
import { msgTypes, requiredString } from '../parameters';
import type { DouyinLiveOperation } from '../types';

export const stopTask: DouyinLiveOperation = {
	description: [roomIdField('task', ['stop']), msgTypesField('task', ['stop'])],
	async execute(client, itemIndex) {
		const roomId = requiredString(this, 'roomId', 'Room ID', itemIndex);
		const results = [];
		for (const msgType of msgTypes(this, itemIndex)) {
			const { logId } = await client.stopTask(roomId, msgType);
			results.push({ roomId, msgType, stopped: true, logId });
		}
		return results;
	},
};

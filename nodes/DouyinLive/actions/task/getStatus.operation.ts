import { msgTypesField, roomIdField } from '../fields';
import { msgTypes, requiredString } from '../parameters';
import type { DouyinLiveOperation } from '../types';

export const getTaskStatus: DouyinLiveOperation = {
	readOnly: true,
	description: [roomIdField('task', ['getStatus']), msgTypesField('task', ['getStatus'])],
	async execute(client, itemIndex) {
		const roomId = requiredString(this, 'roomId', 'Room ID', itemIndex);
		const results = [];
		for (const msgType of msgTypes(this, itemIndex)) {
			const { status, statusName, running, logId } = await client.getTaskStatus(roomId, msgType);
			results.push({ roomId, msgType, status, statusName, running, logId });
		}
		return results;
	},
};

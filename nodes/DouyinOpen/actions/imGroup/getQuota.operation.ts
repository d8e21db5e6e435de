import type { DouyinOpenOperation } from '../types';

export const getQuota: DouyinOpenOperation = {
	readOnly: true,
	description: [],
	async execute(client) {
		const { leftCount, logId } = await client.getQuota();
		return { leftCount, logId: logId ?? null };
	},
};

import type { INodeProperties } from 'n8n-workflow';

import { show } from '../fields';
import { requiredString } from '../parameters';
import type { DouyinOpenOperation } from '../types';

/** Approve and Reject differ only in the status they send (reference §2.5). */
export function reviewJoinRequest(
	operation: string,
	decision: 'approve' | 'reject',
): DouyinOpenOperation {
	const description: INodeProperties[] = [
		{
			displayName: 'Apply ID',
			name: 'applyId',
			type: 'string',
			required: true,
			default: '',
			description:
				'The join request: "applyId" of Get Join Requests, or of a Join Request Changed trigger event',
			displayOptions: show(operation),
		},
	];
	return {
		description,
		async execute(client, itemIndex) {
			const applyId = requiredString(this, 'applyId', 'Apply ID', itemIndex);
			const { success, logId } = await client.setJoinRequestStatus(applyId, decision);
			return {
				applyId,
				decision: decision === 'approve' ? 'approved' : 'rejected',
				success,
				logId: logId ?? null,
			};
		},
	};
}

import type { IDataObject } from 'n8n-workflow';

import type { PartReport } from '../eachPart';
import type { MsgType } from '../../transport/endpoints';

/** How a task operation names a message type that failed and says what the other types did. */
export function msgTypeReport(
	roomId: string,
	failedFields: IDataObject,
	doneText: (item: IDataObject) => string,
): PartReport<MsgType> {
	return {
		label: (msgType) => msgType,
		failedItem: (msgType) => ({ roomId, msgType, ...failedFields }),
		done: (succeeded) =>
			`Done before the node stopped: ${succeeded
				.flatMap(({ items }) => items.map(doneText))
				.join(', ')}. Turn on Continue On Fail to get one item per message type.`,
	};
}

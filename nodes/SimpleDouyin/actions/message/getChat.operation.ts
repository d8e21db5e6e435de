import { NodeOperationError, type INodeProperties } from 'n8n-workflow';

import { idField, returnAllFields, showFor } from '../fields';
import { limited, requiredId } from '../parameters';
import type { SimpleDouyinOperation } from '../types';

const description: INodeProperties[] = [
	idField({
		name: 'toUserId',
		displayName: 'With User ID',
		resource: 'message',
		operation: 'getChat',
		description: 'The other user of the conversation',
	}),
	...returnAllFields('message', 'getChat'),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		displayOptions: showFor('message', 'getChat'),
		options: [
			{
				displayName: 'Previous Message Time',
				name: 'preMsgTime',
				type: 'string',
				default: '',
				placeholder: '={{ $json.create_time }}',
				description:
					'Only messages newer than this (pre_msg_time): pass back the create_time of the latest message you already have, exactly as this server returned it. Servers differ on the unit (seconds or milliseconds); a value in the other unit is refused with an error. Empty returns the whole conversation.',
			},
		],
	},
];

export const getChat: SimpleDouyinOperation = {
	readOnly: true,
	description,
	async execute(client, itemIndex) {
		const toUserId = requiredId(this, 'toUserId', 'With User ID', itemIndex);
		const options = this.getNodeParameter('options', itemIndex, {}) as {
			preMsgTime?: string | number;
		};
		const raw = options.preMsgTime === undefined ? '' : String(options.preMsgTime).trim();
		if (raw && !/^\d+$/.test(raw)) {
			throw new NodeOperationError(
				this.getNode(),
				`Previous Message Time "${raw}" is not a timestamp`,
				{
					itemIndex,
					description: 'Use the create_time of a message this server returned.',
				},
			);
		}
		return limited(this, itemIndex, await client.chat(toUserId, raw || undefined));
	},
};

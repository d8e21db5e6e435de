import type { INodeProperties } from 'n8n-workflow';

import { BACKFILL_MSG_TYPES, MSG_TYPES } from '../transport/endpoints';

export const MSG_TYPE_OPTIONS = [
	{ name: 'Comment', value: 'live_comment', description: 'Chat comments (弹幕)' },
	{ name: 'Gift', value: 'live_gift', description: 'Gifts sent to the anchor' },
	{ name: 'Like', value: 'live_like', description: 'Likes, merged by Douyin every 2 seconds' },
	{ name: 'Fans Club', value: 'live_fansclub', description: 'Fans club joins and level-ups' },
].filter((option) => (MSG_TYPES as readonly string[]).includes(option.value));

export const BACKFILL_MSG_TYPE_OPTIONS = MSG_TYPE_OPTIONS.filter((option) =>
	(BACKFILL_MSG_TYPES as readonly string[]).includes(option.value),
);

/** A room id field; room ids exceed 2^53, so it is a string field and never a number. */
export function roomIdField(resource: string, operations: string[]): INodeProperties {
	return {
		displayName: 'Room ID',
		name: 'roomId',
		type: 'string',
		required: true,
		default: '',
		placeholder: '7214015683695250235',
		description:
			'The live room ID. Keep it a string: room IDs are larger than JavaScript numbers can hold exactly.',
		displayOptions: { show: { resource: [resource], operation: operations } },
	};
}

export function msgTypesField(resource: string, operations: string[]): INodeProperties {
	return {
		displayName: 'Message Types',
		name: 'msgTypes',
		type: 'multiOptions',
		required: true,
		options: MSG_TYPE_OPTIONS,
		default: ['live_comment', 'live_gift', 'live_like'],
		description:
			'Douyin runs one push task per message type; the node calls the API once for each type chosen',
		displayOptions: { show: { resource: [resource], operation: operations } },
	};
}

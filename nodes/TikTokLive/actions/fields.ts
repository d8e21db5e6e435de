import type { INodeProperties } from 'n8n-workflow';

/** Room ids exceed 2^53: a string field, never a number. */
export function roomIdField(resource: string, operation: string, required = true): INodeProperties {
	return {
		displayName: 'Room ID',
		name: 'roomId',
		type: 'string',
		required,
		default: '',
		placeholder: '7312345678901234567',
		description:
			'The live room ID, e.g. from User › Get Info. Keep it a string: room IDs are larger than JavaScript numbers can hold exactly.',
		displayOptions: { show: { resource: [resource], operation: [operation] } },
	};
}

export function usernameField(resource: string, operation: string): INodeProperties {
	return {
		displayName: 'Username',
		name: 'username',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'tiktok',
		description: 'The TikTok @handle (with or without @), or a profile or live URL',
		displayOptions: { show: { resource: [resource], operation: [operation] } },
	};
}

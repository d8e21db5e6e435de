import type {
	IDataObject,
	IDisplayOptions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';

import type { MessageInput, MessageType } from '../transport/messageContent';

export const RESOURCE = 'imGroup';

export function show(
	operation: string,
	extra: NonNullable<IDisplayOptions['show']> = {},
): IDisplayOptions {
	return { show: { resource: [RESOURCE], operation: [operation], ...extra } };
}

/** A group id field; ids look like "@aaaaaa==" and are kept as strings. */
export function groupIdField(operation: string, description?: string): INodeProperties {
	return {
		displayName: 'Group ID',
		name: 'groupId',
		type: 'string',
		required: true,
		default: '',
		placeholder: '@9VwKzuuES8gsNHPSbbRTRs7/hsedtKdVbXEVbwzL1aY=',
		description:
			description ?? 'The fan group: "groupId" of Get Many, or of a Douyin Open Trigger event',
		displayOptions: show(operation),
	};
}

export const SETTING_TYPE_OPTIONS: INodePropertyOptions[] = [
	{
		name: 'Welcome Message',
		value: 'welcome',
		description: 'The greeting shown to members when they join (进群问候语)',
	},
	{ name: 'Group Notice', value: 'notice', description: 'The group announcement (群公告)' },
];

export function settingTypeField(operation: string): INodeProperties {
	return {
		displayName: 'Setting',
		name: 'settingType',
		type: 'options',
		options: SETTING_TYPE_OPTIONS,
		default: 'welcome',
		displayOptions: show(operation),
	};
}

const MESSAGE_TYPE_OPTIONS: Record<MessageType, INodePropertyOptions> = {
	text: { name: 'Text', value: 'text' },
	image: {
		name: 'Image',
		value: 'image',
		description: "An image uploaded with Douyin's image upload API (media_id)",
	},
	video: { name: 'Video', value: 'video', description: 'A Douyin video (item_id)' },
	card: {
		name: 'Lead Card',
		value: 'card',
		description: 'A lead-collection card (留资卡片) made in the Douyin console',
	},
	appletCard: {
		name: 'Mini App Card',
		value: 'appletCard',
		description: 'A card that opens a Douyin mini app',
	},
	coupon: {
		name: 'Mini App Coupon',
		value: 'coupon',
		description: 'A mini app coupon (welcome messages and notices)',
	},
	json: {
		name: 'Custom JSON',
		value: 'json',
		description: 'A content object written by hand, for message types without a builder',
	},
};

/**
 * The fields of one message, for the given types. `showFor` adds the display conditions of the place the
 * fields live in (the operation for Send; nothing inside a fixed collection, where siblings are matched).
 */
export function messageFields(
	types: readonly MessageType[],
	showFor: NonNullable<IDisplayOptions['show']>,
): INodeProperties[] {
	const when = (messageType: MessageType[]): IDisplayOptions => ({
		show: { ...showFor, messageType },
	});
	const fields: INodeProperties[] = [
		{
			displayName: 'Message Type',
			name: 'messageType',
			type: 'options',
			options: types.map((type) => MESSAGE_TYPE_OPTIONS[type]),
			default: 'text',
			displayOptions: Object.keys(showFor).length ? { show: showFor } : undefined,
		},
		{
			displayName: 'Text',
			name: 'text',
			type: 'string',
			typeOptions: { rows: 3 },
			default: '',
			required: true,
			displayOptions: when(['text']),
		},
		{
			displayName: 'Media ID',
			name: 'mediaId',
			type: 'string',
			default: '',
			required: true,
			description: "The media_id returned by Douyin's image upload API",
			displayOptions: when(['image']),
		},
		{
			displayName: 'Video Item ID',
			name: 'itemId',
			type: 'string',
			default: '',
			required: true,
			description: 'The item_id of a Douyin video',
			displayOptions: when(['video']),
		},
		{
			displayName: 'Card ID',
			name: 'cardId',
			type: 'string',
			default: '',
			required: true,
			description: 'The card_id of a lead card',
			displayOptions: when(['card']),
		},
		{
			displayName: 'Card Template ID',
			name: 'cardTemplateId',
			type: 'string',
			default: '',
			required: true,
			displayOptions: when(['appletCard']),
		},
		{
			displayName: 'Mini App ID',
			name: 'appId',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'tt1234567890abcdef',
			displayOptions: when(['appletCard']),
		},
		{
			displayName: 'Page Path',
			name: 'path',
			type: 'string',
			default: '',
			description: 'The mini app page the card opens; use either this or Schema',
			displayOptions: when(['appletCard']),
		},
		{
			displayName: 'Page Query',
			name: 'query',
			type: 'string',
			default: '',
			placeholder: 'a=1&b=2',
			description: 'Query string for the page',
			displayOptions: when(['appletCard']),
		},
		{
			displayName: 'Schema',
			name: 'schema',
			type: 'string',
			default: '',
			description: 'A schema link to open instead of Page Path',
			displayOptions: when(['appletCard']),
		},
		{
			displayName: 'Activity ID',
			name: 'activityId',
			type: 'string',
			default: '',
			required: true,
			description: 'The coupon activity ID (int64, kept exact as text)',
			displayOptions: when(['coupon']),
		},
		{
			displayName: 'Coupon Meta ID',
			name: 'couponMetaId',
			type: 'string',
			default: '',
			required: true,
			description: 'The coupon meta ID (int64, kept exact as text)',
			displayOptions: when(['coupon']),
		},
		{
			displayName: 'Content (JSON)',
			name: 'contentJson',
			type: 'json',
			default: '{\n  "msg_type": 1,\n  "text": { "text": "Hello" }\n}',
			required: true,
			description: 'The message content object as Douyin defines it; sent exactly as written',
			displayOptions: when(['json']),
		},
	];
	return fields.filter(
		(field) =>
			field.name === 'messageType' ||
			types.some((type) =>
				(field.displayOptions?.show?.messageType as string[] | undefined)?.includes(type),
			),
	);
}

/** Turns the values of the message fields into a builder input. */
export function toMessageInput(values: Record<string, unknown>): MessageInput {
	const s = (name: string) => {
		const value = values[name];
		if (value === undefined || value === null) return '';
		return typeof value === 'string'
			? value
			: typeof value === 'object'
				? JSON.stringify(value)
				: String(value);
	};
	const type = (s('messageType') || 'text') as MessageType;
	switch (type) {
		case 'text':
			return { type, text: s('text') };
		case 'image':
			return { type, mediaId: s('mediaId') };
		case 'video':
			return { type, itemId: s('itemId') };
		case 'card':
			return { type, cardId: s('cardId') };
		case 'appletCard':
			return {
				type,
				cardTemplateId: s('cardTemplateId'),
				appId: s('appId'),
				path: s('path'),
				query: s('query'),
				schema: s('schema'),
			};
		case 'coupon':
			return { type, activityId: s('activityId'), couponMetaId: s('couponMetaId') };
		case 'json':
			return { type, json: s('contentJson') };
		default:
			return { type: 'json', json: '' };
	}
}

const MESSAGE_FIELD_NAMES = [
	'messageType',
	'text',
	'mediaId',
	'itemId',
	'cardId',
	'cardTemplateId',
	'appId',
	'path',
	'query',
	'schema',
	'activityId',
	'couponMetaId',
	'contentJson',
];

/** Reads the top-level message fields of an operation (only those shown for the chosen type exist). */
export function readMessageValues(
	getParameter: (name: string) => unknown,
): Record<string, unknown> {
	const values: Record<string, unknown> = {};
	for (const name of MESSAGE_FIELD_NAMES) values[name] = getParameter(name);
	return values;
}

/** snake_case keys → camelCase, one level deep: output items read like the rest of n8n. */
export function camelCaseKeys(record: Record<string, unknown>): IDataObject {
	const out: IDataObject = {};
	for (const [key, value] of Object.entries(record))
		out[key.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase())] =
			value as IDataObject[string];
	return out;
}

import { RawJson, toBigIntExact } from '../../shared/jsonStringify';

/**
 * The message `content` object of Send and of the welcome/notice `msg_list` (reference §3), built from
 * plain inputs. int64 fields (coupon ids) become BigInt so they are written as exact bare digits.
 */

export const MSG_TYPE = {
	text: 1,
	image: 2,
	video: 3,
	card: 8,
	appletCard: 10,
	coupon: 11,
} as const;

export type MessageInput =
	| { type: 'text'; text: string }
	| { type: 'image'; mediaId: string }
	| { type: 'video'; itemId: string }
	/** 留资卡片 (retain_consult_card): a lead-collection card made in the console. */
	| { type: 'card'; cardId: string }
	| {
			type: 'appletCard';
			cardTemplateId: string;
			appId: string;
			path?: string;
			query?: string;
			schema?: string;
	  }
	| { type: 'coupon'; activityId: string; couponMetaId: string }
	/** A content object written by the user, sent as typed (for message types without a builder). */
	| { type: 'json'; json: string };

export type MessageType = MessageInput['type'];

/** Types Douyin accepts in Send (reference §2.8: 1, 2, 3, 8, 10); coupons are documented for welcome/notice only, Custom JSON can still try one. */
export const SEND_TYPES: readonly MessageType[] = [
	'text',
	'image',
	'video',
	'card',
	'appletCard',
	'json',
];
/** Types Douyin accepts in a welcome or notice `msg_list` (reference §2.6). */
export const SETTING_TYPES: readonly MessageType[] = ['text', 'appletCard', 'coupon', 'json'];

export class MessageContentError extends Error {
	constructor(
		message: string,
		readonly hint: string,
	) {
		super(message);
		this.name = 'MessageContentError';
	}
}

function required(value: string | undefined, label: string, hint: string): string {
	const trimmed = (value ?? '').trim();
	if (!trimmed) throw new MessageContentError(`${label} is empty`, hint);
	return trimmed;
}

function int64(value: string, label: string): bigint {
	const exact = toBigIntExact(value);
	if (exact === undefined)
		throw new MessageContentError(
			`${label} "${value}" is not a whole number`,
			`${label} is an int64 id from the Douyin coupon console; enter its digits.`,
		);
	return exact;
}

/** Returns the wire `content` object (with BigInt / RawJson leaves for stringifyJsonWithBigInts). */
export function buildMessageContent(input: MessageInput): Record<string, unknown> | RawJson {
	switch (input.type) {
		case 'text':
			return {
				msg_type: MSG_TYPE.text,
				text: { text: required(input.text, 'Text', 'Enter the message text.') },
			};
		case 'image':
			return {
				msg_type: MSG_TYPE.image,
				image: {
					media_id: required(
						input.mediaId,
						'Media ID',
						"Upload the image with Douyin's image upload API and use the media_id it returns.",
					),
				},
			};
		case 'video':
			return {
				msg_type: MSG_TYPE.video,
				video: {
					item_id: required(input.itemId, 'Video Item ID', 'Use the item_id of a Douyin video.'),
				},
			};
		case 'card':
			return {
				msg_type: MSG_TYPE.card,
				retain_consult_card: {
					card_id: required(
						input.cardId,
						'Card ID',
						'Use the card_id of a lead card created in the Douyin console.',
					),
				},
			};
		case 'appletCard': {
			const card: Record<string, string> = {
				card_template_id: required(
					input.cardTemplateId,
					'Card Template ID',
					'Use the template id of the mini-app card.',
				),
				app_id: required(
					input.appId,
					'Mini App ID',
					'Use the app id of the mini app the card opens.',
				),
			};
			// path and schema are alternatives (reference §3): send only what was given.
			if (input.path?.trim()) card.path = input.path.trim();
			if (input.query?.trim()) card.query = input.query.trim();
			if (input.schema?.trim()) card.schema = input.schema.trim();
			return { msg_type: MSG_TYPE.appletCard, applet_card: card };
		}
		case 'coupon': {
			const activityId = int64(
				required(input.activityId, 'Activity ID', 'Enter the coupon activity id.'),
				'Activity ID',
			);
			const couponMetaId = int64(
				required(input.couponMetaId, 'Coupon Meta ID', 'Enter the coupon meta id.'),
				'Coupon Meta ID',
			);
			return {
				msg_type: MSG_TYPE.coupon,
				applet_coupon: { activity_id: activityId, coupon_meta_id: couponMetaId },
			};
		}
		case 'json': {
			const text = required(
				input.json,
				'Content (JSON)',
				'Enter a content object such as {"msg_type":1,"text":{"text":"hi"}}.',
			);
			let parsed: unknown;
			try {
				parsed = JSON.parse(text);
			} catch (error) {
				throw new MessageContentError(
					`Content (JSON) is not valid JSON: ${(error as Error).message}`,
					'Enter a JSON object such as {"msg_type":1,"text":{"text":"hi"}}.',
				);
			}
			if (
				!parsed ||
				typeof parsed !== 'object' ||
				Array.isArray(parsed) ||
				!('msg_type' in parsed)
			) {
				throw new MessageContentError(
					'Content (JSON) must be an object with msg_type',
					'Douyin message content is an object such as {"msg_type":1,"text":{"text":"hi"}}.',
				);
			}
			// Sent as typed, so int64 digits are never rounded by a number conversion.
			return new RawJson(text);
		}
	}
}

import { idToString, parseJsonLossless } from '../../shared/json';

/**
 * Webhook bodies (reference §5.2, §5.3). `content` is an object for IM message events and a JSON string
 * for group_fans_event and enter_group_audit_change; both are turned into an object here, parsed without
 * losing int64 digits.
 */

export const VERIFY_EVENT = 'verify_webhook';

export const GROUP_EVENTS = {
	im_group_receive_msg: 'Group Message Received',
	im_group_send_msg: 'Group Message Sent',
	group_fans_event: 'Fan Joined Group',
	enter_group_audit_change: 'Join Request Changed',
} as const;

export type GroupEventName = keyof typeof GROUP_EVENTS;

export interface WebhookEnvelope {
	event: string;
	clientKey?: string;
	fromUserId?: string;
	toUserId?: string;
	logId?: string;
	content: Record<string, unknown>;
	/** content was a string that is not JSON: kept as text rather than dropped. */
	rawContent?: string;
}

export class WebhookBodyError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'WebhookBodyError';
	}
}

function str(value: unknown): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	try {
		return idToString(value) ?? undefined;
	} catch {
		return String(value);
	}
}

export function parseWebhookBody(rawBody: Buffer | string): WebhookEnvelope {
	const text = typeof rawBody === 'string' ? rawBody : rawBody.toString('utf8');
	let parsed: unknown;
	try {
		parsed = parseJsonLossless(text);
	} catch {
		throw new WebhookBodyError('The webhook body is not JSON');
	}
	if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
		throw new WebhookBodyError('The webhook body is not a JSON object');
	const body = parsed as Record<string, unknown>;
	if (typeof body.event !== 'string' || !body.event)
		throw new WebhookBodyError('The webhook body has no event');
	let content: Record<string, unknown> = {};
	let rawContent: string | undefined;
	if (typeof body.content === 'string') {
		try {
			const inner = parseJsonLossless<unknown>(body.content);
			if (inner && typeof inner === 'object' && !Array.isArray(inner))
				content = inner as Record<string, unknown>;
			else rawContent = body.content;
		} catch {
			rawContent = body.content;
		}
	} else if (body.content && typeof body.content === 'object' && !Array.isArray(body.content)) {
		content = body.content as Record<string, unknown>;
	}
	return {
		event: body.event,
		clientKey: str(body.client_key),
		fromUserId: str(body.from_user_id),
		toUserId: str(body.to_user_id),
		logId: str(body.log_id),
		content,
		rawContent,
	};
}

/** The verify_webhook challenge, echoed back as the same JSON number (or string, if it came as one). */
export function challengeOf(envelope: WebhookEnvelope): unknown {
	return envelope.content.challenge;
}

/** The group id of any group event, under its event-specific name (reference §5.3). */
export function groupIdOf(envelope: WebhookEnvelope): string | undefined {
	const c = envelope.content;
	return str(c.conversation_short_id) ?? str(c.im_group_id) ?? str(c.group_id);
}

/** One output item for an event: the envelope in camelCase, the decoded content, and convenient ids. */
export function eventItem(
	envelope: WebhookEnvelope,
	msgId: string | undefined,
): Record<string, unknown> {
	const item: Record<string, unknown> = {
		event: envelope.event,
		eventName: (GROUP_EVENTS as Record<string, string>)[envelope.event] ?? envelope.event,
		msgId: msgId ?? null,
		clientKey: envelope.clientKey ?? null,
		fromUserId: envelope.fromUserId ?? null,
		toUserId: envelope.toUserId ?? null,
		logId: envelope.logId ?? null,
		groupId: groupIdOf(envelope) ?? null,
	};
	const c = envelope.content;
	if (envelope.event === 'im_group_receive_msg' || envelope.event === 'im_group_send_msg') {
		// What Recall and Send need: conversation_short_id is the group id, server_message_id the msg_id.
		item.serverMessageId = str(c.server_message_id) ?? null;
		item.messageType = c.message_type ?? null;
		item.text = typeof c.text === 'string' ? c.text : null;
	}
	if (envelope.event === 'enter_group_audit_change') {
		item.applyId = str(c.apply_id) ?? null;
		item.applyStatus = c.apply_status ?? null;
	}
	item.content = c;
	if (envelope.rawContent !== undefined) item.rawContent = envelope.rawContent;
	return item;
}

/**
 * Sends Douyin Open Platform webhooks the way the platform does (reference §5): POST JSON, signed with
 * X-Douyin-Signature = hex(sha1(client_secret + raw body)), and a Msg-Id header. The signature is computed
 * here independently of the package code, so a bug there cannot hide in both.
 */
import { createHash, randomUUID } from 'node:crypto';

export interface WebhookSendOptions {
	clientSecret: string;
	/** An object is serialised with the given spacing (Douyin's exact bytes are what is signed). */
	body: Record<string, unknown> | string;
	msgId?: string | null;
	/** 'valid' (default), 'missing', 'forged' (signed with another secret), or an explicit header value. */
	signature?: 'valid' | 'missing' | 'forged' | { value: string };
	headers?: Record<string, string>;
}

export interface WebhookSendResult {
	status: number;
	text: string;
	json?: unknown;
	msgId?: string;
}

export function douyinSignature(clientSecret: string, rawBody: string | Buffer): string {
	return createHash('sha1')
		.update(
			Buffer.concat([
				Buffer.from(clientSecret, 'utf8'),
				Buffer.isBuffer(rawBody) ? rawBody : Buffer.from(rawBody, 'utf8'),
			]),
		)
		.digest('hex');
}

export async function sendWebhook(
	url: string,
	options: WebhookSendOptions,
): Promise<WebhookSendResult> {
	// Spaced JSON on purpose: a receiver that re-serialises the parsed body would compute another hash.
	const raw =
		typeof options.body === 'string' ? options.body : JSON.stringify(options.body, null, 1);
	const headers: Record<string, string> = {
		'content-type': 'application/json',
		...options.headers,
	};
	const msgId = options.msgId === null ? undefined : (options.msgId ?? randomUUID());
	if (msgId) headers['msg-id'] = msgId;
	const mode = options.signature ?? 'valid';
	if (mode === 'valid') headers['x-douyin-signature'] = douyinSignature(options.clientSecret, raw);
	else if (mode === 'forged')
		headers['x-douyin-signature'] = douyinSignature(`${options.clientSecret}-not`, raw);
	else if (typeof mode === 'object') headers['x-douyin-signature'] = mode.value;
	const response = await fetch(url, { method: 'POST', headers, body: raw });
	const text = await response.text();
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		json = undefined;
	}
	return { status: response.status, text, json, msgId };
}

/** Sample bodies of the group events (reference §5.3). */
export const events = {
	verify(clientKey: string, challenge: number | string = 12345): Record<string, unknown> {
		return { event: 'verify_webhook', client_key: clientKey, content: { challenge } };
	},
	groupMessage(
		clientKey: string,
		options: {
			groupId: string;
			ownerId: string;
			fromUserId: string;
			text: string;
			serverMessageId?: string;
		},
	): Record<string, unknown> {
		return {
			event: 'im_group_receive_msg',
			client_key: clientKey,
			from_user_id: options.fromUserId,
			to_user_id: options.ownerId,
			log_id: 'log-im-1',
			content: {
				conversation_short_id: options.groupId,
				server_message_id: options.serverMessageId ?? '7300000000000000123',
				conversation_type: 2,
				owner_id: options.ownerId,
				scene_type: 100,
				message_type: 'text',
				text: options.text,
				create_time: 1681720393151,
				user_infos: [
					{
						open_id: options.fromUserId,
						nick_name: '粉丝',
						avatar: 'https://example.invalid/u.png',
					},
				],
			},
		};
	},
	/** content is a JSON string here, as Douyin sends it. */
	fanJoined(
		clientKey: string,
		options: { groupId: string; ownerId: string; userId: string },
	): Record<string, unknown> {
		return {
			event: 'group_fans_event',
			client_key: clientKey,
			from_user_id: options.userId,
			to_user_id: options.ownerId,
			log_id: 'log-join-1',
			content: JSON.stringify({
				open_id: options.ownerId,
				im_group_id: options.groupId,
				group_type: 1,
				create_group_type: '5',
				create_time: 1681720393151,
			}),
		};
	},
	joinRequest(
		clientKey: string,
		options: { groupId: string; ownerId: string; userId: string; applyId: string },
	): Record<string, unknown> {
		return {
			event: 'enter_group_audit_change',
			client_key: clientKey,
			from_user_id: options.userId,
			to_user_id: options.ownerId,
			log_id: 'log-audit-1',
			content: JSON.stringify({
				group_id: options.groupId,
				apply_id: options.applyId,
				apply_status: 1,
				user_nicker: '申请人',
				user_avatar: 'https://example.invalid/a.png',
				create_time: 1607399832,
			}),
		};
	},
};

import {
	NodeOperationError,
	type IDataObject,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';

import { RecentIds, recordNewIds } from '../../shared/recentIds';
import { CREDENTIAL_TYPE } from '../credentials';
import {
	MSG_ID_HEADER,
	SIGNATURE_HEADER,
	verifyWebhookSignature,
} from '../transport/webhookSignature';
import {
	VERIFY_EVENT,
	WebhookBodyError,
	eventItem,
	parseWebhookBody,
	type WebhookEnvelope,
} from '../transport/webhookEvents';

export const ANY_OTHER_EVENT = '*';

/**
 * Msg-Ids already emitted: Douyin retries a delivery 3 times when the answer is slow (reference §5.1),
 * and each retry must not start the workflow again, whichever n8n process it reaches. The node's static
 * data is the record every process shares (see recordNewIds); this process's memory is a first filter
 * that concurrent requests cannot overwrite. Both bounded, oldest forgotten first.
 */
export const seenMsgIds = new RecentIds(50_000);
const DELIVERED_IDS_FIELD = 'deliveredMsgIds';
const DELIVERED_IDS_KEPT = 1000;

/**
 * True when the Msg-Id was already delivered, by this process or by any n8n process serving the
 * workflow (the node's static data); records it in both otherwise.
 */
export function isRepeatDelivery(
	nodeStaticData: IDataObject,
	memoryKey: string,
	msgId: string,
): boolean {
	const [fresh] = recordNewIds(nodeStaticData, DELIVERED_IDS_FIELD, [msgId], DELIVERED_IDS_KEPT);
	const inMemory = seenMsgIds.add(`${memoryKey}\n${msgId}`);
	return !fresh || !inMemory;
}

function header(value: string | string[] | undefined): string | undefined {
	const text = Array.isArray(value) ? value[0] : value;
	return text === undefined || text === '' ? undefined : text;
}

function reply(ctx: IWebhookFunctions, status: number, body: IDataObject): IWebhookResponseData {
	ctx.getResponseObject().status(status).json(body);
	return { noWebhookResponse: true };
}

/** Echoes the challenge exactly as sent: the digits of a bare number are copied, so none is rounded. */
function replyChallenge(
	ctx: IWebhookFunctions,
	envelope: WebhookEnvelope,
	rawText: string,
): IWebhookResponseData {
	const bare = /"challenge"\s*:\s*(-?\d+)\s*[,}]/.exec(rawText);
	const value = bare ? bare[1] : JSON.stringify(envelope.content.challenge ?? null);
	ctx.getResponseObject().status(200).type('application/json').send(`{"challenge":${value}}`);
	return { noWebhookResponse: true };
}

/**
 * One delivery: parse, verify the signature over the raw bytes, answer the URL check, drop repeats and
 * filtered events, emit the rest. Nothing is emitted unless the signature is valid.
 */
export async function handleWebhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	const req = this.getRequestObject();
	const rawBody = (req as unknown as { rawBody?: Buffer }).rawBody;
	if (!Buffer.isBuffer(rawBody) || rawBody.length === 0) {
		// Without the bytes as sent the signature cannot be checked; re-serialised JSON would not match.
		return reply(this, 400, { error: 'Empty or unreadable body' });
	}
	const credentials = await this.getCredentials(CREDENTIAL_TYPE);
	const clientSecret = String(credentials.clientSecret ?? '');
	if (!clientSecret)
		return reply(this, 500, {
			error: 'The Douyin Open API credential has no Client Secret, so no signature can be checked',
		});

	const rawText = rawBody.toString('utf8');
	let envelope: WebhookEnvelope;
	try {
		envelope = parseWebhookBody(rawBody);
	} catch (error) {
		if (error instanceof WebhookBodyError) return reply(this, 400, { error: error.message });
		throw new NodeOperationError(this.getNode(), error as Error);
	}

	const signature = header(req.headers[SIGNATURE_HEADER]);
	const signed = verifyWebhookSignature(clientSecret, rawBody, signature);
	if (envelope.event === VERIFY_EVENT) {
		// The URL check only echoes a number and starts nothing. It is answered when unsigned too, since
		// Douyin does not document whether the check carries a signature; a wrong signature is refused.
		if (signature && !signed) return reply(this, 401, { error: 'Invalid X-Douyin-Signature' });
		return replyChallenge(this, envelope, rawText);
	}
	if (!signed)
		return reply(this, 401, {
			error: signature ? 'Invalid X-Douyin-Signature' : 'Missing X-Douyin-Signature',
		});

	const msgId = header(req.headers[MSG_ID_HEADER]);
	const node = this.getNode();
	const memoryKey = `${this.getWorkflow().id ?? ''}\n${node.id ?? node.name}`;
	if (msgId && isRepeatDelivery(this.getWorkflowStaticData('node'), memoryKey, msgId))
		return reply(this, 200, { status: 'duplicate', msgId });

	const events = this.getNodeParameter('events', []) as string[];
	const wanted =
		events.includes(envelope.event) ||
		(events.includes(ANY_OTHER_EVENT) && !isGroupEvent(envelope.event));
	if (!wanted) return reply(this, 200, { status: 'ignored', event: envelope.event });

	// Answered here, on purpose: left to n8n, "Respond immediately" sends the literal body
	// `firstEntryJson`. Answering ourselves (noWebhookResponse) also makes n8n save the static data that
	// records the Msg-Id before it runs the workflow.
	reply(this, 200, { status: 'received', event: envelope.event, msgId: msgId ?? null });
	return {
		workflowData: [this.helpers.returnJsonArray([eventItem(envelope, msgId) as IDataObject])],
		noWebhookResponse: true,
	};
}

const GROUP_EVENT_NAMES = new Set([
	'im_group_receive_msg',
	'im_group_send_msg',
	'group_fans_event',
	'enter_group_audit_change',
]);

function isGroupEvent(event: string): boolean {
	return GROUP_EVENT_NAMES.has(event);
}

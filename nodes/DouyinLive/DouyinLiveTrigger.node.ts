import {
	NodeConnectionTypes,
	type IDataObject,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';

import { chosenOptionsSubtitle } from '../shared/n8n/subtitles';
import { MSG_TYPE_OPTIONS } from './actions/fields';
import { CREDENTIAL_TYPE, douyinLiveGameApiTest, toDouyinLiveCredentials } from './credentials';
import { pushTriggerProperties } from './trigger/pushTriggerProperties';
import {
	dropDelivered,
	header,
	secretsFor,
	toItem,
	type TriggerOptions,
} from './trigger/pushRequest';
import { DouyinLiveClient } from './transport/DouyinLiveClient';
import { parsePushBody, type PushMessage } from './transport/pushMessages';
import { SIGNED_HEADERS, verifyPush, type PushHeaders } from './transport/pushSignature';

// Douyin has no API to register a push callback: the URL is entered in the developer console, so there
// is nothing for webhookMethods (checkExists/create/delete) to do.
// eslint-disable-next-line @n8n/community-nodes/webhook-lifecycle-complete
export class DouyinLiveTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Douyin Live Trigger',
		name: 'douyinLiveTrigger',
		icon: { light: 'file:douyinLive.svg', dark: 'file:douyinLive.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: chosenOptionsSubtitle('msgTypes', MSG_TYPE_OPTIONS, 'No message types selected'),
		description:
			'Starts the workflow when Douyin pushes live room comments, gifts, likes or fans club events',
		defaults: { name: 'Douyin Live Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'douyinLiveGameApi', required: true, testedBy: 'douyinLiveGameApiTest' }],
		webhooks: [
			{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'push' },
			// The console's test domain must answer HEAD with 200 before it pushes.
			{ name: 'setup', httpMethod: 'HEAD', responseMode: 'onReceived', path: 'push' },
		],
		properties: pushTriggerProperties,
	};

	methods = { credentialTest: { douyinLiveGameApiTest } };

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const req = this.getRequestObject();
		const res = this.getResponseObject();
		if (req.method === 'HEAD') {
			res.status(200).end();
			return { noWebhookResponse: true };
		}

		const headers = this.getHeaderData() as IDataObject;
		const pushHeaders: PushHeaders = {};
		for (const name of SIGNED_HEADERS) pushHeaders[name] = header(headers, name);
		const rawBody: Buffer =
			(req as unknown as { rawBody?: Buffer }).rawBody ??
			Buffer.from(JSON.stringify(req.body ?? ''));
		const msgType = pushHeaders['x-msg-type'] ?? '';
		const roomId = pushHeaders['x-roomid'] ?? '';
		const options = this.getNodeParameter('options', {}) as TriggerOptions;
		const credentialData = await this.getCredentials(CREDENTIAL_TYPE);
		const secrets = secretsFor(msgType, options, String(credentialData.pushSecret ?? ''));

		// Verify before parsing, over the raw bytes: re-serialised JSON would change the signature.
		if (
			secrets.length === 0 ||
			!verifyPush(pushHeaders, rawBody, header(headers, 'x-signature'), secrets)
		) {
			res.status(401).json({
				error: secrets.length === 0 ? 'No push data secret is configured' : 'Invalid x-signature',
			});
			return { noWebhookResponse: true };
		}

		let messages: PushMessage[];
		try {
			messages = parsePushBody(rawBody, msgType, roomId);
		} catch {
			res.status(400).json({ error: 'The push body is not a JSON array of messages' });
			return { noWebhookResponse: true };
		}

		const selected = this.getNodeParameter('msgTypes', []) as string[];
		if (selected.length > 0 && !selected.includes(msgType)) messages = [];
		if (options.ignoreTestData) messages = messages.filter((m) => !m.isTest);
		if (options.deduplicate !== false)
			messages = dropDelivered(
				messages,
				this.getWorkflowStaticData('node'),
				this.getWorkflow().id ?? '',
				this.getNode().name,
			);

		// Answered here, on purpose, for every push: left to n8n, "Respond immediately" sends the literal
		// body `firstEntryJson`. Answering ourselves (noWebhookResponse) is also what makes n8n save the
		// static data holding the delivered msg_ids before it runs the workflow.
		res.status(200).json({ received: true, emitted: messages.length });
		if (messages.length === 0) return { noWebhookResponse: true };

		if (options.reportAck) {
			const client = new DouyinLiveClient(toDouyinLiveCredentials(credentialData));
			const clientTime = Date.now();
			// Not awaited: Douyin fails a push that takes over 2 s to answer.
			client
				.reportAck(
					roomId,
					1,
					messages.map((m) => ({ msgId: m.msgId, msgType: m.msgType, clientTime })),
				)
				.catch((error: Error) =>
					this.logger.warn(
						`Douyin Live Trigger: reporting the received ack failed: ${error.message}`,
					),
				);
		}

		return {
			workflowData: [messages.map((m) => toItem(m, pushHeaders))],
			noWebhookResponse: true,
		};
	}
}

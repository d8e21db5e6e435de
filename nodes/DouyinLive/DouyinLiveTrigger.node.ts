import {
	NodeConnectionTypes,
	type IDataObject,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';

import { MSG_TYPE_OPTIONS } from './actions/fields';
import { CREDENTIAL_TYPE, douyinLiveGameApiTest, toDouyinLiveCredentials } from './credentials';
import { DouyinLiveClient } from './transport/DouyinLiveClient';
import { RecentIds } from '../shared/recentIds';
import { parsePushBody, type PushMessage } from './transport/pushMessages';
import { SIGNED_HEADERS, verifyPush, type PushHeaders } from './transport/pushSignature';

interface TriggerOptions {
	ignoreTestData?: boolean;
	deduplicate?: boolean;
	reportAck?: boolean;
	commentSecret?: string;
	giftSecret?: string;
	likeSecret?: string;
	fansClubSecret?: string;
}

/** msg_ids seen per workflow and node, for the life of the n8n process: Douyin may push a message twice. */
const seenByTrigger = new Map<string, RecentIds>();

function header(headers: IDataObject, name: string): string | undefined {
	const value = headers[name];
	if (Array.isArray(value)) return value[0] === undefined ? undefined : String(value[0]);
	return value === undefined ? undefined : String(value);
}

function secretsFor(msgType: string, options: TriggerOptions, credentialSecret: string): string[] {
	const perType: Record<string, string | undefined> = {
		live_comment: options.commentSecret,
		live_gift: options.giftSecret,
		live_like: options.likeSecret,
		live_fansclub: options.fansClubSecret,
	};
	return [perType[msgType], credentialSecret].filter((s): s is string => Boolean(s));
}

function toItem(push: PushMessage, headers: PushHeaders): INodeExecutionData {
	return {
		json: {
			...(push.message as IDataObject),
			msgId: push.msgId,
			msgType: push.msgType,
			roomId: push.roomId,
			isTest: push.isTest,
			pushTimestamp: headers['x-timestamp'] ?? null,
		},
	};
}

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
		subtitle: '={{ ($parameter["msgTypes"] || []).join(", ") }}',
		description: 'Starts the workflow when Douyin pushes live room comments, gifts, likes or fans club events',
		defaults: { name: 'Douyin Live Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'douyinLiveGameApi', required: true, testedBy: 'douyinLiveGameApiTest' }],
		webhooks: [
			{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'push' },
			// The console's test domain must answer HEAD with 200 before it pushes.
			{ name: 'setup', httpMethod: 'HEAD', responseMode: 'onReceived', path: 'push' },
		],
		properties: [
			{
				displayName:
					'Set this node\'s production URL as the push callback in the Douyin developer console (开发配置 → 直播间数据能力开发配置), then start push tasks with the Douyin Live node. Pushes are verified with the Push Data Secret of the credential.',
				name: 'setupNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Message Types',
				name: 'msgTypes',
				type: 'multiOptions',
				options: MSG_TYPE_OPTIONS,
				default: ['live_comment', 'live_gift', 'live_like', 'live_fansclub'],
				description: 'Which pushes start the workflow; others are acknowledged and dropped',
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add option',
				default: {},
				options: [
					{
						displayName: 'Comment Data Secret',
						name: 'commentSecret',
						type: 'string',
						typeOptions: { password: true },
						default: '',
						description: 'Data secret of comment pushes, when it differs from the credential\'s Push Data Secret',
					},
					{
						displayName: 'Deduplicate',
						name: 'deduplicate',
						type: 'boolean',
						default: true,
						description: 'Whether to drop messages whose msg_id was already emitted; Douyin may push a message more than once',
					},
					{
						displayName: 'Fans Club Data Secret',
						name: 'fansClubSecret',
						type: 'string',
						typeOptions: { password: true },
						default: '',
						description: 'Data secret of fans club pushes, when it differs from the credential\'s Push Data Secret',
					},
					{
						displayName: 'Gift Data Secret',
						name: 'giftSecret',
						type: 'string',
						typeOptions: { password: true },
						default: '',
						description: 'Data secret of gift pushes, when it differs from the credential\'s Push Data Secret',
					},
					{
						displayName: 'Ignore Test Data',
						name: 'ignoreTestData',
						type: 'boolean',
						default: false,
						description: 'Whether to drop gifts that the platform marks as test data',
					},
					{
						displayName: 'Like Data Secret',
						name: 'likeSecret',
						type: 'string',
						typeOptions: { password: true },
						default: '',
						description: 'Data secret of like pushes, when it differs from the credential\'s Push Data Secret',
					},
					{
						displayName: 'Report Received Ack',
						name: 'reportAck',
						type: 'boolean',
						default: false,
						description: 'Whether to report a "received" delivery ack (ack_type 1) to Douyin for every emitted message; report "processed" with the Douyin Live node',
					},
				],
			},
		],
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
		const rawBody: Buffer = (req as unknown as { rawBody?: Buffer }).rawBody ?? Buffer.from(JSON.stringify(req.body ?? ''));
		const msgType = pushHeaders['x-msg-type'] ?? '';
		const roomId = pushHeaders['x-roomid'] ?? '';
		const options = this.getNodeParameter('options', {}) as TriggerOptions;
		const credentialData = await this.getCredentials(CREDENTIAL_TYPE);
		const secrets = secretsFor(msgType, options, String(credentialData.pushSecret ?? ''));

		// Verify before parsing, over the raw bytes: re-serialised JSON would change the signature.
		if (secrets.length === 0 || !verifyPush(pushHeaders, rawBody, header(headers, 'x-signature'), secrets)) {
			res.status(401).json({ error: secrets.length === 0 ? 'No push data secret is configured' : 'Invalid x-signature' });
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
		if (options.deduplicate !== false) {
			const key = `${this.getWorkflow().id ?? ''}\n${this.getNode().name}`;
			let seen = seenByTrigger.get(key);
			if (!seen) seenByTrigger.set(key, (seen = new RecentIds()));
			messages = messages.filter((m) => seen.add(m.msgId));
		}

		if (messages.length === 0) {
			res.status(200).json({ received: true, emitted: 0 });
			return { noWebhookResponse: true };
		}

		if (options.reportAck) {
			const client = new DouyinLiveClient(toDouyinLiveCredentials(credentialData));
			const clientTime = Date.now();
			// Not awaited: Douyin fails a push that takes over 2 s to answer.
			client
				.reportAck(roomId, 1, messages.map((m) => ({ msgId: m.msgId, msgType: m.msgType, clientTime })))
				.catch((error: Error) => this.logger.warn(`Douyin Live Trigger: reporting the received ack failed: ${error.message}`));
		}

		return { workflowData: [messages.map((m) => toItem(m, pushHeaders))] };
	}
}

import type {
	ICredentialTestFunctions,
	ICredentialsDecrypted,
	IHookFunctions,
	INodeCredentialTestResult,
	INodePropertyOptions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { chosenOptionsSubtitle } from '../shared/n8n/subtitles';
import { testDouyinOpenCredential } from './credentials';
import { GROUP_EVENTS } from './transport/webhookEvents';
import { ANY_OTHER_EVENT, handleWebhook } from './trigger/webhook';

const EVENT_OPTIONS: INodePropertyOptions[] = [
	...Object.entries(GROUP_EVENTS).map(([value, name]) => ({
		name,
		value,
		description: `Douyin event "${value}"`,
	})),
	{
		name: 'Any Other Event',
		value: ANY_OTHER_EVENT,
		description: 'Every other webhook event of the app, with its content decoded',
	},
];

export class DouyinOpenTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Douyin Open Trigger',
		name: 'douyinOpenTrigger',
		icon: { light: 'file:douyinOpen.svg', dark: 'file:douyinOpen.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: chosenOptionsSubtitle('events', EVENT_OPTIONS),
		description:
			'Starts the workflow on Douyin Open Platform webhooks: fan group messages, joins and join requests',
		defaults: { name: 'Douyin Open Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'douyinOpenApi', required: true, testedBy: 'douyinOpenApiTest' }],
		webhooks: [
			{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' },
		],
		properties: [
			{
				displayName:
					"Put this node's production URL into the Douyin console (Settings → Development Settings → Webhooks, 设置 → 开发配置 → Webhooks) and subscribe the events there. Douyin verifies the URL with a challenge, which this node answers. Every event must carry a valid X-Douyin-Signature made with the Client Secret of the credential.",
				name: 'setupNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				required: true,
				options: EVENT_OPTIONS,
				default: [
					'im_group_receive_msg',
					'im_group_send_msg',
					'group_fans_event',
					'enter_group_audit_change',
				],
				description: 'The events that start the workflow; others are acknowledged and dropped',
			},
		],
	};

	methods = {
		credentialTest: {
			async douyinOpenApiTest(
				this: ICredentialTestFunctions,
				credential: ICredentialsDecrypted,
			): Promise<INodeCredentialTestResult> {
				return testDouyinOpenCredential(credential);
			},
		},
	};

	/**
	 * Douyin has no API to register a webhook URL: it is entered by hand in the console, so there is
	 * nothing to check, create or delete here.
	 */
	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return handleWebhook.call(this);
	}
}

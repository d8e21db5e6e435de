import {
	NodeConnectionTypes,
	type INodeType,
	type INodeTypeDescription,
	type ITriggerFunctions,
	type ITriggerResponse,
} from 'n8n-workflow';

import { testTikTokLiveCredential } from './credentialTest';
import { triggerProperties } from './trigger/description';
import { startListening } from './trigger/listen';

export class TikTokLiveTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'TikTok LIVE Trigger',
		name: 'tikTokLiveTrigger',
		icon: { light: 'file:tiktokLive.svg', dark: 'file:tiktokLive.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle:
			'={{ $parameter["source"] === "roomId" ? ($parameter["roomId"] ? "Room " + $parameter["roomId"] : "") : ($parameter["username"] ? "@" + String($parameter["username"]).replace(/^@/, "") : "") }}',
		description:
			'Starts the workflow on TikTok LIVE chat, gifts, likes, follows and other room events',
		defaults: { name: 'TikTok LIVE Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'tikTokLiveApi', required: false, testedBy: 'tikTokLiveApiTest' }],
		properties: triggerProperties,
	};

	methods = {
		credentialTest: { tikTokLiveApiTest: testTikTokLiveCredential },
	};

	async trigger(this: ITriggerFunctions): Promise<ITriggerResponse> {
		return startListening(this);
	}
}

/**
 * The workflows the queue-mode suite publishes: examples/ pointed at the local servers and collectors,
 * and one webhook-started Douyin Live workflow that checks a task's status for every room in the body.
 */
import { loadExample, withNode, type ExampleWorkflow } from '../realN8n';

export const DOUYIN_LIVE_CREDENTIAL = {
	id: 'douyin-live-e2e',
	name: 'Douyin Live Game (local)',
	type: 'douyinLiveGameApi',
};
export const DOUYIN_OPEN_CREDENTIAL = {
	id: 'douyin-open-e2e',
	name: 'Douyin Open (local)',
	type: 'douyinOpenApi',
};
export const TIKTOK_CREDENTIAL = {
	id: 'tiktok-live-e2e',
	name: 'TikTok LIVE (local)',
	type: 'tikTokLiveApi',
};

export const TASK_STATUS_WORKFLOW_ID = 'qmTaskStatus0001';
export const TASK_STATUS_PATH = 'queue-mode-task-status';

/** Webhook (POST {rooms: [{roomId}]}) → Split Out → Douyin Live Task › Get Status, one call per room. */
export function taskStatusWorkflow(): ExampleWorkflow {
	return {
		id: TASK_STATUS_WORKFLOW_ID,
		name: 'Queue mode: task status for every room in the request',
		active: true,
		settings: { executionOrder: 'v1' },
		nodes: [
			{
				name: 'Rooms Webhook',
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2,
				position: [0, 0],
				webhookId: '6f1d2c3b-4a59-4e8f-9d0c-51a2b3c4d5e6',
				parameters: {
					httpMethod: 'POST',
					path: TASK_STATUS_PATH,
					responseMode: 'onReceived',
					options: {},
				},
			},
			{
				name: 'One Item per Room',
				type: 'n8n-nodes-base.splitOut',
				typeVersion: 1,
				position: [240, 0],
				parameters: { fieldToSplitOut: 'body.rooms', options: {} },
			},
			{
				name: 'Get Status',
				type: 'n8n-nodes-bytedance.douyinLive',
				typeVersion: 1,
				position: [480, 0],
				parameters: {
					resource: 'task',
					operation: 'getStatus',
					roomId: '={{ $json.roomId }}',
					msgTypes: ['live_comment'],
				},
				credentials: {
					douyinLiveGameApi: { id: DOUYIN_LIVE_CREDENTIAL.id, name: DOUYIN_LIVE_CREDENTIAL.name },
				},
			},
		],
		connections: {
			'Rooms Webhook': { main: [[{ node: 'One Item per Room', type: 'main', index: 0 }]] },
			'One Item per Room': { main: [[{ node: 'Get Status', type: 'main', index: 0 }]] },
		},
	} as unknown as ExampleWorkflow;
}

function published(workflow: ExampleWorkflow): ExampleWorkflow {
	workflow.active = true;
	return workflow;
}

/** examples/douyin-live-push-to-game.json, posting each push to the collector. */
export function douyinLivePushWorkflow(collectorUrl: string): ExampleWorkflow {
	return published(
		withNode(
			loadExample('douyin-live-push-to-game.json'),
			'Send to Game Server',
			(p) => (p.url = collectorUrl),
		),
	);
}

/** examples/douyin-open-trigger.json, posting each event to the collector. */
export function douyinOpenTriggerWorkflow(collectorUrl: string): ExampleWorkflow {
	return published(
		withNode(
			loadExample('douyin-open-trigger.json'),
			'Forward Event',
			(p) => (p.url = collectorUrl),
		),
	);
}

/** examples/tiktok-live-trigger-to-webhook.json with ordered delivery, each batch to the collector. */
export function tiktokTriggerWorkflow(
	collectorUrl: string,
	username: string,
	batchSize: number,
): ExampleWorkflow {
	const workflow = withNode(
		loadExample('tiktok-live-trigger-to-webhook.json'),
		'TikTok LIVE Trigger',
		(p) => {
			p.username = username;
			p.batchSize = batchSize;
			p.batchWaitMs = 200;
			p.options = { deliverInOrder: true };
		},
	);
	workflow.nodes.find((n) => n.name === 'Send Batch to Webhook')!.parameters.url = collectorUrl;
	return published(workflow);
}

export function webhookIdOf(workflow: ExampleWorkflow, type: string): string {
	const id = workflow.nodes.find((n) => n.type === type)?.webhookId;
	if (!id) throw new Error(`no ${type} webhook in ${workflow.id}`);
	return id;
}

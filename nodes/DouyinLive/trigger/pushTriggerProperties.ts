import type { INodeProperties } from 'n8n-workflow';

import { MSG_TYPE_OPTIONS } from '../actions/fields';

/** The Douyin Live Trigger's parameters. */
export const pushTriggerProperties: INodeProperties[] = [
	{
		displayName:
			"Set this node's production URL as the push callback in the Douyin developer console (Development Settings → Live Room Data Settings, 开发配置 → 直播间数据能力开发配置), then start push tasks with the Douyin Live node. Pushes are verified with the Push Data Secret of the credential.",
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
				description:
					"Data secret of comment pushes, when it differs from the credential's Push Data Secret",
			},
			{
				displayName: 'Deduplicate',
				name: 'deduplicate',
				type: 'boolean',
				default: true,
				description:
					"Whether to drop messages whose msg_id was already emitted; Douyin may push a message more than once. The last 2,000 msg_ids are kept in the workflow's static data, so a repeat is dropped by every n8n process and after a restart.",
			},
			{
				displayName: 'Fans Club Data Secret',
				name: 'fansClubSecret',
				type: 'string',
				typeOptions: { password: true },
				default: '',
				description:
					"Data secret of fans club pushes, when it differs from the credential's Push Data Secret",
			},
			{
				displayName: 'Gift Data Secret',
				name: 'giftSecret',
				type: 'string',
				typeOptions: { password: true },
				default: '',
				description:
					"Data secret of gift pushes, when it differs from the credential's Push Data Secret",
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
				description:
					"Data secret of like pushes, when it differs from the credential's Push Data Secret",
			},
			{
				displayName: 'Report Received Ack',
				name: 'reportAck',
				type: 'boolean',
				default: false,
				description:
					'Whether to report a "received" delivery ack (ack_type 1) to Douyin for every emitted message; report "processed" with the Douyin Live node',
			},
		],
	},
];

import type { INodeProperties } from 'n8n-workflow';

/** Every event type the decoder produces (nodes/TikTokLive/protocol/types.ts), with what it means on TikTok. */
const EVENT_OPTIONS = [
	{ name: 'Chat', value: 'chat', description: 'A chat comment' },
	{
		name: 'Control (Pause, End)',
		value: 'control',
		description: 'Stream paused, resumed, ended or suspended',
	},
	{ name: 'Emote Chat', value: 'emoteChat', description: 'A sticker/emote sent in chat' },
	{ name: 'Envelope', value: 'envelope', description: 'A treasure chest was dropped' },
	{ name: 'Follow', value: 'follow', description: 'A viewer followed the host' },
	{ name: 'Gift', value: 'gift', description: 'A gift; see Gift Streaks' },
	{ name: 'Intro', value: 'intro', description: 'The room introduction' },
	{ name: 'Like', value: 'like', description: 'Likes (TikTok sends at most 15 per message)' },
	{ name: 'Link Mic Armies', value: 'linkMicArmies', description: 'Battle score updates' },
	{ name: 'Link Mic Battle', value: 'linkMicBattle', description: 'Battle started or finished' },
	{ name: 'Member Joined', value: 'member', description: 'A viewer joined' },
	{ name: 'Question', value: 'question', description: 'A Q&A question' },
	{ name: 'Room Message', value: 'roomMessage', description: 'System and banner messages' },
	{ name: 'Share', value: 'share', description: 'A viewer shared the stream' },
	{
		name: 'Social (Other)',
		value: 'social',
		description: 'Social messages that are neither follow nor share',
	},
	{ name: 'Subscribe', value: 'subscribe', description: 'A viewer subscribed' },
	{
		name: 'Unknown',
		value: 'unknown',
		description: 'Messages this node does not decode, with their raw payload (base64)',
	},
	{ name: 'Viewer Count', value: 'roomUserSeq', description: 'Current viewers and top gifters' },
];

export const triggerProperties: INodeProperties[] = [
	{
		displayName: 'Listen By',
		name: 'source',
		type: 'options',
		options: [
			{
				name: 'Username',
				value: 'username',
				description: 'Finds the room of the user; can follow the user from live to live',
			},
			{
				name: 'Room ID',
				value: 'roomId',
				description: 'Skips the username lookup; the room ends with the stream',
			},
		],
		default: 'username',
	},
	{
		displayName: 'Username',
		name: 'username',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'tiktok',
		description: 'The TikTok @handle of the streamer (with or without @), or a profile or live URL',
		displayOptions: { show: { source: ['username'] } },
	},
	{
		displayName: 'Room ID',
		name: 'roomId',
		type: 'string',
		required: true,
		default: '',
		placeholder: '7312345678901234567',
		description:
			'The live room ID; keep it a string, room IDs are larger than JavaScript numbers can hold exactly',
		displayOptions: { show: { source: ['roomId'] } },
	},
	{
		displayName: 'Events',
		name: 'events',
		type: 'multiOptions',
		options: EVENT_OPTIONS,
		default: ['chat', 'gift', 'like', 'follow', 'share', 'member'],
		required: true,
		description: 'Which events start the workflow. Others are skipped without being decoded.',
	},
	{
		displayName: 'Gift Streaks',
		name: 'giftStreakMode',
		type: 'options',
		options: [
			{
				name: 'Final Only, With Total',
				value: 'final',
				description: 'One event per streak, when it ends, with the total count',
			},
			{
				name: 'Every Message',
				value: 'every',
				description: 'Every streak step; "streaking" is true until the last one',
			},
		],
		default: 'final',
		description:
			'TikTok sends a message per step of a gift streak and a final one with the total; even one rose arrives twice',
	},
	{
		displayName: 'Max Events per Execution',
		name: 'batchSize',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description:
			'Start one execution with up to this many events (one item each). Use 1 for one execution per event.',
	},
	{
		displayName: 'Max Wait (Ms)',
		name: 'batchWaitMs',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 1000,
		description:
			'Start an execution with what arrived within this time, even if fewer events. 0 starts one for every frame received.',
	},
	{
		displayName: 'Reconnect',
		name: 'reconnect',
		type: 'boolean',
		default: true,
		description:
			'Whether to reconnect with backoff when the connection drops (TikTok drops long streams now and then); events are resumed, not repeated',
	},
	{
		displayName: 'At Stream End',
		name: 'onStreamEnd',
		type: 'options',
		options: [
			{
				name: 'Wait for Next Live',
				value: 'waitForLive',
				description: "Check periodically and connect to the user's next live (needs the username)",
			},
			{
				name: 'Stop Listening',
				value: 'stop',
				description: 'Stay active but idle until the workflow is reactivated',
			},
		],
		default: 'waitForLive',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			{
				displayName: 'Deliver In Order',
				name: 'deliverInOrder',
				type: 'boolean',
				default: false,
				description:
					'Whether to start the next execution only after the previous one finished, so executions run and finish in the order of the stream. Events arriving meanwhile wait (up to Max Pending Events) and go out in batches of up to Max Events per Execution. Costs throughput: one execution at a time.',
			},
			{
				displayName: 'Max Pending Events',
				name: 'maxPendingEvents',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 10000,
				description:
					'With Deliver In Order: events that may wait while an execution runs. Beyond this the newest are dropped, logged, and an item with type "eventsDropped" and their count marks the gap.',
			},
			{
				displayName: 'Live Check Interval (Seconds)',
				name: 'liveCheckIntervalSec',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 60,
				description:
					'How often to check whether the user is live again. Checking often can get the IP rate-limited.',
			},
			{
				displayName: 'Max Reconnect Attempts',
				name: 'maxReconnectAttempts',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 10,
				description: 'Consecutive failed attempts before the trigger reports an error',
			},
			{
				displayName: 'Heartbeat Interval (Ms)',
				name: 'heartbeatIntervalMs',
				type: 'number',
				typeOptions: { minValue: 10 },
				default: 10000,
			},
			{
				displayName: 'Silence Timeout (Ms)',
				name: 'silenceTimeoutMs',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 60000,
				description:
					'Reconnect when nothing at all arrives for this long. 0 turns the watchdog off.',
			},
			{
				displayName: 'Max Message Size (MiB)',
				name: 'maxMessageSizeMib',
				type: 'number',
				typeOptions: { minValue: 0.0625, numberPrecision: 4 },
				default: 4,
				description:
					'Largest WebSocket message accepted. A bigger one closes that socket (WebSocket code 1009); the trigger reconnects and resumes from the cursor.',
			},
			{
				displayName: 'Max Decompressed Size (MiB)',
				name: 'maxDecompressedSizeMib',
				type: 'number',
				typeOptions: { minValue: 0.0625, numberPrecision: 4 },
				default: 16,
				description:
					'A frame whose gzip payload inflates beyond this is dropped unread and logged as a warning (a gzip bomb); the connection stays up',
			},
		],
	},
];

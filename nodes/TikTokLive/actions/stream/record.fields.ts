import type { INodeProperties } from 'n8n-workflow';

import { roomIdField, usernameField } from '../fields';

const show = { resource: ['stream'], operation: ['record'] };

export const recordFields: INodeProperties[] = [
	{
		displayName: 'Record By',
		name: 'source',
		type: 'options',
		options: [
			{
				name: 'Username',
				value: 'username',
				description: 'Look the live room up from the @handle',
			},
			{
				name: 'Room ID',
				value: 'roomId',
				description: 'A room ID, e.g. from the TikTok LIVE Trigger',
			},
		],
		default: 'username',
		displayOptions: { show },
	},
	{
		...usernameField('stream', 'record'),
		displayOptions: { show: { ...show, source: ['username'] } },
	},
	{
		...roomIdField('stream', 'record'),
		displayOptions: { show: { ...show, source: ['roomId'] } },
	},
	{
		displayName: 'Quality',
		name: 'quality',
		type: 'options',
		options: [
			{ name: 'Best Available', value: 'best', description: 'The highest quality the room offers' },
			{
				name: 'Room Default',
				value: 'default',
				description: 'The quality TikTok plays by default (stream_url.default_resolution)',
			},
			{ name: 'Lowest', value: 'lowest', description: 'The smallest stream the room offers' },
			{ name: 'By Name', value: 'named', description: 'One quality by its name' },
		],
		default: 'best',
		displayOptions: { show },
	},
	{
		displayName: 'Quality Name',
		name: 'qualityName',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'HD1',
		description:
			'A quality the room offers, as Stream › Get URLs lists them (e.g. FULL_HD1, HD1, SD1, SD2, origin, uhd, hd, sd, ld)',
		displayOptions: { show: { ...show, quality: ['named'] } },
	},
	{
		displayName: 'Format',
		name: 'format',
		type: 'options',
		options: [
			{
				name: 'Auto (FLV, Else HLS)',
				value: 'auto',
				description: 'FLV where the quality has an FLV URL, HLS where only HLS exists',
			},
			{ name: 'FLV', value: 'flv', description: 'One HTTP stream, written as a .flv file' },
			{
				name: 'HLS',
				value: 'hls',
				description: 'The playlist’s segments, written one after another as a .ts (or .mp4) file',
			},
		],
		default: 'auto',
		displayOptions: { show },
	},
	{
		displayName: 'Max Duration (Seconds)',
		name: 'maxDurationSeconds',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 60,
		description: 'Stop after this long; 0 for no time limit (then set a size limit)',
		displayOptions: { show },
	},
	{
		displayName: 'Max Size (MB)',
		name: 'maxSizeMb',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 100,
		description:
			'Stop before the file would grow past this many MB (1 MB = 1,048,576 bytes); 0 for no size limit (then set a duration)',
		displayOptions: { show },
	},
	{
		displayName: 'Options',
		name: 'recordOptions',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		displayOptions: { show },
		options: [
			{
				displayName: 'Put Output File in Field',
				name: 'binaryPropertyName',
				type: 'string',
				default: 'data',
				description: 'The name of the output binary field to put the recording in',
			},
			{
				displayName: 'File Name',
				name: 'fileName',
				type: 'string',
				default: '',
				placeholder: 'live.flv',
				description:
					'Defaults to the host’s username (or the room ID), the UTC start time and .flv, .ts or .mp4; the extension is added when missing',
			},
			{
				displayName: 'Stall Timeout (Seconds)',
				name: 'stallTimeoutSeconds',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 15,
				description:
					'End the recording as "stalled" after this long without a byte (FLV) or a new segment (HLS); what arrived is kept',
			},
		],
	},
];

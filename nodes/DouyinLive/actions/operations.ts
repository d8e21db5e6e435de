import type { INodeProperties } from 'n8n-workflow';

import type { DouyinLiveClient } from '../transport/DouyinLiveClient';
import {
	operationFieldsOf,
	operationProperty,
	resourceSelector,
	type OperationTable,
} from '../../shared/n8n/operations';

import { reportAck } from './ack/report.operation';
import { getAccessToken } from './accessToken/get.operation';
import { getManyFailedData } from './failedData/getMany.operation';
import { getFansClubInfo } from './fansClub/getInfo.operation';
import { pinGifts } from './gift/pin.operation';
import { getRoomInfo } from './room/getInfo.operation';
import { getTaskStatus } from './task/getStatus.operation';
import { startTask } from './task/start.operation';
import { stopTask } from './task/stop.operation';

/** resource → operation → implementation: the single table the node routes by. */
export const OPERATIONS: OperationTable<DouyinLiveClient> = {
	accessToken: { get: getAccessToken },
	task: { start: startTask, stop: stopTask, getStatus: getTaskStatus },
	room: { getInfo: getRoomInfo },
	gift: { pin: pinGifts },
	failedData: { getMany: getManyFailedData },
	fansClub: { getInfo: getFansClubInfo },
	ack: { report: reportAck },
};

export const resourceProperty = resourceSelector(
	[
		{ name: 'Access Token', value: 'accessToken' },
		{ name: 'Ack', value: 'ack' },
		{ name: 'Failed Data', value: 'failedData' },
		{ name: 'Fans Club', value: 'fansClub' },
		{ name: 'Gift', value: 'gift' },
		{ name: 'Room', value: 'room' },
		{ name: 'Task', value: 'task' },
	],
	'task',
);

export const operationProperties: INodeProperties[] = [
	operationProperty(
		'accessToken',
		[
			{
				name: 'Get',
				value: 'get',
				action: 'Get the app access token',
				description: 'Get the cached app access token, fetching one if needed',
			},
		],
		'get',
	),
	operationProperty(
		'task',
		[
			{
				name: 'Get Status',
				value: 'getStatus',
				action: 'Get push task status',
				description: 'Check whether Douyin is pushing a message type for a room',
			},
			{
				name: 'Start',
				value: 'start',
				action: 'Start push tasks',
				description:
					'Start pushing comments, gifts, likes or fans club events of a room to your callback',
			},
			{
				name: 'Stop',
				value: 'stop',
				action: 'Stop push tasks',
				description: 'Stop pushing a message type of a room',
			},
		],
		'start',
	),
	operationProperty(
		'room',
		[
			{
				name: 'Get Info',
				value: 'getInfo',
				action: 'Get room info from a companion token',
				description: 'Get the room ID and anchor of the room that launched the game',
			},
		],
		'getInfo',
	),
	operationProperty(
		'gift',
		[
			{
				name: 'Pin (Legacy)',
				value: 'pin',
				action: 'Pin gifts',
				description: 'Pin gifts in the room gift panel (offline since 2024-04)',
			},
		],
		'pin',
	),
	operationProperty(
		'failedData',
		[
			{
				name: 'Get Many',
				value: 'getMany',
				action: 'Get failed pushes',
				description: 'Get gift or fans club pushes that failed to reach your callback',
			},
		],
		'getMany',
	),
	operationProperty(
		'fansClub',
		[
			{
				name: 'Get Info',
				value: 'getInfo',
				action: 'Get fans club info',
				description: 'Get fans club level and join time of viewers',
			},
		],
		'getInfo',
	),
	operationProperty(
		'ack',
		[
			{
				name: 'Report',
				value: 'report',
				action: 'Report delivery ack',
				description: 'Tell Douyin that pushed messages were received or processed',
			},
		],
		'report',
	),
];

export const operationFields: INodeProperties[] = operationFieldsOf(OPERATIONS);

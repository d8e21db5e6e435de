import type { INodeProperties } from 'n8n-workflow';

import { roomIdField } from '../fields';
import { runEachPart } from '../eachPart';
import { requiredString, stringList } from '../parameters';
import type { DouyinLiveOperation } from '../types';
import { MAX_FANS_CLUB_USERS } from '../../transport/endpoints';

const show = { resource: ['fansClub'], operation: ['getInfo'] };

const description: INodeProperties[] = [
	roomIdField('fansClub', ['getInfo']),
	{
		displayName: 'Anchor Open ID',
		name: 'anchorOpenId',
		type: 'string',
		required: true,
		default: '',
		description: 'The open ID of the anchor whose fans club is asked about',
		displayOptions: { show },
	},
	{
		displayName: 'User Open IDs',
		name: 'userOpenIds',
		type: 'string',
		required: true,
		default: '',
		description:
			'Open IDs of the viewers to look up, separated by commas; Douyin answers 10 at a time and the node splits longer lists',
		displayOptions: { show },
	},
];

export const getFansClubInfo: DouyinLiveOperation = {
	readOnly: true,
	description,
	async execute(client, itemIndex) {
		const roomId = requiredString(this, 'roomId', 'Room ID', itemIndex);
		const anchorOpenId = requiredString(this, 'anchorOpenId', 'Anchor Open ID', itemIndex);
		const userOpenIds = stringList(this, 'userOpenIds', itemIndex);
		if (userOpenIds.length === 0) requiredString(this, 'userOpenIds', 'User Open IDs', itemIndex);
		const chunks: string[][] = [];
		for (let start = 0; start < userOpenIds.length; start += MAX_FANS_CLUB_USERS)
			chunks.push(userOpenIds.slice(start, start + MAX_FANS_CLUB_USERS));
		return runEachPart(
			this,
			itemIndex,
			chunks,
			async (chunk) => {
				const info = await client.getFansClubInfo(roomId, anchorOpenId, chunk);
				return chunk.map((openId) => ({ roomId, anchorOpenId, openId, ...info[openId] }));
			},
			{
				label: (chunk) => `users ${chunk[0]}–${chunk[chunk.length - 1]}`,
				failedItem: (chunk) => ({ roomId, anchorOpenId, openIds: chunk }),
				done: (succeeded) =>
					`${succeeded.reduce((n, { items }) => n + items.length, 0)} of ${userOpenIds.length} users were looked up before the node stopped. Turn on Continue On Fail to get their items beside one error item per failed call.`,
			},
		);
	},
};

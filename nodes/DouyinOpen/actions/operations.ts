import type { INodeProperties } from 'n8n-workflow';

import type { DouyinOpenClient } from '../transport/DouyinOpenClient';
import {
	operationFieldsOf,
	operationProperty,
	resourceSelector,
	type OperationTable,
} from '../../shared/n8n/operations';

import { getUrl } from './authorization/getUrl.operation';
import { approveJoinRequest } from './imGroup/approveJoinRequest.operation';
import { create } from './imGroup/create.operation';
import { disableSetting } from './imGroup/disableSetting.operation';
import { getJoinRequests } from './imGroup/getJoinRequests.operation';
import { getMany } from './imGroup/getMany.operation';
import { getQuota } from './imGroup/getQuota.operation';
import { recallMessage } from './imGroup/recallMessage.operation';
import { rejectJoinRequest } from './imGroup/rejectJoinRequest.operation';
import { sendMessage } from './imGroup/sendMessage.operation';
import { setSetting } from './imGroup/setSetting.operation';

/** resource → operation → implementation: the single table the node routes by. */
export const OPERATIONS: OperationTable<DouyinOpenClient> = {
	imGroup: {
		getQuota,
		create,
		getMany,
		getJoinRequests,
		approveJoinRequest,
		rejectJoinRequest,
		setSetting,
		disableSetting,
		sendMessage,
		recallMessage,
	},
	authorization: { getUrl },
};

export const resourceProperty = resourceSelector(
	[
		{ name: 'Authorization', value: 'authorization' },
		{ name: 'IM Group', value: 'imGroup' },
	],
	'imGroup',
);

export const operationProperties: INodeProperties[] = [
	operationProperty(
		'imGroup',
		[
			{
				name: 'Approve Join Request',
				value: 'approveJoinRequest',
				action: 'Approve a join request',
				description: 'Let a user who asked to join into the group',
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create a fan group',
				description: 'Create a fan group owned by the authorized account',
			},
			{
				name: 'Disable Setting',
				value: 'disableSetting',
				action: 'Disable a welcome message or notice',
				description: 'Turn off the welcome message or the notice of a group',
			},
			{
				name: 'Get Join Requests',
				value: 'getJoinRequests',
				action: 'Get pending join requests',
				description: 'List join requests still waiting for approval',
			},
			{
				name: 'Get Many',
				value: 'getMany',
				action: 'Get many fan groups',
				description: 'List the fan groups of the authorized account',
			},
			{
				name: 'Get Quota',
				value: 'getQuota',
				action: 'Get the group creation quota',
				description: 'How many more fan groups the account can create',
			},
			{
				name: 'Recall Message',
				value: 'recallMessage',
				action: 'Recall a group message',
				description: 'Withdraw a message from a group',
			},
			{
				name: 'Reject Join Request',
				value: 'rejectJoinRequest',
				action: 'Reject a join request',
				description: 'Turn down a user who asked to join',
			},
			{
				name: 'Send Message',
				value: 'sendMessage',
				action: 'Send a group message',
				description: 'Send text, an image, a video, a lead card or a mini app card to a group',
			},
			{
				name: 'Set Welcome or Notice',
				value: 'setSetting',
				action: 'Set a welcome message or notice',
				description: 'Set the welcome message or the notice of a group',
			},
		],
		'getMany',
	),
	operationProperty(
		'authorization',
		[
			{
				name: 'Get Authorization URL',
				value: 'getUrl',
				action: 'Get the authorization URL',
				description: 'Build the address where the business account authorizes the app',
			},
		],
		'getUrl',
	),
];

export const operationFields: INodeProperties[] = operationFieldsOf(OPERATIONS);

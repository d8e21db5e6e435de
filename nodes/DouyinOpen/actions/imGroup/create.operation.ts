import type { INodeProperties } from 'n8n-workflow';

import { show } from '../fields';
import { requiredString } from '../parameters';
import type { DouyinOpenOperation } from '../types';

const description: INodeProperties[] = [
	{
		displayName: 'Group Name',
		name: 'groupName',
		type: 'string',
		required: true,
		default: '',
		displayOptions: show('create'),
	},
	{
		displayName: 'Description',
		name: 'groupDescription',
		type: 'string',
		required: true,
		default: '',
		typeOptions: { rows: 2 },
		description: 'The group introduction (群简介)',
		displayOptions: show('create'),
	},
	{
		displayName: 'Avatar URI',
		name: 'avatarUri',
		type: 'string',
		required: true,
		default: '',
		description:
			'The group avatar. Douyin does not document whether this is an image URL or an uploaded image ID; use what your console shows.',
		displayOptions: show('create'),
	},
	{
		displayName: 'Group Type',
		name: 'groupType',
		type: 'options',
		options: [
			{ name: 'Anchor Fan Group', value: 2, description: 'A fan group of an anchor (主播粉丝群)' },
			{
				name: '10K-Fan Group',
				value: 5,
				description: 'A group for accounts with 10,000 fans or more (万粉群)',
			},
		],
		default: 2,
		displayOptions: show('create'),
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: show('create'),
		options: [
			{
				displayName: 'Active Fans Only',
				name: 'activeFans',
				type: 'boolean',
				default: false,
				description: 'Whether only active fans of the owner may join',
			},
			{
				displayName: 'Allow Invites',
				name: 'allowInvite',
				type: 'boolean',
				default: true,
				description: 'Whether members may invite friends',
			},
			{
				displayName: 'Fans Club Level',
				name: 'fansLimit',
				type: 'options',
				options: [0, 1, 3, 5, 9, 12, 15, 17, 20].map((level) => ({
					name: level === 0 ? 'No Requirement' : `Level ${level} or Higher`,
					value: level,
				})),
				default: 0,
				description: 'Minimum fans club (粉丝团) level to join',
			},
			{
				displayName: 'Follow Requirement',
				name: 'relationType',
				type: 'options',
				options: [
					{ name: 'No Requirement', value: 0 },
					{ name: 'Must Follow', value: 1 },
					{ name: 'Following for More Than 7 Days', value: 7 },
					{ name: 'Following for More Than 30 Days', value: 30 },
					{ name: 'Following for More Than 60 Days', value: 60 },
				],
				default: 0,
			},
			{
				displayName: 'Require Approval',
				name: 'openAuditSwitch',
				type: 'boolean',
				default: false,
				description: 'Whether join requests need approval (see Get Join Requests)',
			},
			{
				displayName: 'Show on Profile',
				name: 'showAtProfile',
				type: 'boolean',
				default: true,
				description: "Whether the group is shown on the owner's profile page",
			},
			{
				displayName: 'Sync Live Streams',
				name: 'liveAutoSync',
				type: 'boolean',
				default: false,
				description: 'Whether live streams are announced in the group',
			},
			{
				displayName: 'Sync New Videos',
				name: 'itemAutoSync',
				type: 'boolean',
				default: false,
				description: 'Whether new videos are posted in the group',
			},
		],
	},
];

interface AdditionalFields {
	activeFans?: boolean;
	allowInvite?: boolean;
	fansLimit?: number;
	relationType?: number;
	openAuditSwitch?: boolean;
	showAtProfile?: boolean;
	liveAutoSync?: boolean;
	itemAutoSync?: boolean;
}

export const create: DouyinOpenOperation = {
	description,
	async execute(client, itemIndex) {
		const groupName = requiredString(this, 'groupName', 'Group Name', itemIndex);
		const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as AdditionalFields;
		const { groupId, logId } = await client.createGroup({
			groupName,
			description: requiredString(this, 'groupDescription', 'Description', itemIndex),
			avatarUri: requiredString(this, 'avatarUri', 'Avatar URI', itemIndex),
			groupType: Number(this.getNodeParameter('groupType', itemIndex, 2)),
			activeFans: fields.activeFans === undefined ? undefined : fields.activeFans ? 1 : 0,
			fansLimit: fields.fansLimit,
			relationType: fields.relationType,
			allowInvite: fields.allowInvite,
			itemAutoSync: fields.itemAutoSync,
			liveAutoSync: fields.liveAutoSync,
			openAuditSwitch: fields.openAuditSwitch,
			showAtProfile: fields.showAtProfile,
		});
		return { groupId, groupName, logId: logId ?? null };
	},
};

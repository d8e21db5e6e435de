import { GROUP_SETTING_TYPE } from '../../transport/endpoints';
import { groupIdField, settingTypeField } from '../fields';
import { requiredString } from '../parameters';
import type { DouyinOpenOperation } from '../types';

export const disableSetting: DouyinOpenOperation = {
	description: [groupIdField('disableSetting'), settingTypeField('disableSetting')],
	async execute(client, itemIndex) {
		const groupId = requiredString(this, 'groupId', 'Group ID', itemIndex);
		const settingType = this.getNodeParameter(
			'settingType',
			itemIndex,
			'welcome',
		) as keyof typeof GROUP_SETTING_TYPE;
		const { logId } = await client.disableGroupSetting(groupId, GROUP_SETTING_TYPE[settingType]);
		return { groupId, settingType, disabled: true, logId: logId ?? null };
	},
};

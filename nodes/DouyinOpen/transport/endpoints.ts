/** Production host (reference §1); the credential can point elsewhere for the sandbox or a test server. */
export const DEFAULT_BASE_URL = 'https://open.douyin.com';

/** Every path keeps Douyin's trailing slash (reference §1). */
export const PATHS = {
	connectPage: '/platform/oauth/connect/',
	codeExchange: '/oauth/access_token/',
	renewAccess: '/oauth/refresh_token/',
	appCheck: '/oauth/stable_client_token/',
	// The official SDK and doc example use /im/group/count/; two SDKs use /im/group/fans/count/ (reference §2.1):
	// the client tries one and falls back to the other on a 404.
	groupCount: '/im/group/count/',
	groupFansCount: '/im/group/fans/count/',
	groupCreate: '/im/group/fans/create/',
	groupList: '/im/group/fans/list/',
	auditGet: '/im/group/enter/audit/get/',
	auditSet: '/im/group/enter/audit/set/',
	settingSet: '/im/group/setting/set/',
	settingDisable: '/im/group/setting/disable/',
	sendGroup: '/im/send/msg/group/',
	recall: '/im/recall/msg/',
} as const;

/** Scopes the IM fan-group calls and webhooks need (reference §6). */
export const IM_GROUP_SCOPES = [
	'im.group_fans.create_list',
	'im.group_message',
	'im.recall_message',
] as const;

/** Join-request pages hold 1 to 50 requests (reference §2.4). */
export const MAX_AUDIT_PAGE_SIZE = 50;

/** SetUserEnterAudit status values (reference §2.5). */
export const AUDIT_STATUS = { approve: 2, reject: 3 } as const;

/** group_setting_type values (reference §2.6, one source). */
export const GROUP_SETTING_TYPE = { welcome: 1, notice: 2 } as const;

/** conversation_type of Recall: 2 is a group chat (reference §2.9). */
export const CONVERSATION_TYPE_GROUP = 2;

/** A refreshed user token lives 15 days; refresh a little before Douyin's own expiry. */
export const TOKEN_EXPIRY_MARGIN_MS = 5 * 60 * 1000;

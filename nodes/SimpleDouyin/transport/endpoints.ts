/**
 * Routes of the Simple Douyin (极简版抖音) backend API, relative to the base URL (which ends in /douyin).
 * Written with the trailing slash the spec uses; the client also tries the other form, because some
 * servers register a route without it (Ocyss/douyin's `feed`) and Gin answers the other form with a redirect.
 */
export const SERVICE = 'Simple Douyin';

export const DEFAULT_BASE_URL = 'http://localhost:23724/douyin';

export const PATHS = {
	feed: 'feed/',
	register: 'user/register/',
	login: 'user/login/',
	user: 'user/',
	publish: 'publish/action/',
	publishByUrl: 'publish/actionUrl/',
	publishList: 'publish/list/',
	favoriteAction: 'favorite/action/',
	favoriteList: 'favorite/list/',
	commentAction: 'comment/action/',
	commentList: 'comment/list/',
	relationAction: 'relation/action/',
	followList: 'relation/follow/list/',
	followerList: 'relation/follower/list/',
	friendList: 'relation/friend/list/',
	messageAction: 'message/action/',
	messageChat: 'message/chat/',
} as const;

/** action_type values of the action routes. */
export const ACTION = { do: 1, undo: 2 } as const;

/** The spec caps usernames and passwords at 32 characters. */
export const MAX_CREDENTIAL_LENGTH = 32;

/**
 * Servers of this API disagree on how they send ids and a few field names (reference §3, §5): bare
 * int64 numbers or quoted strings, `user.id` or `user.user_id`, `msgType` or `msg_type`. Responses are
 * parsed losslessly first (ids above 2^53 arrive as strings); this makes every id a string, whatever
 * its size, so n8n items carry one type and expressions never round an id.
 *
 * Some servers omit every zero value (Go's omitempty: false, 0 and "" absent, reference §7), so items of
 * one list would have different keys; every documented field is filled in with its zero value.
 */

const ID_KEYS = new Set([
	'id',
	'user_id',
	'to_user_id',
	'from_user_id',
	'video_id',
	'comment_id',
	'reply_id',
	'vid',
	'next_time',
]);

export type Json = Record<string, unknown>;

/** The documented fields of each object (reference §2.1) with their zero values, in output order. */
const USER_ZERO: Json = {
	id: '0',
	name: '',
	follow_count: 0,
	follower_count: 0,
	is_follow: false,
	avatar: '',
	background_image: '',
	signature: '',
	total_favorited: 0,
	work_count: 0,
	favorite_count: 0,
};
const FRIEND_ZERO: Json = { message: '', msg_type: 0 };
const VIDEO_ZERO: Json = {
	id: '0',
	play_url: '',
	cover_url: '',
	favorite_count: 0,
	comment_count: 0,
	is_favorite: false,
	title: '',
};
const COMMENT_ZERO: Json = { id: '0', content: '', create_date: '' };
const MESSAGE_ZERO: Json = {
	id: '0',
	to_user_id: '0',
	from_user_id: '0',
	content: '',
	create_time: 0,
};

/** The object with every documented field: the server's value where it sent one (null included), else the zero value. */
function withZeros(zero: Json, object: Json): Json {
	const out: Json = { ...zero };
	for (const [key, value] of Object.entries(object)) if (value !== undefined) out[key] = value;
	return out;
}

function normalizeValue(value: unknown, key?: string): unknown {
	if (Array.isArray(value)) return value.map((entry) => normalizeValue(entry));
	if (value && typeof value === 'object') return normalizeObject(value as Json);
	if (key !== undefined && ID_KEYS.has(key) && typeof value === 'number' && Number.isInteger(value))
		return String(value);
	return value;
}

export function normalizeObject(object: Json): Json {
	const out: Json = {};
	for (const [key, value] of Object.entries(object)) out[key] = normalizeValue(value, key);
	return out;
}

/** A User: `id` whether the server sent `id` or `user_id`, and every documented field. */
export function normalizeUser(raw: unknown): Json {
	return userWith(USER_ZERO, raw);
}

/** A FriendUser of the friend list: a User with the latest `message` and its `msg_type` (one spelling). */
export function normalizeFriend(raw: unknown): Json {
	return userWith({ ...USER_ZERO, ...FRIEND_ZERO }, raw);
}

function userWith(zero: Json, raw: unknown): Json {
	const user = normalizeObject(isObject(raw) ? raw : {});
	if (user.id === undefined && user.user_id !== undefined) {
		const { user_id, ...rest } = user;
		return withZeros(zero, normalizeFriendFields({ id: user_id, ...rest }));
	}
	return withZeros(zero, normalizeFriendFields(user));
}

function normalizeFriendFields(user: Json): Json {
	if (user.msgType !== undefined && user.msg_type === undefined) {
		const { msgType, ...rest } = user;
		return { ...rest, msg_type: msgType };
	}
	return user;
}

export function normalizeVideo(raw: unknown): Json {
	const video = withZeros(VIDEO_ZERO, normalizeObject(isObject(raw) ? raw : {}));
	video.author = normalizeUser(video.author);
	return video;
}

export function normalizeComment(raw: unknown): Json {
	const comment = withZeros(COMMENT_ZERO, normalizeObject(isObject(raw) ? raw : {}));
	comment.user = normalizeUser(comment.user);
	return comment;
}

export function normalizeMessage(raw: unknown): Json {
	return withZeros(MESSAGE_ZERO, normalizeObject(isObject(raw) ? raw : {}));
}

export function isObject(value: unknown): value is Json {
	return Boolean(value) && typeof value === 'object' && !Array.isArray(value);
}

/** A list field of a response; a missing or null list (Go's nil slice) is an empty list. */
export function listOf(body: Json, key: string): unknown[] {
	const value = body[key];
	return Array.isArray(value) ? value : [];
}

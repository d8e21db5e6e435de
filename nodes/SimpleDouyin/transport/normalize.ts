/**
 * Servers of this API disagree on how they send ids and a few field names (reference §3, §5): bare
 * int64 numbers or quoted strings, `user.id` or `user.user_id`, `msgType` or `msg_type`. Responses are
 * parsed losslessly first (ids above 2^53 arrive as strings); this makes every id a string, whatever
 * its size, so n8n items carry one type and expressions never round an id.
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

/** A User (or FriendUser): `id` always present when the server sent `id` or `user_id`; `msg_type` one spelling. */
export function normalizeUser(raw: unknown): Json {
	const user = normalizeObject(isObject(raw) ? raw : {});
	if (user.id === undefined && user.user_id !== undefined) {
		const { user_id, ...rest } = user;
		return normalizeFriendFields({ id: user_id, ...rest });
	}
	return normalizeFriendFields(user);
}

function normalizeFriendFields(user: Json): Json {
	if (user.msgType !== undefined && user.msg_type === undefined) {
		const { msgType, ...rest } = user;
		return { ...rest, msg_type: msgType };
	}
	return user;
}

export function normalizeVideo(raw: unknown): Json {
	const video = normalizeObject(isObject(raw) ? raw : {});
	if (isObject(video.author)) video.author = normalizeUser(video.author);
	return video;
}

export function normalizeComment(raw: unknown): Json {
	const comment = normalizeObject(isObject(raw) ? raw : {});
	if (isObject(comment.user)) comment.user = normalizeUser(comment.user);
	return comment;
}

export function normalizeMessage(raw: unknown): Json {
	return normalizeObject(isObject(raw) ? raw : {});
}

export function isObject(value: unknown): value is Json {
	return Boolean(value) && typeof value === 'object' && !Array.isArray(value);
}

/** A list field of a response; a missing or null list (Go's nil slice) is an empty list. */
export function listOf(body: Json, key: string): unknown[] {
	const value = body[key];
	return Array.isArray(value) ? value : [];
}

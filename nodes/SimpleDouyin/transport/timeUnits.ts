/**
 * Message times of this API come in seconds on some servers and milliseconds on others (reference §2.1,
 * §7); a pre_msg_time in the wrong unit silently matches nothing (or everything). A Unix time below 1e11
 * is seconds (until the year 5138), above it milliseconds (after 1973).
 */
export type TimeUnit = 'seconds' | 'milliseconds';

const SECONDS_BELOW = 1e11;

/** The unit of the first positive whole-number time in the list, or undefined (none, or clock strings). */
export function timeUnitOf(values: unknown[]): TimeUnit | undefined {
	for (const value of values) {
		const n = typeof value === 'number' ? value : Number(typeof value === 'string' ? value : NaN);
		if (Number.isInteger(n) && n > 0) return n < SECONDS_BELOW ? 'seconds' : 'milliseconds';
	}
	return undefined;
}

/** The error for a pre_msg_time in another unit than the server's create_time, or undefined when they agree. */
export function chatTimeUnitMismatch(
	value: string,
	asked: TimeUnit,
	server: TimeUnit | undefined,
): { message: string; hint: string } | undefined {
	if (!server || server === asked) return undefined;
	const example = server === 'seconds' ? String(Math.floor(Number(value) / 1000)) : `${value}000`;
	return {
		message: `Previous Message Time ${value} is in ${asked}, but this server counts ${server}`,
		hint: `Its messages carry create_time in ${server}, so this value would match ${asked === 'milliseconds' ? 'no message' : 'every message'}. Pass back the create_time of the latest message this server returned (here that would look like ${example}).`,
	};
}

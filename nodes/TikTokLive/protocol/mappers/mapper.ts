import type { CommonFields, MessageEnvelope } from '../common';
import type { DecodeContext } from '../context';
import type { TikTokEvent, TikTokEventType } from '../types';

/** Turns one message payload of a given method into a plain event; undefined when the event is not wanted. */
export interface MessageMapper {
	/** Event types this method can produce; the payload is only decoded when one of them is selected. */
	readonly types: readonly TikTokEventType[];
	map(
		payload: Uint8Array,
		envelope: MessageEnvelope,
		ctx: DecodeContext,
		select: ReadonlySet<TikTokEventType>,
	): TikTokEvent | undefined;
}

/** The four fields every event starts with. */
export function eventBase(common: CommonFields): {
	msgId: string;
	method: string;
	roomId: string | undefined;
	createTime: string | undefined;
} {
	return {
		msgId: common.msgId,
		method: common.method,
		roomId: common.roomId,
		createTime: common.createTime,
	};
}

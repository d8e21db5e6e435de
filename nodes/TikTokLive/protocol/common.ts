/**
 * CommonMessageData (field 1 of every event message, reference §2.4) → the fields every event carries.
 */
import { webcast } from './generated/webcast';
import type { DecodeContext } from './context';
import { isolate } from './context';
import { int64ToString, optionalId } from './int64';
import type { LongLike } from './int64';

/** What the frame decoder knows about a message before its payload is decoded. */
export interface MessageEnvelope {
	method: string;
	/** BaseProtoMessage.msgId, the fallback when common.msgId is missing. */
	msgId: LongLike | number;
}

export interface CommonFields {
	msgId: string;
	method: string;
	roomId: string | undefined;
	createTime: string | undefined;
	describe: string | undefined;
	/** common.displayText, still encoded (only social messages need it). */
	displayText: Uint8Array | undefined;
}

export function decodeCommon(
	bytes: Uint8Array | null | undefined,
	envelope: MessageEnvelope,
	ctx: DecodeContext,
): CommonFields {
	const common =
		bytes && bytes.length > 0
			? isolate(ctx, () => webcast.CommonMessageData.decode(bytes))
			: undefined;
	return {
		msgId: optionalId(common?.msgId) ?? int64ToString(envelope.msgId),
		method: envelope.method,
		roomId: optionalId(common?.roomId),
		createTime: optionalId(common?.createTime),
		describe: common?.describe || undefined,
		displayText:
			common?.displayText && common.displayText.length > 0 ? common.displayText : undefined,
	};
}

/** displayText.key, e.g. "pm_main_follow_message_viewer_2" (decides follow vs share, §2.6 Social). */
export function displayTextKey(common: CommonFields, ctx: DecodeContext): string | undefined {
	const bytes = common.displayText;
	if (!bytes) return undefined;
	return isolate(ctx, () => webcast.Text.decode(bytes).key) || undefined;
}

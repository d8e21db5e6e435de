import { NodeOperationError, type IExecuteFunctions } from 'n8n-workflow';

import { MessageContentError, buildMessageContent, type MessageInput } from '../transport/messageContent';

/** Reads a required id or text parameter, trimmed; an empty value is a clear error naming the field. */
export function requiredString(ctx: IExecuteFunctions, name: string, label: string, itemIndex: number, help?: string): string {
	const raw = ctx.getNodeParameter(name, itemIndex, '') as unknown;
	const value = typeof raw === 'number' ? exactNumber(ctx, raw, label, itemIndex) : String(raw ?? '').trim();
	if (!value) throw new NodeOperationError(ctx.getNode(), `${label} is empty`, { itemIndex, description: help ?? `Enter the ${label} or map it from the input with an expression.` });
	return value;
}

/** An expression may hand over a number; above 2^53 it has already lost digits and must not be sent. */
function exactNumber(ctx: IExecuteFunctions, value: number, label: string, itemIndex: number): string {
	if (Number.isSafeInteger(value)) return String(value);
	throw new NodeOperationError(ctx.getNode(), `${label} ${value} is not exact`, {
		itemIndex,
		description: `${label} is larger than 2^53 and was rounded by a number conversion; pass it as a string.`,
	});
}

/** Builds a message content object; a bad field becomes a NodeOperationError with its hint. */
export function messageContent(ctx: IExecuteFunctions, input: MessageInput, itemIndex: number, label = 'Message'): ReturnType<typeof buildMessageContent> {
	try {
		return buildMessageContent(input);
	} catch (error) {
		if (error instanceof MessageContentError) throw new NodeOperationError(ctx.getNode(), `${label}: ${error.message}`, { itemIndex, description: error.hint });
		throw new NodeOperationError(ctx.getNode(), error as Error, { itemIndex });
	}
}

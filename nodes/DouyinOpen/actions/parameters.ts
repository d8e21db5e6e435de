import { NodeOperationError, type IExecuteFunctions } from 'n8n-workflow';

import {
	MessageContentError,
	buildMessageContent,
	type MessageInput,
} from '../transport/messageContent';

export { requiredString } from '../../shared/n8n/parameters';

/** Builds a message content object; a bad field becomes a NodeOperationError with its hint. */
export function messageContent(
	ctx: IExecuteFunctions,
	input: MessageInput,
	itemIndex: number,
	label = 'Message',
): ReturnType<typeof buildMessageContent> {
	try {
		return buildMessageContent(input);
	} catch (error) {
		if (error instanceof MessageContentError)
			throw new NodeOperationError(ctx.getNode(), `${label}: ${error.message}`, {
				itemIndex,
				description: error.hint,
			});
		throw new NodeOperationError(ctx.getNode(), error as Error, { itemIndex });
	}
}

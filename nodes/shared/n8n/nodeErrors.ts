import { NodeApiError, NodeOperationError, type INode, type JsonObject } from 'n8n-workflow';

import { ApiError } from '../errors';

/**
 * Turns whatever an operation threw into the error n8n shows: an ApiError becomes a NodeApiError carrying
 * the API's code, message and hint; anything else a NodeOperationError. Already-converted errors pass through.
 */
export function toNodeError(
	node: INode,
	error: unknown,
	itemIndex?: number,
): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	if (error instanceof ApiError) {
		const { service, code, message, hint, httpStatus, logId, body } = error.details;
		const response: JsonObject = { service, message };
		if (code !== undefined) response.code = code;
		if (logId) response.logId = logId;
		if (body !== undefined) response.body = body as JsonObject;
		const codeText = code === undefined ? '' : ` [${code}]`;
		const description = [hint, logId ? `Log ID: ${logId}` : undefined].filter(Boolean).join(' ');
		const fullMessage = `${service}${codeText}: ${message}`;
		const nodeError = new NodeApiError(node, response, {
			message: fullMessage,
			description: description || undefined,
			httpCode: httpStatus !== undefined ? String(httpStatus) : undefined,
			itemIndex,
		});
		// NodeApiError swaps a message whose code or text is ECONNREFUSED, ETIMEDOUT, ENOTFOUND... for a
		// generic sentence without the URL (a messageMapping to the same text is ignored by n8n-workflow's
		// setDescriptiveErrorMessage). Ours already says what failed, where, and what to do: put it back.
		nodeError.message = fullMessage;
		return nodeError;
	}
	const message = error instanceof Error ? error.message : String(error);
	return new NodeOperationError(node, message, { itemIndex });
}

/** The JSON an item carries when "Continue On Fail" keeps a failed item in the output. */
export function errorItemJson(error: NodeApiError | NodeOperationError): JsonObject {
	const json: JsonObject = { error: error.message };
	if (error.description) json.hint = error.description;
	const code = (error as NodeApiError).errorResponse?.code;
	if (code !== undefined) json.code = code;
	return json;
}

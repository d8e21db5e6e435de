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
		return new NodeApiError(node, response, {
			message: fullMessage,
			description: description || undefined,
			httpCode: httpStatus !== undefined ? String(httpStatus) : undefined,
			itemIndex,
			// NodeApiError swaps any message that mentions ECONNREFUSED, ETIMEDOUT... for a generic sentence;
			// mapping our message to itself keeps the API's code and the URL that failed.
			messageMapping: { [fullMessage]: fullMessage },
		});
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

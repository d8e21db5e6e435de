import { NodeOperationError, type INode } from 'n8n-workflow';

/** What parameter readers need from an execute or trigger context. */
export interface ParameterSource {
	getNode(): INode;
	getNodeParameter(name: string, itemIndex: number, fallback?: unknown): unknown;
}

/**
 * Reads a required string parameter, trimmed; empty is an error naming the field. An expression may hand over
 * a number: a safe integer is accepted, a larger one has already lost digits (room and user ids exceed 2^53)
 * and is refused rather than sent.
 */
export function requiredString(
	ctx: ParameterSource,
	name: string,
	label: string,
	itemIndex = 0,
	help?: string,
): string {
	const raw = ctx.getNodeParameter(name, itemIndex, '');
	if (typeof raw === 'number' && !Number.isSafeInteger(raw)) {
		throw new NodeOperationError(ctx.getNode(), `${label} ${raw} is not exact`, {
			itemIndex,
			description: `${label} is larger than 2^53 and was rounded by a number conversion; pass it as a string.`,
		});
	}
	const value = String(raw ?? '').trim();
	if (!value)
		throw new NodeOperationError(ctx.getNode(), `${label} is empty`, {
			itemIndex,
			description: help ?? `Enter the ${label} or map it from the input with an expression.`,
		});
	return value;
}

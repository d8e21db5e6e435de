import { NodeOperationError, type IExecuteFunctions } from 'n8n-workflow';

import type { MsgType } from '../transport/endpoints';

/** Reads a required string parameter, trimmed; an empty value is a clear error naming the field. */
export function requiredString(ctx: IExecuteFunctions, name: string, label: string, itemIndex: number): string {
	const raw = ctx.getNodeParameter(name, itemIndex, '') as unknown;
	const value = typeof raw === 'number' ? roomIdFromNumber(ctx, raw, label, itemIndex) : String(raw ?? '').trim();
	if (!value) throw new NodeOperationError(ctx.getNode(), `${label} is empty`, { itemIndex, description: `Enter the ${label} or map it from the input with an expression.` });
	return value;
}

/** An expression may hand over a number; a number above 2^53 has already lost digits and must not be sent. */
function roomIdFromNumber(ctx: IExecuteFunctions, value: number, label: string, itemIndex: number): string {
	if (Number.isSafeInteger(value)) return String(value);
	throw new NodeOperationError(ctx.getNode(), `${label} ${value} is not exact`, {
		itemIndex,
		description: `${label} is larger than 2^53 and was rounded by a number conversion; pass it as a string (e.g. {{ $json.roomId }} from this package keeps it a string).`,
	});
}

/** Splits a comma- or newline-separated list, or accepts an array from an expression. */
export function stringList(ctx: IExecuteFunctions, name: string, itemIndex: number): string[] {
	const raw = ctx.getNodeParameter(name, itemIndex, '') as unknown;
	const values = Array.isArray(raw) ? raw.map(String) : String(raw ?? '').split(/[\n,]/);
	return values.map((v) => v.trim()).filter(Boolean);
}

export function msgTypes(ctx: IExecuteFunctions, itemIndex: number): MsgType[] {
	const value = ctx.getNodeParameter('msgTypes', itemIndex, []) as MsgType[] | MsgType;
	const list = Array.isArray(value) ? value : [value];
	if (list.length === 0) throw new NodeOperationError(ctx.getNode(), 'No message type selected', { itemIndex, description: 'Choose at least one of Comment, Gift, Like or Fans Club.' });
	return list;
}

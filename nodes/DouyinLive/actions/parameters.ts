import { NodeOperationError, type IExecuteFunctions } from 'n8n-workflow';

import type { MsgType } from '../transport/endpoints';

export { requiredString } from '../../shared/n8n/parameters';

/** Splits a comma- or newline-separated list, or accepts an array from an expression. */
export function stringList(ctx: IExecuteFunctions, name: string, itemIndex: number): string[] {
	const raw = ctx.getNodeParameter(name, itemIndex, '') as unknown;
	const values = Array.isArray(raw) ? raw.map(String) : String(raw ?? '').split(/[\n,]/);
	return values.map((v) => v.trim()).filter(Boolean);
}

export function msgTypes(ctx: IExecuteFunctions, itemIndex: number): MsgType[] {
	const value = ctx.getNodeParameter('msgTypes', itemIndex, []) as MsgType[] | MsgType;
	const list = Array.isArray(value) ? value : [value];
	if (list.length === 0)
		throw new NodeOperationError(ctx.getNode(), 'No message type selected', {
			itemIndex,
			description: 'Choose at least one of Comment, Gift, Like or Fans Club.',
		});
	return list;
}

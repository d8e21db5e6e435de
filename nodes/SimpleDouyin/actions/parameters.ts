import { NodeOperationError, type IDataObject, type IExecuteFunctions } from 'n8n-workflow';

const ID_PATTERN = /^\d{1,20}$/;

/** Reads an id parameter as an exact decimal string, or undefined when empty. */
export function optionalId(
	ctx: IExecuteFunctions,
	name: string,
	label: string,
	itemIndex: number,
): string | undefined {
	const raw = ctx.getNodeParameter(name, itemIndex, '') as unknown;
	if (typeof raw === 'number') {
		// An expression handed over a number: above 2^53 it has already lost digits and must not be sent.
		if (Number.isSafeInteger(raw) && raw >= 0) return String(raw);
		throw new NodeOperationError(ctx.getNode(), `${label} ${raw} is not exact`, {
			itemIndex,
			description: `${label} is larger than 2^53 and was rounded by a number conversion; pass it as a string (IDs in the output of this node are strings).`,
		});
	}
	const value = String(raw ?? '').trim();
	if (!value) return undefined;
	if (!ID_PATTERN.test(value)) {
		throw new NodeOperationError(ctx.getNode(), `${label} "${value}" is not an ID`, {
			itemIndex,
			description: `${label} must be a whole number of up to 20 digits, such as 7381234567890123456.`,
		});
	}
	return value;
}

export function requiredId(
	ctx: IExecuteFunctions,
	name: string,
	label: string,
	itemIndex: number,
): string {
	const value = optionalId(ctx, name, label, itemIndex);
	if (value === undefined)
		throw new NodeOperationError(ctx.getNode(), `${label} is empty`, {
			itemIndex,
			description: `Enter the ${label} or map it from the input with an expression.`,
		});
	return value;
}

/** A required text parameter; kept as typed (comments and messages may start or end with spaces on purpose), but never blank. */
export function requiredText(
	ctx: IExecuteFunctions,
	name: string,
	label: string,
	itemIndex: number,
): string {
	const value = String(ctx.getNodeParameter(name, itemIndex, '') ?? '');
	if (!value.trim())
		throw new NodeOperationError(ctx.getNode(), `${label} is empty`, {
			itemIndex,
			description: `Enter the ${label} or map it from the input with an expression.`,
		});
	return value;
}

/** The Limit to apply, or undefined with Return All. */
export function limitOf(ctx: IExecuteFunctions, itemIndex: number): number | undefined {
	if (ctx.getNodeParameter('returnAll', itemIndex, false) as boolean) return undefined;
	return ctx.getNodeParameter('limit', itemIndex, 50) as number;
}

/** One output item per entry: the API's objects are plain JSON, so they are n8n item data as they are. */
export function limited(
	ctx: IExecuteFunctions,
	itemIndex: number,
	list: Array<Record<string, unknown>>,
): IDataObject[] {
	const limit = limitOf(ctx, itemIndex);
	return (limit === undefined ? list : list.slice(0, limit)) as IDataObject[];
}

import { isSafeObjectProperty, type IDataObject, type IExecuteFunctions } from 'n8n-workflow';

/**
 * The commonest mapping in a workflow is a parameter that is nothing but one field of the input item,
 * `={{ $json.userId }}`. n8n evaluates it per item by building a data proxy, its date helpers and a
 * sandboxed function: measured (bench/), that is most of the time a 1000-item REST run spends in the node.
 * For exactly that form, and a field holding a string, number or boolean, the value is the field itself, so
 * it is read from the input item directly. Anything else (other expressions, missing or object fields,
 * calls with options) goes to n8n's evaluator unchanged.
 *
 * Valid because our nodes' parameters declare no `validateType` (n8n's only step after evaluating that
 * could change a primitive) and have one main input, the items `$json` refers to.
 */
const FIELD_REFERENCE =
	/^=\{\{\s*\$json(?:\.([A-Za-z_$][\w$]*)|\[\s*'([^'\\]*)'\s*\]|\[\s*"([^"\\]*)"\s*\])\s*\}\}$/;

/** The field a parameter refers to when its whole value is `={{ $json.field }}` (or `$json['field']`). */
export function referencedField(raw: unknown): string | undefined {
	if (typeof raw !== 'string' || !raw.startsWith('={{')) return undefined;
	const match = FIELD_REFERENCE.exec(raw);
	const field = match ? (match[1] ?? match[2] ?? match[3]) : undefined;
	// n8n refuses these names (prototype tricks) with an ExpressionError: let it say so.
	if (field === undefined || typeof isSafeObjectProperty !== 'function') return undefined;
	return isSafeObjectProperty(field) ? field : undefined;
}

function primitiveField(
	json: IDataObject | undefined,
	field: string,
): string | number | boolean | undefined {
	if (!json || !Object.prototype.hasOwnProperty.call(json, field)) return undefined;
	const value = json[field];
	return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
		? value
		: undefined;
}

/** The execute context with getNodeParameter reading plain field references straight from the item. */
export function withFieldReferenceShortcut(ctx: IExecuteFunctions): IExecuteFunctions {
	const items = ctx.getInputData();
	const getNodeParameter = ((
		name: string,
		itemIndex: number,
		fallbackValue?: unknown,
		options?: Record<string, unknown>,
	) => {
		if (options === undefined) {
			const field = referencedField(
				ctx.getNodeParameter(name, itemIndex, fallbackValue, { rawExpressions: true }),
			);
			const value = field === undefined ? undefined : primitiveField(items[itemIndex]?.json, field);
			if (value !== undefined) return value;
		}
		return ctx.getNodeParameter(name, itemIndex, fallbackValue as never, options);
	}) as IExecuteFunctions['getNodeParameter'];
	return new Proxy(ctx, {
		get: (target, property) =>
			property === 'getNodeParameter' ? getNodeParameter : Reflect.get(target, property, target),
	});
}

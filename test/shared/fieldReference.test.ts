/**
 * The field-reference shortcut must give exactly what n8n's own evaluator gives. A probe node reads the
 * same parameter through both, for every item, inside n8n's execution engine.
 */
import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type IDataObject,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { referencedField, withFieldReferenceShortcut } from '../../nodes/shared/n8n/fieldReference';
import { executeNode } from '../helpers/n8nEngine';

/** The value read, or the error n8n's evaluator refused it with. */
function read(get: () => unknown): IDataObject {
	try {
		const value = get();
		return { value: value as IDataObject, type: typeof value };
	} catch (error) {
		return { error: (error as Error).message };
	}
}

class ParameterProbe implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Parameter Probe',
		name: 'parameterProbe',
		group: ['transform'],
		version: 1,
		description: 'Reads one parameter per item with and without the shortcut',
		defaults: { name: 'Parameter Probe' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		properties: [{ displayName: 'Value', name: 'value', type: 'string', default: '' }],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const fast = withFieldReferenceShortcut(this);
		return [
			this.getInputData().map((_, i) => {
				const n8n = read(() => this.getNodeParameter('value', i));
				const shortcut = read(() => fast.getNodeParameter('value', i));
				return { json: { n8n, shortcut } };
			}),
		];
	}
}

const ITEMS: IDataObject[] = [
	{
		uid: '7381234567890123456',
		n: 42,
		b: true,
		o: { x: 1 },
		nil: null,
		'a b': 'spaced',
		constructor: 'own',
	},
	{ uid: '', n: 0, b: false, o: [1, 2], 'a b': 7 },
	{ n: -1.5 },
	{},
];

describe('field reference shortcut', () => {
	it.each([
		'={{ $json.uid }}',
		'={{$json.uid}}',
		'={{ $json.n }}',
		'={{ $json.b }}',
		'={{ $json.o }}',
		'={{ $json.nil }}',
		'={{ $json.missing }}',
		"={{ $json['a b'] }}",
		'={{ $json["uid"] }}',
		'={{ $json.constructor }}',
		"={{ $json['__proto__'] }}",
		'={{ $json.uid }} ',
		'=id {{ $json.uid }}',
		'={{ $json.o.x }}',
		'={{ $json.n + 1 }}',
		'plain text',
	])('reads %j exactly as n8n evaluates it', async (value) => {
		const { items, error } = await executeNode({
			nodeType: new ParameterProbe(),
			parameters: { value },
			items: ITEMS,
		});
		expect(error).toBeUndefined();
		expect(items).toHaveLength(ITEMS.length);
		for (const item of items) expect(item.json.shortcut).toStrictEqual(item.json.n8n);
	});

	it('takes the shortcut only for a whole-value reference to one field', () => {
		expect(referencedField('={{ $json.userId }}')).toBe('userId');
		expect(referencedField("={{ $json['user id'] }}")).toBe('user id');
		expect(referencedField('={{ $json.a.b }}')).toBeUndefined();
		expect(referencedField('={{ $json.a }}x')).toBeUndefined();
		expect(referencedField('{{ $json.a }}')).toBeUndefined();
		expect(referencedField(5)).toBeUndefined();
	});
});

import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/n8n/operations';

export function showFor(resource: string, operation: string): INodeProperties['displayOptions'] {
	return { show: { resource: [resource], operation: [operation] } };
}

/**
 * An id field. Ids of this API are int64 and servers issue them above 2^53, so the field is a string:
 * a number field (or a number from an expression) would round the last digits.
 */
export function idField(options: {
	name: string;
	displayName: string;
	resource: string;
	operation: string;
	required?: boolean;
	description: string;
}): INodeProperties {
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'string',
		required: options.required ?? true,
		default: '',
		placeholder: '7381234567890123456',
		description: options.description,
		displayOptions: showFor(options.resource, options.operation),
	};
}

/** "User ID", optional: empty means the logged-in user. */
export function ownerIdField(resource: string, operation: string, whose: string): INodeProperties {
	return idField({
		name: 'userId',
		displayName: 'User ID',
		resource,
		operation,
		required: false,
		description: `Whose ${whose}. Leave empty for the logged-in user.`,
	});
}

/** Return All and Limit. The API returns these lists whole, so the limit is applied to the answer. */
export function returnAllFields(resource: string, operation: string): INodeProperties[] {
	return returnAllAndLimit({ resource: [resource], operation: [operation] });
}

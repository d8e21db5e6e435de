import type { INodePropertyOptions } from 'n8n-workflow';

/**
 * A node subtitle that lists what the user chose in a multi-options parameter by the names they saw in the
 * list ("Comments, Gifts"), not by the API values behind them ("live_comment, live_gift"). Subtitles are
 * n8n expressions evaluated by the editor, so the value → name table is written into the expression.
 */
export function chosenOptionsSubtitle(
	parameterName: string,
	options: INodePropertyOptions[],
	whenEmpty = 'No events selected',
): string {
	const names = JSON.stringify(Object.fromEntries(options.map(({ value, name }) => [value, name])));
	return `={{ ($parameter["${parameterName}"] || []).map((value) => (${names})[value] || value).join(", ") || ${JSON.stringify(whenEmpty)} }}`;
}

import type { IDataObject } from 'n8n-workflow';

import type { TikTokLiveOperation } from '../types';

export const getCoinPriceList: TikTokLiveOperation = {
	readOnly: true,
	description: [],
	async execute(client) {
		const { prices, extra } = await client.getPriceList();
		// Prices come in USD cents and in the currency of the requesting IP's country (reference §1.3).
		const defaultCurrency = extra.default_currency;
		return prices.map((price) => ({ ...price, defaultCurrency })) as IDataObject[];
	},
};

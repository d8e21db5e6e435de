import { TikTokLive } from '../../nodes/TikTokLive/TikTokLive.node';
import { executeNode } from '../helpers/n8nEngine';
import { ConnectProxy } from '../servers/tiktokLive/ConnectProxy';

jest.setTimeout(30_000);

/**
 * What n8n shows is what its NodeApiError makes of ours: it swaps a message mentioning ECONNREFUSED and
 * friends for a generic sentence. These run the node through n8n's engine and read the error n8n recorded.
 */
describe('transport errors as n8n shows them', () => {
	const run = (credentials: Record<string, unknown>) =>
		executeNode({
			nodeType: new TikTokLive(),
			parameters: { resource: 'coin', operation: 'getPriceList' } as never,
			credentials: {
				tikTokLiveApi: {
					fetchMode: 'direct',
					webcastBaseUrl: 'http://127.0.0.1:1',
					...credentials,
				} as never,
			},
		});

	it('a refused connection keeps the URL and the hint', async () => {
		const { error } = await run({});
		expect(error?.message).toContain('Connection refused by http://127.0.0.1:1');
		expect(error?.description).toMatch(/Check the base URL/);
	});

	it('a refused proxy is named as the proxy, without its password', async () => {
		const proxy = await new ConnectProxy().start();
		const port = proxy.port;
		await proxy.stop();
		const { error } = await run({
			webcastBaseUrl: 'https://webcast.tiktok.com',
			proxyUrl: `http://ann:pw-very-secret@127.0.0.1:${port}`,
		});
		expect(error?.message).toContain(`proxy http://127.0.0.1:${port}`);
		expect(error?.description).toMatch(/proxy/i);
		expect(JSON.stringify(error)).not.toContain('pw-very-secret');
	});
});

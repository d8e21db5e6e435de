import { DouyinLiveFailedDataTrigger } from '../../nodes/DouyinLive/DouyinLiveFailedDataTrigger.node';
import { douyinLiveTokenCache } from '../../nodes/DouyinLive/transport/tokenCache';
import type { DouyinLiveServer } from '../servers/douyinLive/DouyinLiveServer';
import { runPoll } from '../helpers/n8nEngine';
import { ROOM_ID, credentialsFor, startDouyinServer } from './fixtures';

describe('Douyin Live Failed Data Trigger through n8n polling', () => {
	let server: DouyinLiveServer;
	const nodeType = new DouyinLiveFailedDataTrigger();
	const parameters = { roomIds: ROOM_ID, msgTypes: ['live_gift', 'live_fansclub'], pageSize: 2 };

	beforeEach(async () => {
		douyinLiveTokenCache.clear();
		server = await startDouyinServer();
	});
	afterEach(() => server.stop());

	const addGifts = (from: number, to: number) => {
		for (let i = from; i < to; i++)
			server.addFailedPush(ROOM_ID, 'live_gift', [{ msg_id: `g${i}`, gift_num: i }]);
	};

	it('emits each failed push once across polls, continuing mid-page', async () => {
		addGifts(0, 3);
		server.addFailedPush(ROOM_ID, 'live_fansclub', [{ msg_id: 'f0', fansclub_reason_type: 2 }]);
		const first = await runPoll({ nodeType, parameters, credentials: credentialsFor(server) });
		expect(first.items?.map((i) => i.json.msgId)).toEqual(['g0', 'g1', 'g2', 'f0']);

		const idle = await runPoll({
			nodeType,
			parameters,
			credentials: credentialsFor(server),
			staticData: first.staticData,
		});
		expect(idle.items).toBeNull();

		addGifts(3, 6);
		const next = await runPoll({
			nodeType,
			parameters,
			credentials: credentialsFor(server),
			staticData: idle.staticData,
		});
		expect(next.items?.map((i) => i.json.msgId)).toEqual(['g3', 'g4', 'g5']);
		expect(next.items?.[0].json).toMatchObject({
			roomId: ROOM_ID,
			msgType: 'live_gift',
			gift_num: 3,
		});
	});

	it('does not move the saved position in a manual run', async () => {
		addGifts(0, 2);
		const manual = await runPoll({
			nodeType,
			parameters,
			credentials: credentialsFor(server),
			mode: 'manual',
		});
		expect(manual.items).toHaveLength(2);
		const active = await runPoll({
			nodeType,
			parameters,
			credentials: credentialsFor(server),
			staticData: manual.staticData,
		});
		expect(active.items).toHaveLength(2);
	});

	it('starts over without repeats when Douyin drops old data', async () => {
		addGifts(0, 4);
		const first = await runPoll({ nodeType, parameters, credentials: credentialsFor(server) });
		server.failedPushes.set(`${ROOM_ID}|live_gift`, []);
		addGifts(3, 5);
		const next = await runPoll({
			nodeType,
			parameters,
			credentials: credentialsFor(server),
			staticData: first.staticData,
		});
		expect(next.items?.map((i) => i.json.msgId)).toEqual(['g4']);
	});

	it('fails with a clear error for a wrong App Secret', async () => {
		await expect(
			runPoll({
				nodeType,
				parameters,
				credentials: credentialsFor(server, { appSecret: 'bad-secret-value' }),
			}),
		).rejects.toThrow(/\[40017\]/);
	});
});

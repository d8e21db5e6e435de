import {
	ObservableObject,
	type IDataObject,
	type INodeType,
	type IPollFunctions,
} from 'n8n-workflow';

import { DouyinLiveFailedDataTrigger } from '../../nodes/DouyinLive/DouyinLiveFailedDataTrigger.node';
import { douyinLiveTokenCache } from '../../nodes/DouyinLive/transport/tokenCache';
import type { DouyinLiveServer } from '../servers/douyinLive/DouyinLiveServer';
import { DouyinLive } from '../../nodes/DouyinLive/DouyinLive.node';
import { executeNode, runPoll } from '../helpers/n8nEngine';
import { ROOM_ID, credentialsFor, startDouyinServer } from './fixtures';

const NODE_KEY = 'node:Douyin Live Failed Data Trigger';
const FAIL_DATA_PATH = '/api/live_data/task/fail_data/get';

/**
 * A workflow's static data as n8n keeps it for an active polling trigger: one observed object
 * (n8n-workflow's ObservableObject, what Workflow wraps static data in) held in memory across polls,
 * written to the "database" after a poll only when it reports `__dataChanged` (n8n's
 * WorkflowStaticDataService.saveStaticData, called when a poll emits), and read back from there on a
 * restart.
 */
class PersistedStaticData {
	database = JSON.stringify({ [NODE_KEY]: {} });
	private root = this.load();

	private load(): IDataObject {
		return ObservableObject.create(JSON.parse(this.database) as IDataObject);
	}

	/** The node's part, as PollContext.getWorkflowStaticData('node') hands it to the trigger. */
	get node(): IDataObject {
		return this.root[NODE_KEY] as IDataObject;
	}

	/** What n8n does after a poll that emitted. */
	saveIfChanged(): void {
		if (this.root.__dataChanged !== true) return;
		this.database = JSON.stringify(this.root);
		this.root.__dataChanged = false;
	}

	/** n8n stops and starts: memory is gone, the database is kept. */
	restart(): void {
		this.root = this.load();
	}
}

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

	describe('what n8n saves', () => {
		/**
		 * n8n gives every poll an `__emitError` that records a failed trigger execution (its
		 * TriggerExecutionContextFactory); runPoll's bare PollContext has none, so this one collects.
		 */
		let reported: Error[];
		const reporting: INodeType = {
			description: nodeType.description,
			async poll(this: IPollFunctions) {
				(this as { __emitError: (error: Error) => void }).__emitError = (error) =>
					reported.push(error);
				return await nodeType.poll.call(this);
			},
		};
		beforeEach(() => (reported = []));

		const poll = async (store: PersistedStaticData, extra: Record<string, unknown> = {}) => {
			const result = await runPoll({
				nodeType: reporting,
				parameters: { ...parameters, ...extra },
				credentials: credentialsFor(server),
				staticData: store.node,
			});
			if (result.items) store.saveIfChanged();
			return result.items?.map((i) => i.json.msgId) ?? null;
		};

		it('saves the position after every poll, so a restart re-emits nothing and loses nothing', async () => {
			const store = new PersistedStaticData();
			addGifts(0, 3);
			expect(await poll(store)).toEqual(['g0', 'g1', 'g2']);
			addGifts(3, 6);
			expect(await poll(store)).toEqual(['g3', 'g4', 'g5']);
			addGifts(6, 7);
			expect(await poll(store)).toEqual(['g6']);

			store.restart();
			expect(await poll(store)).toBeNull();
			addGifts(7, 9);
			expect(await poll(store)).toEqual(['g7', 'g8']);
			expect(reported).toEqual([]);
		});

		it("emits room A's pushes when room B fails, saves exactly A's position, and reports B as n8n's poll error", async () => {
			const store = new PersistedStaticData();
			const failing = '7214015683695250999';
			server.failDataErrors.set(failing, { err_no: 10001, err_msg: 'internal error' });
			for (const id of ['a1', 'a2', 'a3'])
				server.addFailedPush(ROOM_ID, 'live_gift', [{ msg_id: id, gift_num: 1 }]);
			const both = { roomIds: `${ROOM_ID},${failing}`, msgTypes: ['live_gift'] };

			expect(await poll(store, both)).toEqual(['a1', 'a2', 'a3']);
			expect(reported).toHaveLength(1);
			expect(reported[0].message).toMatch(
				new RegExp(`room ${failing} \\(live_gift\\).*\\[10001\\]`),
			);
			expect((reported[0] as { description?: string }).description).toMatch(
				/3 messages .* emitted/,
			);
			const saved = JSON.parse(store.database)[NODE_KEY];
			expect(saved.progress[`${ROOM_ID}|live_gift`].pushesRead).toBe(3);
			expect(saved.progress[`${failing}|live_gift`].pushesRead).toBe(0);

			// Room B does not block room A, also when A has nothing new (no throw, which at activation would
			// fail the whole workflow); B is read again from where it stopped.
			expect(await poll(store, both)).toBeNull();
			expect(reported).toHaveLength(2);
			server.addFailedPush(ROOM_ID, 'live_gift', [{ msg_id: 'a4', gift_num: 1 }]);
			expect(await poll(store, both)).toEqual(['a4']);
			server.failDataErrors.delete(failing);
			server.addFailedPush(failing, 'live_gift', [{ msg_id: 'b1', gift_num: 1 }]);
			expect(await poll(store, both)).toEqual(['b1']);
			expect(reported).toHaveLength(3);

			store.restart();
			expect(await poll(store, both)).toBeNull();
		});

		it('keeps the pages read before a page fails, and continues after them', async () => {
			const store = new PersistedStaticData();
			addGifts(0, 5);
			server.failDataErrors.set(ROOM_ID, { err_no: 10001, err_msg: 'internal error', fromPage: 2 });
			expect(await poll(store, { msgTypes: ['live_gift'] })).toEqual(['g0', 'g1']);
			expect(reported).toHaveLength(1);
			server.failDataErrors.delete(ROOM_ID);
			store.restart();
			expect(await poll(store, { msgTypes: ['live_gift'] })).toEqual(['g2', 'g3', 'g4']);
		});

		it('throws when every room failed and nothing was read, without moving any position', async () => {
			const store = new PersistedStaticData();
			server.failDataErrors.set(ROOM_ID, { err_no: 10001, err_msg: 'internal error' });
			addGifts(0, 2);
			await expect(poll(store)).rejects.toThrow(/\[10001\]/);
			server.failDataErrors.delete(ROOM_ID);
			expect(await poll(store)).toEqual(['g0', 'g1']);
		});
	});

	it('reads only the first page of each room and message type in a test run, and says so in the UI', async () => {
		addGifts(0, 5);
		const manual = await runPoll({
			nodeType,
			parameters: { ...parameters, msgTypes: ['live_gift'] },
			credentials: credentialsFor(server),
			mode: 'manual',
		});
		expect(manual.items?.map((i) => i.json.msgId)).toEqual(['g0', 'g1']);
		expect(server.requestsTo(FAIL_DATA_PATH).map((r) => r.query.page_num)).toEqual(['1']);
		const notice = nodeType.description.properties.find((p) => p.type === 'notice');
		expect(notice?.displayName).toMatch(/test run.*only the first page/i);
	});

	it('emits items in the shape of the Douyin Live Trigger, msgId included', async () => {
		server.addFailedPush(ROOM_ID, 'live_gift', [{ msg_id: 'x1', gift_num: 1, test: true }]);
		const { items } = await runPoll({
			nodeType,
			parameters: { ...parameters, msgTypes: ['live_gift'] },
			credentials: credentialsFor(server),
		});
		expect(items?.[0].json).toEqual({
			msg_id: 'x1',
			gift_num: 1,
			test: true,
			msgId: 'x1',
			msgType: 'live_gift',
			roomId: ROOM_ID,
			isTest: true,
			pushTimestamp: null,
		});
	});

	describe('items that Ack Report reads with its default Message IDs', () => {
		const douyinLive = new DouyinLive();
		const msgIdsDefault = douyinLive.description.properties.find(
			(p) => p.name === 'msgIds' && p.displayOptions?.show?.resource?.includes('ack'),
		)!.default;

		const ackWithDefaults = async (items: Array<Record<string, unknown>>) =>
			await executeNode({
				nodeType: douyinLive,
				parameters: {
					resource: 'ack',
					operation: 'report',
					roomId: '={{ $json.roomId }}',
					ackType: 2,
					msgType: 'live_gift',
					msgIds: msgIdsDefault,
				} as never,
				credentials: credentialsFor(server),
				items: items as never,
			});
		const ackedIds = () =>
			server.acks.flatMap((a) => (a.data as Array<{ msg_id: string }>).map((d) => d.msg_id));

		it('acks the items of Failed Data › Get Many', async () => {
			addGifts(0, 2);
			const read = await executeNode({
				nodeType: douyinLive,
				parameters: {
					resource: 'failedData',
					operation: 'getMany',
					roomId: ROOM_ID,
					msgType: 'live_gift',
					returnAll: true,
				} as never,
				credentials: credentialsFor(server),
			});
			expect(read.items.map((i) => i.json.msgId)).toEqual(['g0', 'g1']);
			const acked = await ackWithDefaults(read.items.map((i) => i.json));
			expect(acked.error).toBeUndefined();
			expect(ackedIds()).toEqual(['g0', 'g1']);
		});

		it('acks the items of the Failed Data Trigger', async () => {
			addGifts(0, 2);
			const { items } = await runPoll({
				nodeType,
				parameters,
				credentials: credentialsFor(server),
			});
			const acked = await ackWithDefaults(items!.map((i) => i.json));
			expect(acked.error).toBeUndefined();
			expect(ackedIds()).toEqual(['g0', 'g1']);
		});

		it('gives Get Many items the keys of a trigger item', async () => {
			server.addFailedPush(ROOM_ID, 'live_gift', [{ msg_id: 'k1', gift_num: 1 }]);
			const read = await executeNode({
				nodeType: douyinLive,
				parameters: {
					resource: 'failedData',
					operation: 'getMany',
					roomId: ROOM_ID,
					msgType: 'live_gift',
					returnAll: true,
				} as never,
				credentials: credentialsFor(server),
			});
			const polled = await runPoll({
				nodeType,
				parameters: { ...parameters, msgTypes: ['live_gift'] },
				credentials: credentialsFor(server),
			});
			const { pageNum, ...getManyItem } = read.items[0].json;
			expect(pageNum).toBe(1);
			expect(getManyItem).toEqual(polled.items![0].json);
		});
	});
});

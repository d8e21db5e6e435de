/**
 * Reads n8n's own record of executions from the queue-mode cluster's PostgreSQL: status and timings from
 * execution_entity, the run data (n8n stores it "flatted") from execution_data. Uses the `pg` and
 * `flatted` modules of the installed n8n, so the suite needs no database client of its own.
 */
import { join } from 'node:path';

import type { RunningPostgres } from './services';

interface PgClient {
	connect(): Promise<void>;
	query<T>(text: string, values?: unknown[]): Promise<{ rows: T[] }>;
	end(): Promise<void>;
}

export interface ExecutionRow {
	id: string;
	workflowId: string;
	status: string;
	mode: string;
	createdAt: Date;
	startedAt: Date | null;
	stoppedAt: Date | null;
}

export interface ExecutionRun {
	row: ExecutionRow;
	error?: { message: string; description?: string; node?: string };
	/** The JSON of every item a node output in its first run (all outputs, in order). */
	nodeItems(nodeName: string): Array<Record<string, unknown>>;
}

type RunData = {
	resultData?: {
		error?: { message: string; description?: string | null; node?: { name?: string } };
		runData?: Record<
			string,
			Array<{
				data?: { main?: Array<Array<{ json: Record<string, unknown> }> | null> };
				error?: { message: string; description?: string | null };
			}>
		>;
	};
};

const FINISHED = ['success', 'error', 'crashed', 'canceled'];

export class ExecutionsDb {
	private constructor(
		private readonly client: PgClient,
		private readonly parseFlatted: (text: string) => unknown,
	) {}

	static async connect(runtimeDir: string, postgres: RunningPostgres): Promise<ExecutionsDb> {
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const pg = require(join(runtimeDir, 'node_modules/pg')) as {
			Client: new (config: Record<string, unknown>) => PgClient;
		};
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const flatted = require(join(runtimeDir, 'node_modules/flatted')) as {
			parse(text: string): unknown;
		};
		const client = new pg.Client({
			host: postgres.host,
			port: postgres.port,
			user: postgres.user,
			database: postgres.database,
		});
		await client.connect();
		return new ExecutionsDb(client, flatted.parse);
	}

	async executions(workflowId: string): Promise<ExecutionRow[]> {
		const { rows } = await this.client.query<ExecutionRow>(
			`select id::text as id, "workflowId", status, mode, "createdAt", "startedAt", "stoppedAt"
			 from execution_entity where "workflowId" = $1 order by id::bigint`,
			[workflowId],
		);
		return rows;
	}

	/** Waits until the workflow has at least `count` executions and none of them is still going. */
	async waitForFinished(
		workflowId: string,
		count: number,
		timeoutMs = 120_000,
	): Promise<ExecutionRow[]> {
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			const rows = await this.executions(workflowId);
			if (rows.length >= count && rows.every((r) => FINISHED.includes(r.status))) return rows;
			if (Date.now() > deadline)
				throw new Error(
					`workflow ${workflowId}: ${rows.length} executions (${rows.map((r) => r.status).join(', ')}), waited for ${count} finished`,
				);
			await new Promise((r) => setTimeout(r, 250));
		}
	}

	async run(row: ExecutionRow): Promise<ExecutionRun> {
		const { rows } = await this.client.query<{ data: string }>(
			`select data from execution_data where "executionId" = $1`,
			[row.id],
		);
		const data = (rows[0] ? this.parseFlatted(rows[0].data) : {}) as RunData;
		const resultData = data.resultData ?? {};
		const error = resultData.error
			? {
					message: resultData.error.message,
					description: resultData.error.description ?? undefined,
					node: resultData.error.node?.name,
				}
			: undefined;
		return {
			row,
			error,
			nodeItems: (nodeName) =>
				(resultData.runData?.[nodeName]?.[0]?.data?.main ?? []).flatMap((output) =>
					(output ?? []).map((item) => item.json),
				),
		};
	}

	async close(): Promise<void> {
		await this.client.end();
	}
}

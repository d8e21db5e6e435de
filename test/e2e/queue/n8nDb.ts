/**
 * The queue-mode cluster's PostgreSQL, as n8n's tables: publishing a workflow, and n8n's own record of
 * executions (status and timings from execution_entity, the run data, which n8n stores "flatted", from
 * execution_data). Uses the `pg` and `flatted` modules of the installed n8n, so the suite needs no
 * database client of its own.
 */
import { join } from 'node:path';

import type { RunningPostgres } from './services';

interface PgPool {
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

export class N8nDb {
	private constructor(
		private readonly client: PgPool,
		private readonly parseFlatted: (text: string) => unknown,
	) {}

	static async connect(runtimeDir: string, postgres: RunningPostgres): Promise<N8nDb> {
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const pg = require(join(runtimeDir, 'node_modules/pg')) as {
			Pool: new (config: Record<string, unknown>) => PgPool;
		};
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const flatted = require(join(runtimeDir, 'node_modules/flatted')) as {
			parse(text: string): unknown;
		};
		const pool = new pg.Pool({
			host: postgres.host,
			port: postgres.port,
			user: postgres.user,
			database: postgres.database,
			max: 4,
		});
		await pool.query('select 1');
		return new N8nDb(pool, flatted.parse);
	}

	/**
	 * What `n8n publish:workflow --id=<id>` does (WorkflowRepository.publishVersion: the current version
	 * becomes the active one), without starting an n8n command per workflow (about 20 s each here).
	 */
	async publishWorkflow(workflowId: string): Promise<void> {
		const { rows } = await this.client.query<{ id: string }>(
			`update workflow_entity set active = true, "activeVersionId" = "versionId"
			 where id = $1 and not "isArchived"
			 and exists (select 1 from workflow_history h where h."workflowId" = workflow_entity.id
			   and h."versionId" = workflow_entity."versionId")
			 returning id`,
			[workflowId],
		);
		if (rows.length !== 1) throw new Error(`workflow ${workflowId} could not be published`);
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

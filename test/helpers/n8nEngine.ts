/**
 * Runs our nodes through n8n's own execution engine (n8n-core's WorkflowExecute, PollContext and
 * WebhookContext) inside the jest process, with real expressions, parameter resolution, credentials
 * lookup, continueOnFail and pairedItem handling. Only the outer shell n8n's server would supply
 * (credential storage, base URLs, lifecycle hooks) is provided here.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The engine writes an encryption key into the user folder on first use; never touch the real one.
process.env.N8N_USER_FOLDER ??= mkdtempSync(join(tmpdir(), 'n8n-engine-'));
// Node errors are asserted by the tests; the engine's own log lines would only repeat them.
process.env.N8N_LOG_LEVEL ??= 'silent';

import express from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
	ExecutionLifecycleHooks,
	PollContext,
	TriggerContext,
	WebhookContext,
	WorkflowExecute,
} from 'n8n-core';
import {
	NodeHelpers,
	Workflow,
	type IBinaryKeyData,
	type ICredentialDataDecryptedObject,
	type IDataObject,
	type INode,
	type INodeExecutionData,
	type INodeParameters,
	type INodeType,
	type INodeTypes,
	type IRun,
	type IRunExecutionData,
	type ITriggerFunctions,
	type ITriggerResponse,
	type IWebhookResponseData,
	type IWorkflowBase,
	type IWorkflowExecuteAdditionalData,
	type WorkflowExecuteMode,
} from 'n8n-workflow';

export const PACKAGE_PREFIX = 'n8n-nodes-bytedance';

export type CredentialsByType = Record<string, ICredentialDataDecryptedObject>;

class TestNodeTypes implements INodeTypes {
	private readonly types = new Map<string, INodeType>();

	register(nodeType: INodeType): string {
		const name = `${PACKAGE_PREFIX}.${nodeType.description.name}`;
		this.types.set(name, nodeType);
		return name;
	}

	getByName(name: string): INodeType {
		const type = this.types.get(name);
		if (!type) throw new Error(`Unknown node type ${name}`);
		return type;
	}

	getByNameAndVersion(name: string): INodeType {
		return this.getByName(name);
	}

	getKnownTypes() {
		return {};
	}
}

/** Hands the engine the decrypted test credentials, as n8n's CredentialsHelper would after decryption. */
function credentialsHelper(credentials: CredentialsByType) {
	return {
		getParentTypes: () => [],
		isCredentialUsableByNode: () => true,
		authenticate: async (_c: unknown, _t: string, requestOptions: unknown) => requestOptions,
		preAuthentication: async () => undefined,
		runPreAuthentication: async () => undefined,
		getCredentials: async () => {
			throw new Error('not used by the engine in tests');
		},
		getDecrypted: async (_a: unknown, _n: unknown, type: string) => {
			const data = credentials[type];
			if (!data) throw new Error(`No test credentials of type ${type}`);
			return { ...data };
		},
		updateCredentials: async () => {},
		updateCredentialsOauthTokenData: async () => {},
		getCredentialsProperties: () => [],
	};
}

function additionalData(
	credentials: CredentialsByType,
	hooks: ExecutionLifecycleHooks,
	extra: Partial<IWorkflowExecuteAdditionalData> = {},
): IWorkflowExecuteAdditionalData {
	const base = 'http://127.0.0.1:5678';
	return {
		credentialsHelper: credentialsHelper(credentials),
		hooks,
		executionId: 'test-execution',
		currentNodeExecutionIndex: 0,
		restApiUrl: `${base}/rest`,
		instanceBaseUrl: `${base}/`,
		formBaseUrl: `${base}/form`,
		formWaitingBaseUrl: `${base}/form-waiting`,
		formTestBaseUrl: `${base}/form-test`,
		webhookBaseUrl: `${base}/webhook`,
		webhookWaitingBaseUrl: `${base}/webhook-waiting`,
		webhookTestBaseUrl: `${base}/webhook-test`,
		mcpBaseUrl: `${base}/mcp`,
		mcpTestBaseUrl: `${base}/mcp-test`,
		variables: {},
		logAiEvent: () => {},
		getRunExecutionData: async () => undefined,
		executeWorkflow: async () => {
			throw new Error('sub-workflows are not used in these tests');
		},
		getRuntimeCredential: async () => undefined,
		startRunnerTask: async () => {
			throw new Error('task runners are not used in these tests');
		},
		...extra,
	} as unknown as IWorkflowExecuteAdditionalData;
}

function credentialRefs(nodeType: INodeType, credentials: CredentialsByType): INode['credentials'] {
	const refs: NonNullable<INode['credentials']> = {};
	for (const { name } of nodeType.description.credentials ?? []) {
		if (credentials[name]) refs[name] = { id: `cred-${name}`, name: `Test ${name}` };
	}
	return refs;
}

function buildNode(
	nodeType: INodeType,
	typeName: string,
	parameters: INodeParameters,
	credentials: CredentialsByType,
	options: { continueOnFail?: boolean; typeVersion?: number },
): INode {
	const version = nodeType.description.version;
	return {
		id: 'node-under-test',
		name: nodeType.description.defaults.name ?? nodeType.description.displayName,
		type: typeName,
		typeVersion: options.typeVersion ?? (Array.isArray(version) ? Math.max(...version) : version),
		position: [0, 0],
		parameters,
		credentials: credentialRefs(nodeType, credentials),
		...(options.continueOnFail ? { onError: 'continueRegularOutput' as const } : {}),
	};
}

export interface ExecuteNodeOptions {
	nodeType: INodeType;
	parameters: INodeParameters;
	credentials?: CredentialsByType;
	/** The items fed into the node; one empty item by default, as when a node follows a manual trigger. */
	items?: IDataObject[];
	/** Binary data of the items, by index (base64 `data` as n8n keeps it in memory). */
	binary?: Array<IBinaryKeyData | undefined>;
	continueOnFail?: boolean;
	typeVersion?: number;
	/** Aborting it cancels the execution the way n8n's Stop button does (PCancelable.cancel()). */
	cancel?: AbortSignal;
}

export interface ExecuteNodeResult {
	/** Every item of the node's first output. */
	items: INodeExecutionData[];
	/** All outputs. */
	outputs: INodeExecutionData[][];
	/** The error that stopped the node, as n8n recorded it. */
	error?: IRun['data']['resultData']['error'];
	run: IRun;
}

/** Executes one node over the given input items with WorkflowExecute, the way a manual run would. */
export async function executeNode(options: ExecuteNodeOptions): Promise<ExecuteNodeResult> {
	const credentials = options.credentials ?? {};
	const nodeTypes = new TestNodeTypes();
	const typeName = nodeTypes.register(options.nodeType);
	const node = buildNode(options.nodeType, typeName, options.parameters, credentials, options);
	const workflowData = {
		id: 'test-workflow',
		name: 'Test',
		active: false,
		nodes: [node],
		connections: {},
		settings: {},
	} as unknown as IWorkflowBase;
	const workflow = new Workflow({
		id: workflowData.id,
		name: workflowData.name,
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes,
		settings: {},
	});

	let resolveRun!: (run: IRun) => void;
	const finished = new Promise<IRun>((resolve) => (resolveRun = resolve));
	const hooks = new ExecutionLifecycleHooks('manual', 'test-execution', workflowData);
	hooks.addHandler('workflowExecuteAfter', (run) => resolveRun(run));

	const inputItems: INodeExecutionData[] = (options.items ?? [{}]).map((json, i) =>
		options.binary?.[i] ? { json, binary: options.binary[i] } : { json },
	);
	const runExecutionData = {
		startData: {},
		resultData: { runData: {} },
		executionData: {
			contextData: {},
			nodeExecutionStack: [{ node, data: { main: [inputItems] }, source: null }],
			metadata: {},
			waitingExecution: {},
			waitingExecutionSource: {},
		},
	} as unknown as IRunExecutionData;
	const executor = new WorkflowExecute(
		additionalData(credentials, hooks),
		'manual',
		runExecutionData,
	);
	const execution = executor.processRunExecutionData(workflow);
	options.cancel?.addEventListener('abort', () => execution.cancel(), { once: true });
	await execution;
	const run = await finished;
	const taskData = run.data.resultData.runData[node.name]?.[0];
	const outputs = (taskData?.data?.main ?? []).map((output) => output ?? []);
	return { items: outputs[0] ?? [], outputs, error: run.data.resultData.error, run };
}

export interface PollOptions {
	nodeType: INodeType;
	parameters: INodeParameters;
	credentials?: CredentialsByType;
	/** The node's static data, kept between polls by the caller like n8n keeps it per workflow. */
	staticData?: IDataObject;
	mode?: WorkflowExecuteMode;
}

/** Calls a polling trigger's poll() with n8n's PollContext; returns what it emitted and its static data. */
export async function runPoll(
	options: PollOptions,
): Promise<{ items: INodeExecutionData[] | null; staticData: IDataObject }> {
	const credentials = options.credentials ?? {};
	const nodeTypes = new TestNodeTypes();
	const typeName = nodeTypes.register(options.nodeType);
	const node = buildNode(options.nodeType, typeName, options.parameters, credentials, {});
	const staticData = { [`node:${node.name}`]: options.staticData ?? {} } as IDataObject;
	const workflow = new Workflow({
		id: 'test-workflow',
		name: 'Test',
		nodes: [node],
		connections: {},
		active: true,
		nodeTypes,
		settings: {},
		staticData,
	});
	const hooks = new ExecutionLifecycleHooks('trigger', 'test-execution', {
		id: 'test-workflow',
	} as unknown as IWorkflowBase);
	const context = new PollContext(
		workflow,
		node,
		additionalData(credentials, hooks),
		options.mode ?? 'trigger',
		'activate',
	);
	const result = await options.nodeType.poll!.call(context);
	return {
		items: result ? result[0] : null,
		staticData: workflow.staticData[`node:${node.name}`] as IDataObject,
	};
}

export interface TriggerRunOptions {
	nodeType: INodeType;
	parameters: INodeParameters;
	credentials?: CredentialsByType;
	/** 'trigger' for an active workflow, 'manual' for "listen for test event". */
	mode?: WorkflowExecuteMode;
	/**
	 * Called with emit()'s arguments after the data was recorded: stands in for the execution n8n would start,
	 * which resolves the done promise when it finished. Without it, done promises never settle.
	 */
	onEmit?: (...args: Parameters<ITriggerFunctions['emit']>) => void;
}

export interface TriggerRun {
	/** The data of every emit(), in order: one entry per execution the trigger started. */
	emitted: INodeExecutionData[][][];
	/** Errors passed to emitError(). */
	errors: Error[];
	response: ITriggerResponse;
	/** Calls the trigger's closeFunction, as n8n does on deactivation. */
	close(): Promise<void>;
}

/** Calls a trigger node's trigger() with n8n's TriggerContext, collecting what it emits. */
export async function runTrigger(options: TriggerRunOptions): Promise<TriggerRun> {
	const credentials = options.credentials ?? {};
	const nodeTypes = new TestNodeTypes();
	const typeName = nodeTypes.register(options.nodeType);
	const node = buildNode(options.nodeType, typeName, options.parameters, credentials, {});
	const workflow = new Workflow({
		id: 'test-workflow',
		name: 'Test',
		nodes: [node],
		connections: {},
		active: true,
		nodeTypes,
		settings: {},
	});
	const hooks = new ExecutionLifecycleHooks('trigger', 'test-execution', {
		id: 'test-workflow',
	} as unknown as IWorkflowBase);
	const emitted: INodeExecutionData[][][] = [];
	const errors: Error[] = [];
	const context = new TriggerContext(
		workflow,
		node,
		additionalData(credentials, hooks),
		options.mode ?? 'trigger',
		'activate',
		(data, responsePromise, donePromise) => {
			emitted.push(data);
			options.onEmit?.(data, responsePromise, donePromise);
		},
		(error) => errors.push(error),
	);
	const response = (await options.nodeType.trigger!.call(context)) ?? {};
	return { emitted, errors, response, close: async () => await response.closeFunction?.() };
}

export interface WebhookServerOptions {
	nodeType: INodeType;
	parameters: INodeParameters;
	credentials?: CredentialsByType;
	mode?: WorkflowExecuteMode;
}

export interface WebhookServer {
	url: string;
	/** Items of every execution the webhook started, in order. */
	executions: INodeExecutionData[][];
	close(): Promise<void>;
}

/**
 * Serves a webhook node on 127.0.0.1 the way n8n's webhook server does: express, the raw body kept in
 * req.rawBody and JSON parsed into req.body, the node's webhook() called through WebhookContext, and
 * "Respond immediately" answered with 200 unless the node sent its own response.
 */
export async function serveWebhook(options: WebhookServerOptions): Promise<WebhookServer> {
	const credentials = options.credentials ?? {};
	const nodeTypes = new TestNodeTypes();
	const typeName = nodeTypes.register(options.nodeType);
	const node = buildNode(options.nodeType, typeName, options.parameters, credentials, {});
	const workflow = new Workflow({
		id: 'test-workflow',
		name: 'Test',
		nodes: [node],
		connections: {},
		active: true,
		nodeTypes,
		settings: {},
	});
	const executions: INodeExecutionData[][] = [];
	const app = express();
	app.use(express.raw({ type: () => true, limit: '16mb' }));
	app.all(/.*/, async (req, res) => {
		const rawBody = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
		(req as unknown as { rawBody: Buffer }).rawBody = rawBody;
		const type = String(req.headers['content-type'] ?? '');
		try {
			req.body =
				type.includes('json') && rawBody.length ? JSON.parse(rawBody.toString('utf8')) : {};
		} catch {
			req.body = {};
		}
		const webhookDescription =
			options.nodeType.description.webhooks?.find(
				(w) => String(w.httpMethod).toUpperCase() === req.method,
			) ?? options.nodeType.description.webhooks?.[0];
		const hooks = new ExecutionLifecycleHooks('webhook', 'test-execution', {
			id: 'test-workflow',
		} as unknown as IWorkflowBase);
		const data = additionalData(credentials, hooks, {
			httpRequest: req as never,
			httpResponse: res as never,
		});
		const webhookData = {
			httpMethod: req.method,
			node: node.name,
			path: 'test',
			webhookDescription,
			workflowId: 'test-workflow',
			workflowExecuteAdditionalData: data,
		} as never;
		const context = new WebhookContext(
			workflow,
			node,
			data,
			options.mode ?? 'webhook',
			webhookData,
			[],
			null,
		);
		try {
			const response: IWebhookResponseData = await options.nodeType.webhook!.call(context);
			if (response.workflowData) executions.push(response.workflowData[0] ?? []);
			if (!response.noWebhookResponse && !res.headersSent)
				res.status(200).json(response.webhookResponse ?? { message: 'Workflow was started' });
		} catch (error) {
			if (!res.headersSent) res.status(500).json({ message: (error as Error).message });
		}
	});
	const server: Server = await new Promise((resolve) => {
		const s = app.listen(0, '127.0.0.1', () => resolve(s));
	});
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}/webhook/test`,
		executions,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}

/**
 * The subtitle the editor shows under a node on the canvas: its description's subtitle expression resolved
 * by n8n's expression engine against the node's parameters with their defaults filled in, as the editor does.
 */
export function nodeSubtitle(nodeType: INodeType, parameters: INodeParameters = {}): unknown {
	const nodeTypes = new TestNodeTypes();
	const type = nodeTypes.register(nodeType);
	const node: INode = {
		id: 'subtitle',
		name: nodeType.description.defaults.name ?? nodeType.description.displayName,
		type,
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	};
	node.parameters =
		NodeHelpers.getNodeParameters(
			nodeType.description.properties,
			parameters,
			true,
			false,
			node,
			nodeType.description,
		) ?? {};
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	return workflow.expression.getSimpleParameterValue(
		node,
		nodeType.description.subtitle,
		'internal',
		{},
	);
}

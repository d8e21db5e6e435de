/**
 * n8n's binary data store in filesystem mode (n8n's default) for engine tests: without it the engine keeps
 * binary data in memory as base64, which is not what a user's n8n does with a recording.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Container } from '@n8n/di';
import { BinaryDataService } from 'n8n-core';
import type { IBinaryData } from 'n8n-workflow';

export async function useFilesystemBinaryData(): Promise<{
	storagePath: string;
	read(binary: IBinaryData): Promise<Buffer>;
}> {
	const storagePath = mkdtempSync(join(tmpdir(), 'n8n-binary-'));
	process.env.N8N_DEFAULT_BINARY_DATA_MODE = 'filesystem';
	process.env.N8N_BINARY_DATA_STORAGE_PATH = storagePath;
	const service = Container.get(BinaryDataService);
	await service.init();
	return { storagePath, read: (binary) => service.getAsBuffer(binary) };
}

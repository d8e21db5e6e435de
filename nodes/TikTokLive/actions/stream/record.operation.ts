import { NodeOperationError, type IDataObject } from 'n8n-workflow';

import { ApiError } from '../../../shared/errors';
import { requiredString } from '../../../shared/n8n/parameters';
import { binaryItem } from '../../../shared/n8n/runPerItem';
import { streamError } from '../../transport/mediaFetch';
import { startRecording, type RecordingSummary } from '../../transport/streamRecorder';
import {
	chooseStream,
	streamUrlsOf,
	type FormatPreference,
	type QualityPreference,
} from '../../transport/streamUrls';
import type { TikTokLiveClient } from '../../transport/TikTokLiveClient';
import type { TikTokLiveOperation } from '../types';
import { recordFields } from './record.fields';

const MB = 1024 * 1024;

interface RecordOptions {
	binaryPropertyName?: string;
	fileName?: string;
	stallTimeoutSeconds?: number;
}

/** "20261201T215500Z": a file name part without characters file systems refuse. */
function fileTimestamp(date: Date): string {
	return date
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d+Z$/, 'Z');
}

function roomStateText(status: number | undefined): string {
	if (status === undefined) return 'no status';
	return status === 4 ? 'status 4: ended' : `status ${status}`;
}

async function resolveRoom(
	client: TikTokLiveClient,
	source: string,
	value: string,
	signal: AbortSignal | undefined,
): Promise<{ roomId: string; uniqueId?: string }> {
	if (source !== 'username') return { roomId: value };
	const user = await client.getUserLiveInfo(value, signal);
	if (!user.roomId)
		throw new ApiError({
			service: 'TikTok LIVE',
			code: 'USER_OFFLINE',
			message: `@${user.uniqueId} has no live room (user ${roomStateText(user.status)})`,
			hint: 'The user is not live right now; record when the TikTok LIVE Trigger sees the room go live.',
		});
	return { roomId: user.roomId, uniqueId: user.uniqueId };
}

/** An empty recording is no recording: it fails with why, instead of handing on an empty file. */
function failIfEmpty(summary: RecordingSummary, stallTimeoutSeconds: number): void {
	if (summary.bytes > 0 || summary.endedBy === 'cancelled') return;
	if (summary.endedBy === 'stalled')
		throw streamError(
			'STREAM_STALLED',
			`The stream sent no media within ${stallTimeoutSeconds} s`,
			'The stream may be paused or ended; raise the stall timeout or try again.',
		);
	throw streamError(
		summary.endedBy === 'error' ? 'STREAM_BROKEN' : 'STREAM_EMPTY',
		`The stream ended before any media arrived${summary.error ? `: ${summary.error}` : ''}`,
	);
}

export const recordStream: TikTokLiveOperation = {
	description: recordFields,
	async execute(client, itemIndex) {
		const node = this.getNode();
		const source = this.getNodeParameter('source', itemIndex, 'username') as string;
		const value =
			source === 'username'
				? requiredString(this, 'username', 'Username', itemIndex)
				: requiredString(this, 'roomId', 'Room ID', itemIndex);
		const quality = this.getNodeParameter('quality', itemIndex, 'best') as QualityPreference;
		const qualityName = this.getNodeParameter('qualityName', itemIndex, '') as string;
		const format = this.getNodeParameter('format', itemIndex, 'auto') as FormatPreference;
		const maxDurationSeconds = Number(this.getNodeParameter('maxDurationSeconds', itemIndex, 60));
		const maxSizeMb = Number(this.getNodeParameter('maxSizeMb', itemIndex, 100));
		const options = this.getNodeParameter('recordOptions', itemIndex, {}) as RecordOptions;
		if (!(maxDurationSeconds > 0) && !(maxSizeMb > 0))
			throw new NodeOperationError(node, 'Set a max duration or a max size for the recording', {
				itemIndex,
				description:
					'A live stream has no end of its own: with both limits at 0 the recording could run for hours.',
			});
		const stallTimeoutSeconds = Math.max(1, Number(options.stallTimeoutSeconds ?? 15));
		const signal = this.getExecutionCancelSignal?.();

		const resolved = await resolveRoom(client, source, value, signal);
		const room = await client.getRoomInfo(resolved.roomId, signal);
		const uniqueId = resolved.uniqueId ?? room.ownerUniqueId;
		const who = uniqueId ? `@${uniqueId} (room ${room.roomId})` : `Room ${room.roomId}`;
		if (!room.isLive)
			throw new ApiError({
				service: 'TikTok LIVE',
				code: 'ROOM_OFFLINE',
				message: `${who} is not live (${roomStateText(room.status)})`,
				hint: 'Only a live room has a stream to record; start the recording from the TikTok LIVE Trigger when the room goes live.',
			});
		const chosen = chooseStream(streamUrlsOf(room.raw), quality, format, qualityName, who);

		const recording = await startRecording({
			url: chosen.url,
			format: chosen.format,
			open: client.openMedia,
			maxBytes: maxSizeMb > 0 ? Math.floor(maxSizeMb * MB) : undefined,
			maxDurationMs: maxDurationSeconds > 0 ? maxDurationSeconds * 1000 : undefined,
			stallTimeoutMs: stallTimeoutSeconds * 1000,
			signal,
			hlsVariant: quality === 'lowest' ? 'lowest' : 'highest',
		});
		const requestedName = options.fileName?.trim();
		const fileName = requestedName
			? /\.[A-Za-z0-9]{2,4}$/.test(requestedName)
				? requestedName
				: `${requestedName}.${recording.fileExtension}`
			: `${uniqueId ?? room.roomId}-${fileTimestamp(new Date())}.${recording.fileExtension}`;
		// In n8n's filesystem (default) and S3 modes the stream goes to the store as it arrives: memory stays flat.
		let binary;
		try {
			binary = await this.helpers.prepareBinaryData(recording.stream, fileName, recording.mimeType);
		} finally {
			// A no-op after a complete read; after a store failure it closes the connection the store never read.
			recording.close();
		}
		const summary = recording.summary();
		failIfEmpty(summary, stallTimeoutSeconds);
		const binaryPropertyName = options.binaryPropertyName?.trim() || 'data';
		const json: IDataObject = {
			roomId: room.roomId,
			...(uniqueId ? { uniqueId } : {}),
			title: room.title,
			quality: chosen.quality,
			fileName: binary.fileName ?? fileName,
			mimeType: recording.mimeType,
			...summary,
			binaryPropertyName,
		};
		return binaryItem(json, { [binaryPropertyName]: binary });
	},
};

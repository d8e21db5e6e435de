/** Connection-level failures, as ApiErrors with codes a caller can act on. */
import { ApiError } from '../../shared/errors';

export const LIVE_SERVICE = 'TikTok LIVE';

export function offlineError(who: string): ApiError {
	return new ApiError({
		service: LIVE_SERVICE,
		code: 'USER_OFFLINE',
		message: `${who} is not live right now`,
		hint: 'Start the workflow while the stream is on, or choose "Wait for Next Live" at stream end.',
	});
}

export function isOfflineError(error: unknown): boolean {
	return error instanceof ApiError && error.code === 'USER_OFFLINE';
}

export function socketError(message: string, hint?: string, code = 'WEBSOCKET_ERROR'): ApiError {
	return new ApiError({ service: LIVE_SERVICE, code, message, hint });
}

/**
 * Opening the URLs of a live stream (an FLV pull URL, an HLS playlist or segment) with the checks every byte
 * from a CDN needs: redirects followed a bounded number of times and only to http(s), a refusal or an HTML
 * page named for what it is, text bodies read under a cap.
 */
import { ApiError } from '../../shared/errors';
import { headerValue, type HttpResponse, type HttpStreamResponse } from '../../shared/http';

export const STREAM_SERVICE = 'TikTok LIVE stream';

/** Opens one URL; the TikTok client supplies it with its proxy and browser headers. */
export type MediaOpener = (
	url: string,
	options: { signal: AbortSignal; idleTimeoutMs: number; accept?: string },
) => Promise<HttpStreamResponse>;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;

export function streamError(code: string, message: string, hint?: string, httpStatus?: number) {
	return new ApiError({ service: STREAM_SERVICE, code, message, hint, httpStatus });
}

/**
 * Lets go of a body not read to its end. undici then fails it with "Request aborted", an 'error' event that
 * nobody listens to any more: swallowed here, it is the intended end.
 */
export function closeBody(response: HttpStreamResponse): void {
	response.body.on('error', () => {});
	response.body.destroy();
}

function header(response: HttpStreamResponse, name: string): string | undefined {
	return headerValue(response as unknown as HttpResponse, name);
}

/** The URL without its query: pull URLs carry signatures that need not be shown. */
export function displayUrl(url: string): string {
	try {
		const parsed = new URL(url);
		return `${parsed.origin}${parsed.pathname}`;
	} catch {
		return 'the stream URL';
	}
}

export function isHtml(response: HttpStreamResponse, firstBytes?: Buffer): boolean {
	if (/text\/html/i.test(header(response, 'content-type') ?? '')) return true;
	return firstBytes !== undefined && /^\s*</.test(firstBytes.toString('latin1', 0, 64));
}

export function htmlError(what: string, url: string, status: number): ApiError {
	return streamError(
		'STREAM_HTML',
		`The ${what} ${displayUrl(url)} answered HTTP ${status} with an HTML page instead of media`,
		'A CDN block page, a captcha or a login page answered: try again through the credential’s proxy, or look the stream up again.',
		status,
	);
}

function refusal(what: string, url: string, status: number): ApiError {
	if (status === 403)
		return streamError(
			'STREAM_FORBIDDEN',
			`The ${what} ${displayUrl(url)} refused the request (HTTP 403)`,
			'Pull URLs are signed and expire, and may be tied to the network that looked them up: record right after the lookup, through the same proxy.',
			status,
		);
	if (status === 404 || status === 410)
		return streamError(
			'STREAM_NOT_FOUND',
			`The ${what} ${displayUrl(url)} does not exist (HTTP ${status})`,
			'The stream has probably ended, or the URL expired; check the room with Room › Get Info.',
			status,
		);
	return streamError(
		`HTTP_${status}`,
		`The ${what} ${displayUrl(url)} answered HTTP ${status}`,
		status >= 500 ? 'The CDN failed; try again later.' : undefined,
		status,
	);
}

/**
 * Opens a URL and follows redirects (CDN edges hand a pull URL on to another edge); answers a 2xx response
 * or throws an ApiError naming the refusal. An HTML 2xx is refused too. The caller reads or destroys the body.
 */
export async function openMedia(
	open: MediaOpener,
	url: string,
	what: string,
	options: { signal: AbortSignal; idleTimeoutMs: number; accept?: string },
): Promise<{ response: HttpStreamResponse; url: string }> {
	let current = url;
	for (let hop = 0; ; hop++) {
		const response = await open(current, options);
		const location = header(response, 'location');
		if (REDIRECTS.has(response.status) && location) {
			closeBody(response);
			if (hop >= MAX_REDIRECTS)
				throw streamError(
					'TOO_MANY_REDIRECTS',
					`The ${what} redirected more than ${MAX_REDIRECTS} times`,
				);
			let next: URL;
			try {
				next = new URL(location, current);
			} catch {
				throw streamError('BAD_REDIRECT', `The ${what} redirected to an invalid URL`);
			}
			if (next.protocol !== 'http:' && next.protocol !== 'https:')
				throw streamError('BAD_REDIRECT', `The ${what} redirected to a ${next.protocol} URL`);
			current = next.toString();
			continue;
		}
		if (response.status < 200 || response.status >= 300) {
			closeBody(response);
			throw refusal(what, current, response.status);
		}
		if (isHtml(response)) {
			closeBody(response);
			throw htmlError(what, current, response.status);
		}
		return { response, url: current };
	}
}

/** Reads a text body (a playlist) of at most `maxBytes`; a longer one is refused, not truncated. */
export async function readCappedText(
	response: HttpStreamResponse,
	maxBytes: number,
	what: string,
): Promise<string> {
	const chunks: Buffer[] = [];
	let total = 0;
	try {
		for await (const chunk of response.body) {
			total += chunk.length;
			if (total > maxBytes)
				throw streamError('PLAYLIST_TOO_LARGE', `The ${what} is larger than ${maxBytes} bytes`);
			chunks.push(chunk);
		}
	} finally {
		closeBody(response);
	}
	return Buffer.concat(chunks).toString('utf8');
}

/** undici's idle-body timeout: the server kept the connection open and sent nothing. */
export function isStall(error: unknown): boolean {
	const e = error as { code?: string; cause?: { code?: string } };
	return e?.code === 'UND_ERR_BODY_TIMEOUT' || e?.cause?.code === 'UND_ERR_BODY_TIMEOUT';
}

/**
 * Cookies for TikTok requests and the WebSocket handshake. The sign server hands its cookies over in the
 * `X-Set-TT-Cookie` response header (reference §1.4: both public clients fail with EMPTY_COOKIES without it);
 * the optional session cookie is added on top; `tt-target-idc` is always sent (§1.2).
 *
 * They are TikTok's cookies: the public clients load them into a cookie jar for `.tiktok.com` (§1.4), so a
 * push server on any other host never sees them. `isTikTokHost` is that scope, written out.
 */
import { IDC_COOKIE } from './endpoints';

const ATTRIBUTES = new Set([
	'path',
	'domain',
	'expires',
	'max-age',
	'secure',
	'httponly',
	'samesite',
	'priority',
	'partitioned',
]);

/** Parses "a=1; b=2" and Set-Cookie-like strings ("a=1; Path=/; Domain=.tiktok.com, b=2; ...") into pairs. */
export function parseCookieString(text: string | undefined): Map<string, string> {
	const jar = new Map<string, string>();
	if (!text) return jar;
	for (const part of text.split(/;|,(?=\s*[^;,=\s]+=)/)) {
		const eq = part.indexOf('=');
		if (eq <= 0) continue;
		const name = part.slice(0, eq).trim();
		if (!name || ATTRIBUTES.has(name.toLowerCase())) continue;
		jar.set(name, part.slice(eq + 1).trim());
	}
	return jar;
}

/** The cookies a TikTok session needs: the session id under the names TikTok reads (TLC2 §1.2). */
export function sessionCookies(sessionId: string | undefined): Map<string, string> {
	const jar = new Map<string, string>();
	if (!sessionId) return jar;
	for (const name of ['sessionid', 'sessionid_ss', 'sid_tt']) jar.set(name, sessionId);
	return jar;
}

/** Merges jars (later wins) and serialises them as a Cookie header; `tt-target-idc` is added when missing. */
export function cookieHeader(...jars: Array<Map<string, string>>): string {
	const merged = new Map<string, string>();
	const [idcName, idcValue] = IDC_COOKIE.split('=');
	merged.set(idcName, idcValue);
	for (const jar of jars) for (const [name, value] of jar) merged.set(name, value);
	return [...merged].map(([name, value]) => `${name}=${value}`).join('; ');
}

/** TikTok's own domain: www.tiktok.com, webcast.tiktok.com and the push servers webcast*-ws*.tiktok.com (§1.2, §1.5). */
const TIKTOK_DOMAIN = 'tiktok.com';

/**
 * Whether a URL may receive TikTok's cookies: tiktok.com or a subdomain, over TLS (wss:, https:). A push
 * server named by the sign server is data from the network; a look-alike, a loopback address, the sign
 * server's own fallback host or a cleartext ws:// URL gets no cookie (a cleartext one would hand the session
 * to anyone on the path).
 */
export function isTikTokHost(url: string): boolean {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return false;
	}
	if (parsed.protocol !== 'wss:' && parsed.protocol !== 'https:') return false;
	const host = parsed.hostname.toLowerCase();
	return host === TIKTOK_DOMAIN || host.endsWith(`.${TIKTOK_DOMAIN}`);
}

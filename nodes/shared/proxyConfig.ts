/**
 * Which proxy a connection uses, and the proxy URL read once into what every client needs. One place, so
 * that HTTP calls and the TikTok LIVE WebSocket agree (issue: the socket ignored the environment).
 *
 * - HTTP calls: the request's (credential's) proxy; else `HTTPS_PROXY` for https:// targets (falling back to
 *   `HTTP_PROXY`) and `HTTP_PROXY` for http:// targets, as undici's EnvHttpProxyAgent and curl read them.
 * - WebSockets: the credential's proxy; else `HTTPS_PROXY`, `HTTP_PROXY`, then `ALL_PROXY`, as gotiktoklive
 *   does (its README: "ALL_PROXY can be used to set a proxy only for the websocket").
 * - `NO_PROXY` exempts hosts from the environment's proxies (never from a proxy the user typed in).
 *   Lower-case spellings win over upper-case ones, as in curl and undici.
 * - Schemes: http://, https:// (TLS to the proxy), socks5:// (names resolved here) and socks5h:// (names
 *   resolved by the proxy). Anything else is an error that names the scheme.
 */
import { ApiError } from './errors';

export type ProxyScheme = 'http' | 'https' | 'socks5' | 'socks5h';

export interface ProxyEndpoint {
	scheme: ProxyScheme;
	/** Host name or address, without IPv6 brackets. */
	host: string;
	port: number;
	username?: string;
	password?: string;
	/** `scheme://host:port`: how errors and logs name the proxy (never with its credentials). */
	label: string;
}

const DEFAULT_PORTS: Record<ProxyScheme, number> = {
	http: 80,
	https: 443,
	socks5: 1080,
	socks5h: 1080,
};

export const SUPPORTED_PROXY_SCHEMES = 'http://, https://, socks5:// or socks5h://';

/** The proxy URL with any password replaced by ***, readable even when the URL itself is not valid. */
export function maskProxyUrl(raw: string): string {
	// Up to the last @: an unencoded password may itself contain / or @. The scheme is optional here, since
	// "user:password@host:port" (no scheme) is a common mistake that must not echo the password either.
	const userinfo = raw.includes('://') ? /^([^:/@]*:\/\/[^:/@]*):.*@/s : /^([^:/@]*):.*@/s;
	return raw.replace(userinfo, '$1:***@');
}

/** Reads a proxy URL; a URL that cannot be used is an ApiError naming it (without its password). */
export function parseProxyUrl(raw: string, service: string): ProxyEndpoint {
	let url: URL;
	try {
		url = new URL(raw.trim());
	} catch {
		throw new ApiError({
			service,
			code: 'PROXY_URL_INVALID',
			message: `The proxy URL "${maskProxyUrl(raw.trim())}" is not a valid URL`,
			hint: `Write it as scheme://[user:password@]host:port with ${SUPPORTED_PROXY_SCHEMES}; percent-encode special characters in the user name and password.`,
		});
	}
	const scheme = url.protocol.replace(/:$/, '');
	if (!(scheme in DEFAULT_PORTS)) {
		throw new ApiError({
			service,
			code: 'PROXY_SCHEME_UNSUPPORTED',
			message: `The proxy scheme ${url.protocol}// is not supported (proxy ${maskProxyUrl(raw.trim())})`,
			hint: `Use an ${SUPPORTED_PROXY_SCHEMES} proxy URL.`,
		});
	}
	if (!url.hostname) {
		throw new ApiError({
			service,
			code: 'PROXY_URL_INVALID',
			message: `The proxy URL "${maskProxyUrl(raw.trim())}" names no host`,
			hint: 'Write it as scheme://[user:password@]host:port.',
		});
	}
	const proxyScheme = scheme as ProxyScheme;
	const port = Number(url.port) || DEFAULT_PORTS[proxyScheme];
	const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
	return {
		scheme: proxyScheme,
		host,
		port,
		username: url.username ? decodeURIComponent(url.username) : undefined,
		password: url.password ? decodeURIComponent(url.password) : undefined,
		label: `${proxyScheme}://${url.hostname}:${port}`,
	};
}

function environment(...names: string[]): string | undefined {
	for (const name of names) {
		const value = process.env[name]?.trim();
		if (value) return value;
	}
	return undefined;
}

/** Whether NO_PROXY exempts this URL's host: `*`, a host (and its subdomains, with or without a leading dot), host:port. */
export function isExemptFromProxy(targetUrl: string): boolean {
	const noProxy = environment('no_proxy', 'NO_PROXY');
	if (!noProxy) return false;
	let target: URL;
	try {
		target = new URL(targetUrl);
	} catch {
		return false;
	}
	const hostname = target.hostname.toLowerCase();
	const secure = target.protocol === 'https:' || target.protocol === 'wss:';
	const port = Number(target.port) || (secure ? 443 : 80);
	for (const raw of noProxy.split(/[,\s]+/)) {
		if (!raw) continue;
		if (raw === '*') return true;
		const withPort = /^(.+):(\d+)$/.exec(raw);
		if (withPort && Number(withPort[2]) !== port) continue;
		const entry = (withPort ? withPort[1] : raw).replace(/^\*?\./, '').toLowerCase();
		if (hostname === entry || hostname.endsWith(`.${entry}`)) return true;
	}
	return false;
}

/** The proxy URL for an HTTP call to targetUrl: the explicit one, else the environment's; undefined for direct. */
export function proxyUrlForHttp(targetUrl: string, explicit?: string): string | undefined {
	if (explicit?.trim()) return explicit.trim();
	const fromEnvironment = targetUrl.startsWith('https:')
		? environment('https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY')
		: environment('http_proxy', 'HTTP_PROXY');
	if (!fromEnvironment || isExemptFromProxy(targetUrl)) return undefined;
	return fromEnvironment;
}

/** The proxy URL for a WebSocket to targetUrl (ws:// or wss://): explicit, else HTTPS_PROXY, HTTP_PROXY, ALL_PROXY. */
export function proxyUrlForSocket(targetUrl: string, explicit?: string): string | undefined {
	if (explicit?.trim()) return explicit.trim();
	const fromEnvironment = environment(
		'https_proxy',
		'HTTPS_PROXY',
		'http_proxy',
		'HTTP_PROXY',
		'all_proxy',
		'ALL_PROXY',
	);
	if (!fromEnvironment || isExemptFromProxy(targetUrl)) return undefined;
	return fromEnvironment;
}

/** `host:port` as a CONNECT request or an error names it (IPv6 in brackets). */
export function hostPort(host: string, port: number): string {
	return `${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/** The Proxy-Authorization value for an HTTP proxy with credentials (a user name alone is allowed). */
export function proxyAuthorization(proxy: ProxyEndpoint): string | undefined {
	if (proxy.username === undefined && proxy.password === undefined) return undefined;
	const pair = `${proxy.username ?? ''}:${proxy.password ?? ''}`;
	return `Basic ${Buffer.from(pair).toString('base64')}`;
}

/** Secrets of a proxy that must never appear in an error: its password (redactSecrets covers its encoded forms). */
export function proxySecrets(proxy: ProxyEndpoint | undefined): string[] {
	return proxy?.password ? [proxy.password] : [];
}

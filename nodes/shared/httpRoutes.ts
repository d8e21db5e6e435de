/**
 * Which undici dispatcher carries a request: the direct keep-alive Agent, or one per proxy URL (undici's
 * ProxyAgent for http:// and https:// proxies, an Agent whose connector opens SOCKS5 tunnels for socks5://
 * and socks5h://). Which proxy applies is proxyConfig's decision, shared with the TikTok LIVE socket.
 */
import { Agent, buildConnector, ProxyAgent, type Dispatcher } from 'undici';

import {
	parseProxyUrl,
	proxyAuthorization,
	proxyUrlForHttp,
	type ProxyEndpoint,
} from './proxyConfig';
import { openProxyTunnel } from './proxyTunnel';

const KEEP_ALIVE_MS = 10_000;

export interface Route {
	dispatcher: Dispatcher;
	/** The proxy this route goes through, for errors and redaction. */
	proxy?: ProxyEndpoint;
}

let directAgent: Dispatcher | undefined;
/** One dispatcher per proxy URL, shared by every client (keep-alive to the proxy). */
const proxyRoutes = new Map<string, Route>();

/** An undici Agent whose connections are SOCKS5 tunnels, TLS added for https:// targets. */
function socksAgent(proxy: ProxyEndpoint): Dispatcher {
	const tls = buildConnector({});
	return new Agent({
		keepAliveTimeout: KEEP_ALIVE_MS,
		connections: 32,
		connect: (options, callback) => {
			const secure = options.protocol === 'https:';
			const port = Number(options.port) || (secure ? 443 : 80);
			openProxyTunnel(proxy, options.hostname, port, { service: 'Proxy' }).then(
				(socket) => {
					if (secure) tls({ ...options, httpSocket: socket }, callback);
					else callback(null, socket);
				},
				(error: Error) => callback(error, null),
			);
		},
	});
}

function proxyRoute(proxyUrl: string, service: string): Route {
	const cached = proxyRoutes.get(proxyUrl);
	if (cached) return cached;
	const proxy = parseProxyUrl(proxyUrl, service);
	const dispatcher =
		proxy.scheme === 'socks5' || proxy.scheme === 'socks5h'
			? socksAgent(proxy)
			: new ProxyAgent({
					// Credentials go as a header we build, so a user name alone works and undici never holds the password in a URL.
					uri: proxy.label,
					token: proxyAuthorization(proxy),
					keepAliveTimeout: KEEP_ALIVE_MS,
				});
	const route = { dispatcher, proxy };
	proxyRoutes.set(proxyUrl, route);
	return route;
}

export function routeFor(url: string, explicitProxy: string | undefined, service: string): Route {
	const proxyUrl = proxyUrlForHttp(url, explicitProxy);
	if (proxyUrl) return proxyRoute(proxyUrl, service);
	directAgent ??= new Agent({ keepAliveTimeout: KEEP_ALIVE_MS, connections: 32 });
	return { dispatcher: directAgent };
}

/** The proxy variables a test sets; every other spelling is cleared for the duration, then all restored. */
const PROXY_VARIABLES = [
	'HTTP_PROXY',
	'http_proxy',
	'HTTPS_PROXY',
	'https_proxy',
	'ALL_PROXY',
	'all_proxy',
	'NO_PROXY',
	'no_proxy',
];

export async function withEnvironment<T>(
	variables: Record<string, string>,
	run: () => Promise<T>,
): Promise<T> {
	const saved = new Map(PROXY_VARIABLES.map((name) => [name, process.env[name]]));
	for (const name of PROXY_VARIABLES) delete process.env[name];
	Object.assign(process.env, variables);
	try {
		return await run();
	} finally {
		for (const [name, value] of saved) {
			if (value === undefined) delete process.env[name];
			else process.env[name] = value;
		}
	}
}

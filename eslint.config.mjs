// n8n's own lint rules for community nodes, plus typescript-eslint's recommended set.
import tseslint from 'typescript-eslint';
import communityNodes from '@n8n/eslint-plugin-community-nodes';
import n8nNodesBase from 'eslint-plugin-n8n-nodes-base';

const communityNodeRules = {
	...communityNodes.configs.recommendedWithoutN8nCloudSupport,
	rules: {
		...communityNodes.configs.recommendedWithoutN8nCloudSupport.rules,
		// The package's design needs undici (HTTP pools), ws (the TikTok LIVE websocket) and protobufjs
		// (WebCast frames); n8n Cloud's no-dependency rule cannot hold for a live-protocol package.
		'@n8n/community-nodes/no-runtime-dependencies': 'off',
	},
};

export default tseslint.config(
	{
		ignores: [
			'dist/**',
			'node_modules/**',
			'coverage/**',
			'nodes/TikTokLive/protocol/generated/**',
			'**/*.js',
			'**/*.mjs',
		],
	},
	{
		files: ['**/*.ts'],
		extends: [tseslint.configs.recommended],
		rules: {
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
			],
		},
	},
	{
		files: ['nodes/**/*.ts', 'credentials/**/*.ts'],
		...communityNodeRules,
	},
	{
		// The package-level rules (author, files, peer dependencies, node registration…) read package.json,
		// which typescript-eslint's parser reads as one JSON expression when the file name ends in .json.
		files: ['package.json'],
		languageOptions: { parser: tseslint.parser },
		...communityNodeRules,
	},
	{
		// API clients and shared helpers are free of n8n types on purpose (usable from a plain Node script);
		// their ApiError becomes a NodeApiError at the node boundary (nodes/shared/n8n/nodeErrors.ts).
		files: ['nodes/**/transport/**/*.ts', 'nodes/**/protocol/**/*.ts', 'nodes/shared/*.ts'],
		rules: { '@n8n/community-nodes/require-node-api-error': 'off' },
	},
	{
		files: ['nodes/**/*.node.ts', 'nodes/**/actions/**/*.ts'],
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		rules: {
			...n8nNodesBase.configs.nodes.rules,
			// Superseded by @n8n/community-nodes/node-connection-type-literal, which asks for NodeConnectionTypes.Main.
			'n8n-nodes-base/node-class-description-inputs-wrong-regular-node': 'off',
			'n8n-nodes-base/node-class-description-inputs-wrong-trigger-node': 'off',
			'n8n-nodes-base/node-class-description-outputs-wrong': 'off',
		},
	},
	{
		files: ['credentials/**/*.ts'],
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		rules: {
			...n8nNodesBase.configs.credentials.rules,
			// It mistakes URLs with capitals (Douyin's docs live under /zh-CN/) for names to camelCase;
			// @n8n/community-nodes/credential-documentation-url checks the URL properly.
			'n8n-nodes-base/cred-class-field-documentation-url-miscased': 'off',
		},
	},
	{
		files: ['test/**/*.ts', 'bench/**/*.ts'],
		rules: {
			'@typescript-eslint/no-explicit-any': 'off',
			'@typescript-eslint/no-non-null-assertion': 'off',
		},
	},
);

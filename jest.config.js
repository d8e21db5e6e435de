/** Unit and node tests run in parallel; the real-n8n end-to-end suite runs alone (it owns ports and a user folder). */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }];

module.exports = {
	projects: [
		{
			displayName: 'unit',
			testEnvironment: 'node',
			transform: { '^.+\\.ts$': tsJest },
			testMatch: ['<rootDir>/test/**/*.test.ts'],
			testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/'],
		},
		{
			displayName: 'e2e',
			testEnvironment: 'node',
			transform: { '^.+\\.ts$': tsJest },
			testMatch: ['<rootDir>/test/e2e/**/*.e2e.test.ts'],
		},
	],
};

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }] },
  // One generous limit for every test, set here rather than per test: the suite must pass on one
  // busy core. Timings are measured by npm run bench and the end-to-end test, not asserted here.
  testTimeout: 180_000,
  setupFilesAfterEnv: ['<rootDir>/tests/setupTests.ts'],
  // Component tests run in jsdom; resolve packages to their Node builds there too (uuid ships ESM for browsers).
  testEnvironmentOptions: { customExportConditions: ['node', 'node-addons'] },
};

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }] },
  testTimeout: 60000,
  // Component tests run in jsdom; resolve packages to their Node builds there too (uuid ships ESM for browsers).
  testEnvironmentOptions: { customExportConditions: ['node', 'node-addons'] },
};

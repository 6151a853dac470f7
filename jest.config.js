// ESM mode: @actions/core 3 and friends publish only "import" entry points.
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }] },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  testTimeout: 120_000,
  // One file at a time: load tests measure latency and must not compete with each other for the two cores.
  maxWorkers: 1,
  // The Lighthouse worker the page tests run, built from src/ when it is newer than dist/.
  globalSetup: '<rootDir>/scripts/jest-global-setup.mjs',
  reporters: ['default', '<rootDir>/scripts/jest-summary-reporter.cjs'],
};

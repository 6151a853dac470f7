// ESM mode: @actions/core 3 and friends publish only "import" entry points.
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }] },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  testTimeout: 120_000,
  // Two files at a time on the two cores: tests assert behaviour that holds on a busy machine (npm run test:busy runs
  // them beside a CPU hog on every core), and the suite takes 15 minutes rather than 24. npm test runs the two whose
  // figures a neighbour's load moves most (capacity searches, statements per load phase) after the others, alone.
  maxWorkers: 2,
  // The Lighthouse worker the page tests run, built from src/ when it is newer than dist/.
  globalSetup: '<rootDir>/scripts/jest-global-setup.mjs',
  reporters: ['default', '<rootDir>/scripts/jest-summary-reporter.cjs'],
};

// Mutation testing of the pure domain logic (issue 14 §8). Not in CI: a full run takes long.
// Run one module at a time on a shared machine, e.g.
//   npm run mutation -- --mutate 'src/lib/srs/**/*.ts' --incrementalFile reports/stryker/srs.json
// Scores per module are listed in the README's 신뢰성 section.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  // The Vitest runner with two fixes for Vitest 5 (see scripts/stryker/vitest5-runner.mjs); options stay `vitest`.
  testRunner: 'vitest5',
  vitest: { configFile: 'vitest.stryker.config.ts', related: true },
  plugins: ['@stryker-mutator/vitest-runner', './scripts/stryker/vitest5-runner.mjs'],
  mutate: ['src/lib/**/*.ts'],
  coverageAnalysis: 'perTest',
  // Mutants in code run at import time would need a full reload per mutant: skipped.
  ignoreStatic: true,
  // Unchanged mutants keep their result between runs.
  incremental: true,
  incrementalFile: 'reports/stryker/incremental.json',
  concurrency: 2,
  // Added to 1.5 × the tests' net time and the measured overhead (often 10–15 s on a busy machine): a mutant that
  // loops forever costs that much plus a runner restart, so keep the margin small.
  timeoutMS: 3_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};

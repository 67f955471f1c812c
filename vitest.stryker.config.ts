// Vitest for mutation runs: plain Vite (no Astro integration), so Stryker's instrumented sources in its
// sandbox are what the tests import. Unit tests never reach astro: modules.
//
// `isolate: false` keeps imported modules (ts-fsrs, zod, the bank) loaded between mutant runs, about twice as fast:
// Stryker switches mutants at run time, not by reloading. It is wrong for code that caches results in module state
// built on first use (a cache built under one mutant would serve the next ones): run such modules (instance-type,
// search) with STRYKER_ISOLATE=1.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    isolate: process.env.STRYKER_ISOLATE === '1',
  },
});

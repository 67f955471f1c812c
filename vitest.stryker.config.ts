// Vitest for mutation runs: plain Vite (no Astro integration), so Stryker's instrumented sources in its
// sandbox are what the tests import. Unit tests never reach astro: modules.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});

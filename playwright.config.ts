import { defineConfig, devices } from '@playwright/test';

// Runs against the production build (`npm run build` first), served by `astro preview`.
// Debian's Chromium: Playwright's own browser download cannot work on these machines.
// E2E_PORT lets several checkouts on one machine run their suites side by side.
const port = Number(process.env.E2E_PORT ?? 4321);
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // The suite is CPU-bound on a 2-core machine (axe above all): measured on the whole suite, 2 workers 672 s,
  // 3 workers 697 s, 4 workers 754 s. E2E_WORKERS overrides.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  timeout: 90_000,
  // Assertions retry for up to 10 s: the CI machine may be as loaded as these (load average 20–40 on 2 cores seen).
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['./tests/e2e/summary-reporter.ts']] : [['list'], ['./tests/e2e/summary-reporter.ts']],
  use: {
    baseURL: `http://localhost:${port}`,
    locale: 'ko-KR',
    timezoneId: 'Asia/Seoul',
    // No tracing by default: recording DOM snapshots of every action doubled the suite's CPU time (measured: the
    // 1280×720 projector walks took 27.4 s with traces kept on failure, 15.5 s without). To debug a failure, rerun
    // it with `npx playwright test <file> --trace on` and open the trace with `npx playwright show-trace`.
    trace: 'off',
    // Every page registers the service worker, which then downloads the whole course when idle: in tests that is
    // minutes of CPU spent on something only offline.spec.ts checks. That spec allows it again.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: `node scripts/serve.ts ${port}`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 90_000,
  },
});

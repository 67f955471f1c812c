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
  // The suite mostly waits (page loads, animations, polling), so four workers keep a 2-core machine busy.
  workers: Number(process.env.E2E_WORKERS ?? 4),
  timeout: 90_000,
  // Assertions retry for up to 10 s: the CI machine may be as loaded as these (load average 20–40 on 2 cores seen).
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['./tests/e2e/summary-reporter.ts']] : [['list'], ['./tests/e2e/summary-reporter.ts']],
  use: {
    baseURL: `http://localhost:${port}`,
    locale: 'ko-KR',
    timezoneId: 'Asia/Seoul',
    trace: 'retain-on-failure',
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

// Offline and installable: after one online visit the service worker has precached the site; with the network off,
// lessons, tools, the quiz and search still work; a new service worker makes the update prompt appear.
import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test } from './fixtures.ts';

// Its own server (and so its own origin and service worker), with the hook that simulates a new deployment.
const PORT = 4399;
let server: ChildProcess;
test.describe.configure({ mode: 'serial' });
test.use({ baseURL: `http://localhost:${PORT}` });
test.beforeAll(async () => {
  server = spawn(process.execPath, ['scripts/serve.ts', String(PORT), '--test-hooks'], { stdio: 'ignore' });
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(`http://localhost:${PORT}/`)).ok) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('test server did not start');
});
test.afterAll(() => { server.kill(); });

async function waitForPrecache(page: import('@playwright/test').Page) {
  await page.goto('/');
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!registration.active) throw new Error('no active service worker');
  });
  // The activated worker has finished precaching; wait until it controls the page.
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

test('the manifest and the service worker register', async ({ page }) => {
  await page.goto('/');
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await page.request.get(manifestHref ?? '')).json() as { name: string; start_url: string; display: string };
  expect(manifest).toMatchObject({ name: 'EC2 스터디랩', start_url: '/', display: 'standalone' });
  await expect(page.locator('html')).toHaveAttribute('data-sw-registered', 'true');
});

test('after one visit, lessons, tools, quiz and search work offline', async ({ page, context }) => {
  await waitForPrecache(page);
  await context.setOffline(true);
  await page.goto('/lessons/storage/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('/tools/lifecycle/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('/quiz/?lesson=ami');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('/search/?q=%EB%B3%B4%EC%95%88%20%EA%B7%B8%EB%A3%B9');
  await expect(page.locator('main a[href*="/lessons/"]').first()).toBeVisible();
  await context.setOffline(false);
});

test('a changed service worker shows the update prompt', async ({ page }) => {
  await waitForPrecache(page);
  await page.request.post('/__test/new-deployment');
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
  const prompt = page.getByRole('status').filter({ hasText: '새 버전' });
  await expect(prompt).toBeVisible({ timeout: 20_000 });
  await prompt.getByRole('button', { name: '새로고침' }).click();
  await page.waitForLoadState('load');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

// Offline and installable: after one online visit the service worker has precached the site; with the network off,
// lessons, tools, the quiz and search still work; a new service worker makes the update prompt appear.
import { expect, test } from './fixtures.ts';

test.describe.configure({ mode: 'serial' });

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

test('a changed service worker shows the update prompt', async ({ page, context }) => {
  await waitForPrecache(page);
  await context.route('**/sw.js', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: `${await response.text()}\n// a new deployment\n` });
  });
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

// Offline and installable: the service worker precaches only the shell and search; the rest of the course downloads
// in the background when idle (progress "오프라인 저장 n/N", then "오프라인 준비 완료"), unless the setting is off.
// After that, with the network off, lessons, tools, the quiz and search still work; a new service worker makes the
// update prompt appear.
import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test } from './fixtures.ts';

// Its own server (and so its own origin and service worker), with the hook that simulates a new deployment.
const PORT = 4399;
let server: ChildProcess;
test.describe.configure({ mode: 'serial' });
test.use({ baseURL: `http://localhost:${PORT}`, serviceWorkers: 'allow' });
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

test('the install precaches only the shell and search, not the whole course', async ({ page }) => {
  await waitForPrecache(page);
  const precached = await page.evaluate(async () => {
    const names = await caches.keys();
    const name = names.find((n) => n.includes('precache'));
    const cache = name ? await caches.open(name) : undefined;
    return cache ? (await cache.keys()).map((r) => new URL(r.url).pathname) : [];
  });
  expect(precached).toContain('/search-index.json');
  expect(precached.some((p) => p.includes('search-worker'))).toBe(true);
  // The dialog and its worker client load on first use, so the page never fetches them before going offline.
  expect(precached.some((p) => /\/search-dialog\.[\w-]+\.js$/.test(p))).toBe(true);
  expect(precached.some((p) => /\/load\.[\w-]+\.js$/.test(p))).toBe(true);
  expect(precached.some((p) => p.startsWith('/lessons/'))).toBe(false);
});

test('after one visit and the background download, lessons, tools, quiz and search work offline', async ({ page, context }) => {
  await waitForPrecache(page);
  const progress = page.locator('[data-offline-progress]');
  await expect(progress).toHaveText(/오프라인 저장 \d+\/\d+|오프라인 준비 완료/, { timeout: 30_000 });
  await expect(progress).toHaveText('오프라인 준비 완료', { timeout: 150_000 });
  await context.setOffline(true);
  await page.goto('/lessons/storage/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('/tools/lifecycle/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('/quiz/?lesson=ami');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The lesson's question and feedback files came with the course: a practice card shows and its answer is explained.
  await page.getByRole('button', { name: '이 레슨 연습 (일정 변경 없음)' }).click();
  const widget = page.locator('[data-widget-slot] .q-widget');
  await expect(widget).toBeVisible();
  const choice = widget.locator('input[type="radio"], input[type="checkbox"]');
  if (await choice.count()) await choice.first().check();
  else if (await widget.locator('input[type="text"]').count()) await widget.locator('input[type="text"]').fill('모름');
  else if (await widget.locator('select').count()) await widget.locator('select').first().selectOption({ index: 1 });
  await page.locator('[data-submit]').click();
  await expect(page.locator('[data-explanation]')).not.toBeEmpty();
  await page.goto('/search/?q=%EB%B3%B4%EC%95%88%20%EA%B7%B8%EB%A3%B9');
  await expect(page.locator('main a[href*="/lessons/"]').first()).toBeVisible();
  await context.setOffline(false);
});

test('the setting turns the background download off, and back on', async ({ browser }) => {
  const context = await browser.newContext({ baseURL: `http://localhost:${PORT}` });
  // The learner turned it off on an earlier visit.
  await context.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('ec2lab:offline-course', 'off');
      sessionStorage.setItem('seeded', '1');
    }
  });
  const page = await context.newPage();
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/');
  const toggle = page.getByRole('checkbox', { name: /오프라인용으로 미리 저장/ });
  await expect(toggle).toBeVisible({ timeout: 20_000 });
  await expect(toggle).not.toBeChecked();
  await expect(page.getByText('전체 강의 오프라인 저장이 꺼져 있습니다.')).toBeVisible();
  await page.waitForTimeout(3000);
  expect(requested.filter((p) => p.startsWith('/lessons/') || p === '/offline-course.json')).toEqual([]);
  expect(await page.evaluate(async () => (await (await caches.open('ec2lab-course')).keys()).filter((r) => r.url.includes('/lessons/')).length)).toBe(0);

  await toggle.check();
  expect(await page.evaluate(() => localStorage.getItem('ec2lab:offline-course'))).toBe('on');
  await expect(page.locator('[data-offline-progress]')).toHaveText(/오프라인 저장 \d+\/\d+|오프라인 준비 완료/, { timeout: 20_000 });
  await expect.poll(() => requested.some((p) => p.startsWith('/lessons/')), { timeout: 30_000 }).toBe(true);
  await context.close();
});

test('the live classroom pages never start the course download (one classroom Wi-Fi, thirty phones)', async ({ browser }) => {
  const context = await browser.newContext({ baseURL: `http://localhost:${PORT}` });
  const page = await context.newPage();
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/live/');
  await page.waitForFunction(() => document.documentElement.dataset.swRegistered === 'true', undefined, { timeout: 20_000 });
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForTimeout(3000);
  expect(requested.filter((p) => p.startsWith('/lessons/') || p === '/offline-course.json')).toEqual([]);
  await expect(page.getByRole('checkbox', { name: /오프라인용으로 미리 저장/ })).toBeHidden();
  await context.close();
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

// Every page in the sitemap answers 200, has one h1 and a title, and logs no console error (fixtures.ts).
import { expect, sitemapPaths, test } from './fixtures.ts';

const paths = sitemapPaths();

test('the sitemap lists the main pages of the site', () => {
  for (const path of ['/', '/lessons/', '/glossary/', '/tools/instance-type/', '/tools/lifecycle/', '/quiz/', '/quiz/stats/', '/review/', '/search/']) {
    expect(paths, `sitemap has ${path}`).toContain(path);
  }
});

for (const path of paths) {
  test(`page ${path} answers 200 with one h1 and no console errors`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page).toHaveTitle(/EC2 스터디랩/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  });
}

test('an unknown address shows the Korean 404 page', async ({ page, consoleErrors }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  // The browser logs the 404 status of the page itself; that one is expected here.
  const expected = consoleErrors.findIndex((e) => e.includes('status of 404'));
  expect(expected).toBeGreaterThanOrEqual(0);
  consoleErrors.splice(expected, 1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('페이지를 찾을 수 없습니다');
});

// The sitemap lists the main pages; an unknown address gets the Korean 404 page.
import { expect, sitemapPaths, test } from './fixtures.ts';

const paths = sitemapPaths();

test('the sitemap lists the main pages of the site', () => {
  for (const path of ['/', '/lessons/', '/glossary/', '/tools/instance-type/', '/tools/lifecycle/', '/quiz/', '/quiz/stats/', '/review/', '/search/']) {
    expect(paths, `sitemap has ${path}`).toContain(path);
  }
});

// Each page of the sitemap answering 200 with one h1, a title, lang="ko" and no console error is checked where it is
// already loaded once for axe (a11y.spec.ts), rather than by loading all of them a second time.

test('an unknown address shows the Korean 404 page', async ({ page, consoleErrors }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  // The browser logs the 404 status of the page itself; that one is expected here.
  const expected = consoleErrors.findIndex((e) => e.includes('status of 404'));
  expect(expected).toBeGreaterThanOrEqual(0);
  consoleErrors.splice(expected, 1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('페이지를 찾을 수 없습니다');
});

// axe finds no WCAG 2.x A/AA violation on any page of the sitemap, in the light and the dark theme.
import AxeBuilder from '@axe-core/playwright';
import { expect, sitemapPaths, test } from './fixtures.ts';

const paths = sitemapPaths();

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme });
    for (const path of paths) {
      test(`axe: ${path} (${theme})`, async ({ page }) => {
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join('\n  ')}`);
        expect(summary, `axe violations on ${path} in ${theme}`).toEqual([]);
      });
    }
  });
}

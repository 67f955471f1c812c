// axe finds no WCAG 2.x A/AA violation on any page of the sitemap, in the light and (for colour) the dark theme.
// Each page is loaded once: it also checks that the page answers 200 with one h1, a title and lang="ko", runs every
// rule in the light theme, then switches to dark the way the theme toggle does and runs the colour rules.
import { axeFor, expect, sitemapPaths, test } from './fixtures.ts';

const paths = sitemapPaths();

for (const path of paths) {
  test(`axe: ${path} (light, then dark)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    const response = await page.goto(path);
    // Every page answers 200 with one h1, a title and lang="ko"; the fixture fails it on any console error.
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page).toHaveTitle(/EC2 스터디랩/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    for (const theme of ['light', 'dark'] as const) {
      if (theme === 'dark') {
        await page.emulateMedia({ colorScheme: 'dark' });
        await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
      }
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const results = await axeFor(page, theme).analyze();
      const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join('\n  ')}`);
      expect(summary, `axe violations on ${path} in ${theme}`).toEqual([]);
    }
  });
}

test.describe('forced colors and reduced motion', () => {
  test('in forced-colors mode, buttons, callouts and focus stay visible', async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto('/lessons/instance-types/');
    const callout = page.locator('[data-callout]').first();
    expect(await callout.evaluate((el) => getComputedStyle(el).borderTopStyle)).not.toBe('none');
    await page.goto('/');
    const button = page.locator('.button').first();
    expect(await button.evaluate((el) => getComputedStyle(el).borderTopStyle)).not.toBe('none');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
  });

  test('with reduced motion, smooth scrolling and animations are off', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/lessons/instance-types/#인스턴스-크기');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
    const duration = await page.locator('[id="인스턴스-크기"]').evaluate((el) => getComputedStyle(el).animationDuration);
    expect(parseFloat(duration)).toBeLessThan(0.01);
  });
});

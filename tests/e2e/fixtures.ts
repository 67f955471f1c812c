// Shared Playwright fixtures: every test fails if the page logs a console error or throws.
import { readFileSync, readdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      page.on('pageerror', (err) => errors.push(err.message));
      await use(errors);
      expect(errors, 'console errors on the page').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** Paths of every page in the built sitemap, as local paths (/lessons/ami/ …). */
export function sitemapPaths(): string[] {
  const files = readdirSync('dist').filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const paths = files.flatMap((f) =>
    [...readFileSync(`dist/${f}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '/').pathname),
  );
  return [...new Set(paths)].sort();
}

export async function setTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
}

/** Every WCAG 2.x A/AA rule axe has. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The rules that can differ between the themes. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * axe for a page in one theme. The themes differ only in colour (one palette of light-dark() pairs in global.css),
 * so the light pass runs every WCAG 2.x A/AA rule (plus `extraTags`) and the dark pass only the colour rules: axe is
 * the costliest part of the browser suite, and the second full pass found nothing the first did not.
 */
export function axeFor(page: Page, theme: 'light' | 'dark', options: { include?: string; extraTags?: string[] } = {}): AxeBuilder {
  const builder = new AxeBuilder({ page });
  if (options.include) builder.include(options.include);
  return theme === 'dark' ? builder.withRules(COLOUR_RULES) : builder.withTags([...WCAG_TAGS, ...(options.extraTags ?? [])]);
}

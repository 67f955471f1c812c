// Site chrome: lesson sidebar and previous/next, on-page table of contents, theme toggle, skip link.
import { expect, test } from './fixtures.ts';

test('the sidebar marks the current lesson and previous/next follow the course order', async ({ page }) => {
  await page.goto('/lessons/launching-instances/');
  const sidebar = page.getByRole('navigation', { name: '레슨 목록' });
  await expect(sidebar.locator('a[aria-current="page"]')).toHaveAttribute('href', '/lessons/launching-instances/');
  const pager = page.getByRole('navigation', { name: '이전·다음 레슨' });
  await expect(pager.getByRole('link', { name: /이전 레슨/ })).toHaveAttribute('href', '/lessons/ec2-and-compute-options/');
  await pager.getByRole('link', { name: /다음 레슨/ }).click();
  await expect(page).toHaveURL(/\/lessons\/instance-types\/$/);
  await expect(page.getByRole('navigation', { name: '레슨 목록' }).locator('a[aria-current="page"]')).toHaveAttribute('href', '/lessons/instance-types/');
});

test('sidebar groups lessons by topic in course order', async ({ page }) => {
  await page.goto('/lessons/instance-types/');
  const numbers = await page.getByRole('navigation', { name: '레슨 목록' }).locator('.lesson-number').allTextContents();
  const orders = numbers.map(Number);
  expect(orders.length).toBeGreaterThanOrEqual(13);
  expect(orders).toEqual([...orders].sort((a, b) => a - b));
});

test('table of contents links to heading anchors that have copyable links', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('/lessons/instance-types/');
  const toc = page.getByRole('navigation', { name: '이 페이지에서' });
  const first = toc.getByRole('link').first();
  const href = await first.getAttribute('href');
  expect(href).toMatch(/^#/);
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${encodeURI(href ?? '')}$`));
  const heading = page.locator(`[id="${decodeURIComponent(href!.slice(1))}"]`);
  await expect(heading).toBeVisible();
  await expect(heading.locator('a.heading-anchor')).toHaveAttribute('href', href!);
});

test('the theme toggle switches to dark and persists across reloads without a flash', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  const toggle = page.getByRole('button', { name: '어두운 테마' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  // No flash: record the theme at the moment <body> is first inserted, before anything can paint.
  await page.addInitScript(() => {
    new MutationObserver((_records, observer) => {
      if (document.body) {
        (window as unknown as { themeAtBody: string | undefined }).themeAtBody = document.documentElement.dataset.theme;
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await page.evaluate(() => (window as unknown as { themeAtBody?: string }).themeAtBody)).toBe('dark');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).not.toBe('rgb(255, 255, 255)');
  await page.goto('/glossary/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('button', { name: '어두운 테마' }).click();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('the skip link is the first focusable element and moves focus to main', async ({ page }) => {
  await page.goto('/lessons/instance-types/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '본문으로 건너뛰기' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('layout fits a 360 px wide phone without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['/', '/lessons/instance-types/', '/glossary/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
  }
});

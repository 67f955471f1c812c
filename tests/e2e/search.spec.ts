import { test, expect } from './fixtures.ts';

test.describe('search dialog', () => {
  test('loads nothing until opened, then Ctrl+K opens it and Escape returns focus', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto('/');
    const button = page.getByRole('banner').getByRole('button', { name: '검색' });
    await expect(button).toBeEnabled();
    await expect(button).toHaveAttribute('aria-keyshortcuts', /Control\+K/);
    expect(requests.filter((u) => u.includes('search-index.json'))).toEqual([]);

    await button.focus();
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: '사이트 검색' });
    await expect(dialog).toBeVisible();
    const input = dialog.getByRole('combobox');
    await expect(input).toBeFocused();
    await expect.poll(() => requests.some((u) => u.endsWith('/search-index.json'))).toBe(true);

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
  });

  test('"/" opens the dialog without typing a slash, results update as you type', async ({ page }) => {
    await page.goto('/');
    await page.locator('body').press('/');
    const input = page.getByRole('dialog').getByRole('combobox');
    await expect(input).toBeFocused();
    await expect(input).toHaveValue('');

    await input.pressSequentially('로드벨런서'); // typo and no space, for 로드 밸런서
    const options = page.getByRole('listbox', { name: '검색 결과' }).getByRole('option');
    await expect(options.first()).toBeVisible();
    await expect(options.first()).toContainText(/로드\s*밸런/);
    await expect(input).toHaveAttribute('aria-expanded', 'true');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    // The matched part is marked in the original (correctly spelt) text.
    await expect(options.first().locator('mark').first()).toBeVisible();

    await input.fill('zzzzqx');
    await expect(page.getByRole('dialog').getByRole('status')).toContainText('결과가 없습니다');
    await expect(options).toHaveCount(0);
  });

  test('arrow keys move the active option and Enter lands on the section anchor', async ({ page }) => {
    // The flash lasts about two seconds; record every element that gets it, so a slow machine cannot miss it.
    await page.addInitScript(() => {
      const flashed: string[] = [];
      (window as unknown as { flashed: string[] }).flashed = flashed;
      new MutationObserver((records) => {
        for (const r of records) {
          const el = r.target as Element;
          if (el.classList.contains('search-flash')) flashed.push(el.id);
        }
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['class'] });
    });
    await page.goto('/');
    await page.keyboard.press('Control+k');
    const input = page.getByRole('dialog').getByRole('combobox');
    await input.fill('ㅅㅈㅌㅍㄹ');
    const options = page.getByRole('listbox').getByRole('option');
    await expect(options.nth(1)).toBeVisible();

    await input.press('ArrowDown');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    const second = await options.nth(1).getAttribute('id');
    await expect(input).toHaveAttribute('aria-activedescendant', second ?? '');
    await input.press('ArrowUp');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');

    // Pick the first lesson section (a lesson result with a lesson path under its heading) and follow it.
    const lessonOption = options.filter({ has: page.locator('.hit-kind-lesson') }).filter({ has: page.locator('.hit-path') }).first();
    await expect(lessonOption).toBeVisible();
    const index = Number(await lessonOption.getAttribute('data-index'));
    for (let i = 0; i < index; i++) await input.press('ArrowDown');
    await expect(lessonOption).toHaveAttribute('aria-selected', 'true');
    await input.press('Enter');

    await expect(page).toHaveURL(/\/lessons\/[^/]+\/#.+/);
    const hash = decodeURIComponent(new URL(page.url()).hash.slice(1));
    const target = page.locator(`[id="${hash}"]`);
    await expect(target).toBeVisible();
    await expect.poll(() => page.evaluate(() => (window as unknown as { flashed: string[] }).flashed)).toContain(hash);
    await expect(target).toBeInViewport();
  });

  test('an Enter that commits a Hangul syllable does not open a result', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Control+k');
    const input = page.getByRole('dialog').getByRole('combobox');
    await input.fill('보안 그룹');
    await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
    // What Chromium sends for the Enter that ends an IME composition.
    await input.dispatchEvent('compositionstart');
    await input.evaluate((el) => el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 229, isComposing: true, bubbles: true, cancelable: true })));
    // Opening a result closes the dialog synchronously, so a visible dialog means nothing was opened.
    await expect(page.getByRole('dialog')).toBeVisible();
    await input.dispatchEvent('compositionend');
    await expect(page.getByRole('dialog')).toBeVisible();
    // The next, real Enter opens the top result: exactly one navigation.
    await input.press('Enter');
    await expect(page).toHaveURL(/\/(glossary|lessons)\//);
  });

  test('works at 360 px', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/');
    await page.getByRole('banner').getByRole('button', { name: '검색' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox').fill('asg');
    await expect(dialog.getByRole('option').first()).toBeVisible();
    const box = await dialog.boundingBox();
    expect(box?.width ?? 999).toBeLessThanOrEqual(360);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(360);
  });
});

test.describe('search worker and sharded index', () => {
  test('queries run in a worker; quiz prompts and excerpts arrive after the first query and refresh the results', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto('/');
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: '사이트 검색' });
    const input = dialog.getByRole('combobox');
    await expect.poll(() => page.workers().some((w) => w.url().includes('search-worker'))).toBe(true);
    // Before any query only the names shard is fetched.
    await expect.poll(() => requests.includes('/search-index.json')).toBe(true);
    expect(requests).not.toContain('/search-questions.json');

    // A quiz prompt's words: found once the question shard, fetched after the first query, is in.
    await input.fill('회수되기 몇 분 전');
    await expect.poll(() => requests.includes('/search-questions.json') && requests.includes('/search-text.json')).toBe(true);
    const options = dialog.getByRole('option');
    await expect(options.filter({ hasText: '퀴즈' }).first()).toBeVisible();
    await expect(options.filter({ hasText: '퀴즈' }).first().locator('mark').first()).toBeVisible();
  });

  test('a multi-word query with a word that matches nothing finds both subjects', async ({ page }) => {
    await page.goto('/search/?q=' + encodeURIComponent('예약 인스턴스 vs Savings Plans'));
    const results = page.getByRole('list', { name: '검색 결과' }).getByRole('link');
    await expect(results.first()).toBeVisible();
    const top = (await results.allTextContents()).slice(0, 5).join('\n');
    expect(top).toMatch(/예약 인스턴스/);
    expect(top).toMatch(/Savings Plans/);
  });
});

test.describe('/search/ page', () => {
  test('renders the results of ?q= as links and keeps the address in sync', async ({ page }) => {
    await page.goto('/search/?q=' + encodeURIComponent('로드밸런서'));
    await expect(page.getByRole('heading', { level: 1, name: '검색' })).toBeVisible();
    const input = page.getByRole('searchbox', { name: '검색어' });
    await expect(input).toHaveValue('로드밸런서');
    const results = page.getByRole('list', { name: '검색 결과' }).getByRole('link');
    await expect(results.first()).toBeVisible();
    await expect(results.first()).toContainText(/로드\s*밸런/);
    await expect(page.getByRole('status')).toContainText('검색 결과');

    await input.fill('asg');
    await expect(page).toHaveURL(/[?&]q=asg/);
    await expect(results.first()).toContainText('ASG');
    const href = await results.first().getAttribute('href');
    expect(href).toMatch(/^\/(glossary|lessons)\//);
  });

  test('a query that finds nothing says so', async ({ page }) => {
    await page.goto('/search/?q=zzzzqx');
    await expect(page.getByRole('status')).toContainText('결과가 없습니다');
  });
});

// Lessons on a 390 px phone (issue 16): no word broken inside a table cell or inline code, every diagram label at
// least 12 CSS px as rendered, no sideways page scroll, figures open full screen and close by keyboard; the one-row
// header with its menu, the "이 페이지에서" bar, code copy, heading anchors, and the palette with JavaScript off.
import { expect, test } from './fixtures.ts';
import { lessonIdsOnDisk } from '../../src/lib/lessons/files.ts';
import type { Page } from '@playwright/test';

const lessonIds = lessonIdsOnDisk();
test.use({ viewport: { width: 390, height: 844 } });

/** Words (runs of letters and digits: a line may still break at spaces and punctuation such as ( · /) inside one
 *  text node that the browser laid out on more than one line. */
async function brokenWords(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const broken: string[] = [];
    for (const el of document.querySelectorAll(sel)) {
      if (!(el as HTMLElement).checkVisibility()) continue;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const m of text.matchAll(/[\p{L}\p{N}]{2,}/gu)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size > 1) broken.push(m[0]);
        }
      }
    }
    return broken;
  }, selector);
}

for (const id of lessonIds) {
  test(`lesson ${id} at 390 px: no broken words, labels ≥ 12 px, no sideways scroll`, async ({ page }) => {
    await page.goto(`/lessons/${id}/`);
    expect(await brokenWords(page, '.lesson-body :is(td, th)'), 'words broken across lines in table cells').toEqual([]);
    expect(await brokenWords(page, '.lesson-body :not(pre) > code'), 'inline code broken inside a token').toEqual([]);
    const small = await page.evaluate(() => {
      const found: string[] = [];
      for (const text of document.querySelectorAll<SVGTextElement>('.lesson-body figure svg text')) {
        if (!text.checkVisibility() || !(text.textContent ?? '').trim()) continue;
        const svg = text.ownerSVGElement;
        const scale = svg?.getScreenCTM()?.a ?? 1;
        const px = Number.parseFloat(getComputedStyle(text).fontSize) * scale;
        if (px < 11.95) found.push(`${text.textContent?.trim()} (${px.toFixed(1)}px)`);
      }
      return found;
    });
    expect(small, 'SVG labels under 12 px').toEqual([]);
    // Diagrams are redrawn for the phone, not shrunk or scrolled: none scrolls sideways, none clips a label.
    const drawings = await page.evaluate(() => {
      const scrolling: string[] = [];
      const clipped: string[] = [];
      for (const figure of document.querySelectorAll<HTMLElement>('.lesson-body figure')) {
        const caption = figure.querySelector('.figure-caption')?.textContent?.slice(0, 12) ?? '';
        const svg = [...figure.querySelectorAll<SVGSVGElement>('svg[role="img"]')].find((s) => s.checkVisibility());
        if (!svg) continue;
        for (let el: HTMLElement | null = svg.parentElement; el && el !== figure; el = el.parentElement) {
          if (el.scrollWidth > el.clientWidth + 1) scrolling.push(caption);
        }
        const box = svg.getBoundingClientRect();
        for (const text of svg.querySelectorAll('text')) {
          const r = text.getBoundingClientRect();
          if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5) {
            clipped.push(`${caption}: ${text.textContent?.trim()}`);
          }
        }
      }
      return { scrolling, clipped };
    });
    expect(drawings.scrolling, 'figures that scroll sideways instead of a phone drawing').toEqual([]);
    expect(drawings.clipped, 'SVG labels outside their drawing').toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'page scrolls sideways').toBeLessThanOrEqual(0);
  });
}

test('a figure opens full screen and closes with Escape, focus back on its button', async ({ page }) => {
  await page.goto('/lessons/instance-lifecycle/');
  const button = page.getByRole('button', { name: '크게 보기' }).first();
  await button.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('그림 1.');
  const box = await dialog.boundingBox();
  expect(box?.width).toBeGreaterThanOrEqual(389);
  expect(box?.height).toBeGreaterThanOrEqual(843);
  await expect(dialog.locator('svg')).toHaveCount(1);
  await page.keyboard.press('+');
  expect(await dialog.locator('.figure-dialog-content').evaluate((el) => el.getBoundingClientRect().width)).toBeGreaterThan(box?.width ?? 0);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
  // With JavaScript the dialog button stands in for the link that opens the figure without it.
  await expect(page.getByRole('link', { name: '크게 보기' })).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a figure opens full screen through its link, shows the wide drawing at readable size, and closes back to its place', async ({ page }) => {
    await page.goto('/lessons/auto-scaling/');
    await expect(page.getByRole('button', { name: '크게 보기' })).toHaveCount(0);
    const open = page.getByRole('link', { name: '크게 보기' }).first();
    await open.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#figure-1$/);
    const figure = page.locator('#figure-1');
    const box = await figure.boundingBox();
    expect(box).toEqual({ x: 0, y: 0, width: 390, height: 844 });
    await expect(figure.locator('.figure-wide svg')).toBeVisible();
    await expect(figure.locator('.figure-phone svg')).toBeHidden();
    const smallest = await figure.evaluate((el) => {
      const svg = el.querySelector<SVGSVGElement>('.figure-wide svg');
      const scale = svg?.getScreenCTM()?.a ?? 0;
      return Math.min(...[...(svg?.querySelectorAll('text') ?? [])].map((t) => Number.parseFloat(getComputedStyle(t).fontSize) * scale));
    });
    expect(smallest).toBeGreaterThanOrEqual(12);
    // The drawing keeps its width: the full-screen figure pans sideways (and pinch-zooms with the page).
    expect(await figure.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeGreaterThan(100);
    const close = figure.getByRole('link', { name: /닫기/ });
    await expect(close).toBeInViewport();
    await close.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#figure-1-place$/);
    expect(await figure.evaluate((el) => getComputedStyle(el).position)).toBe('static');
    await expect(figure.locator('.figure-phone svg')).toBeVisible();
    await expect(figure).toBeInViewport();
  });
});

test('captions read "그림 N." in page order', async ({ page }) => {
  for (const id of ['ami', 'storage', 'pricing']) {
    await page.goto(`/lessons/${id}/`);
    const captions = await page.locator('.lesson-body figcaption .figure-caption').allTextContents();
    expect(captions.length).toBeGreaterThan(0);
    captions.forEach((c, i) => expect(c).toMatch(new RegExp(`^그림 ${i + 1}\\. \\S`)));
  }
});

test('the header is one row with a menu of 레슨, 도구, 퀴즈, 학습 통계, 복습', async ({ page }) => {
  await page.goto('/lessons/ami/');
  const header = page.locator('.site-header');
  expect((await header.boundingBox())?.height).toBeLessThan(70);
  const nav = page.getByRole('navigation', { name: '주요 메뉴' });
  await expect(nav).toBeHidden();
  await page.getByRole('button', { name: '메뉴' }).click();
  await expect(nav).toBeVisible();
  await expect(nav.getByRole('link')).toHaveText(['레슨', '도구', '퀴즈', '학습 통계', '복습 모드']);
  await expect(nav.getByRole('link', { name: '레슨' })).toHaveAttribute('aria-current', 'page');
  await page.keyboard.press('Escape');
  await expect(nav).toBeHidden();
});

test('"이 페이지에서" opens the table of contents from anywhere; the heading lands below the sticky bars', async ({ page }) => {
  await page.goto('/lessons/storage/');
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight * 0.6));
  const toggle = page.getByRole('button', { name: /이 페이지에서/ });
  await expect(toggle).toBeInViewport();
  await toggle.click();
  const toc = page.locator('#toc-popover');
  await expect(toc).toBeVisible();
  const link = toc.getByRole('link').nth(1);
  const hash = decodeURIComponent((await link.getAttribute('href')) ?? '').slice(1);
  await link.click();
  await expect(toc).toBeHidden();
  await expect.poll(() => page.evaluate((id) => Math.round(document.getElementById(id)?.getBoundingClientRect().top ?? -1), hash)).toBeGreaterThanOrEqual(
    await page.evaluate(() => Math.round(document.querySelector('.toc-bar')!.getBoundingClientRect().bottom)),
  );
});

test('heading anchors show on hover or focus only', async ({ page }) => {
  await page.goto('/lessons/storage/');
  const anchor = page.locator('.heading-anchor').first();
  expect(await anchor.evaluate((el) => getComputedStyle(el).opacity)).toBe('0');
  await anchor.focus();
  expect(await anchor.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
  await page.emulateMedia({ media: 'print' });
  await expect(anchor).toBeHidden();
});

test('code blocks have a language label and a copy button that says 복사됨', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/lessons/user-data-and-imds/');
  const block = page.locator('code-block').first();
  await expect(block.locator('.code-block-language')).not.toBeEmpty();
  await block.getByRole('button', { name: '코드 복사' }).click();
  await expect(block.getByRole('status')).toHaveText('복사됨');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.trim()).toBe((await block.locator('pre').textContent())?.trim());
});

test('tables scroll inside their frame with a sticky first column, or stack as cards', async ({ page }) => {
  await page.goto('/lessons/pricing/');
  const scroller = page.locator('.table-wrap[data-layout="scroll"][data-overflowing] .table-scroll').first();
  await expect(scroller).toBeVisible();
  await expect(scroller.locator('xpath=..').locator('.table-hint')).toBeVisible();
  const firstCell = scroller.locator('tbody tr td:first-child').first();
  const before = (await firstCell.boundingBox())?.x;
  await scroller.evaluate((el) => { el.scrollLeft = 200; });
  expect(Math.abs(((await firstCell.boundingBox())?.x ?? 0) - (before ?? 0))).toBeLessThanOrEqual(1);
  await page.goto('/lessons/ami/');
  const card = page.locator('.table-wrap[data-layout="cards"] tbody tr').first();
  expect(await card.evaluate((el) => getComputedStyle(el).display)).toBe('block');
  expect(await card.locator('td').nth(1).evaluate((el) => getComputedStyle(el, '::before').content)).not.toBe('none');
});

test.describe('without JavaScript in a dark system theme', () => {
  test.use({ javaScriptEnabled: false, colorScheme: 'dark' });
  test('code tokens keep at least 4.5:1 contrast', async ({ page }) => {
    await page.goto('/lessons/user-data-and-imds/');
    const ratios = await page.evaluate(() => {
      const channel = (c: number) => { const s = c / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
      const luminance = (rgb: string) => {
        const [r = 0, g = 0, b = 0] = (rgb.match(/[\d.]+/g) ?? []).map(Number);
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
      };
      const bg = luminance(getComputedStyle(document.querySelector('pre')!).backgroundColor);
      return [...document.querySelectorAll('pre, pre .token')].map((el) => {
        const fg = luminance(getComputedStyle(el).color);
        return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
      });
    });
    expect(ratios.length).toBeGreaterThan(3);
    expect(Math.min(...ratios)).toBeGreaterThanOrEqual(4.5);
  });
});

test('a note marks its corrections and links both ways with the lesson callout', async ({ page }) => {
  await page.goto('/notes/note-3/');
  const fix = page.locator('.note-fix[id] a').first();
  const href = (await fix.getAttribute('href')) ?? '';
  const noteAnchor = await page.locator('.note-fix[id]').first().getAttribute('id');
  await fix.click();
  await expect(page).toHaveURL(new RegExp(href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/#.*/, '')));
  const callout = page.locator(`[id="${decodeURIComponent(href.split('#')[1] ?? '')}"]`);
  await expect(callout).toHaveAttribute('data-callout', 'correction');
  const back = callout.getByRole('link', { name: /노트 3 · EC2 기초/ });
  await expect(back).toHaveAttribute('href', `/notes/note-3/#${noteAnchor}`);
  await back.click();
  await expect(page.locator(`[id="${noteAnchor}"]`)).toBeInViewport();
});

test('lessons render the lifecycle and instance-type tables from the typed tables in src/lib', async ({ page }) => {
  const { STATES, STATE_ORDER } = await import('../../src/lib/lifecycle/table.ts');
  const { SERIES } = await import('../../src/lib/instance-type/series.ts');
  const { OPTION_LETTERS } = await import('../../src/lib/instance-type/options.ts');
  await page.goto('/lessons/instance-lifecycle/');
  const states = page.getByRole('region', { name: '표: 상태, 콘솔 표기, 뜻' }).locator('tbody tr');
  await expect(states.locator('td:first-child')).toHaveText([...STATE_ORDER]);
  await expect(states.locator('td:nth-child(2)')).toHaveText(STATE_ORDER.map((s) => STATES[s].label));
  await page.goto('/lessons/instance-types/');
  const series = page.getByRole('region', { name: /^표: 시리즈/ }).locator('tbody td:nth-child(2)');
  await expect(series.first()).toHaveText(SERIES['m']?.english ?? '');
  const options = await page.getByRole('region', { name: '표: 옵션, 뜻' }).locator('tbody td:nth-child(2)').allTextContents();
  for (const option of Object.values(OPTION_LETTERS)) expect(options).toContain(option.label);
});

test('the lab renders its console steps from the typed table, with the console labels and the AWS source', async ({ page }) => {
  const { CONSOLE_PROCEDURES, labelsIn, plainStep } = await import('../../src/lib/console-steps/index.ts');
  const procedure = CONSOLE_PROCEDURES['lab-create-launch-template'];
  await page.goto('/lessons/lab-auto-scaling-web-server/');
  const list = page.getByRole('list', { name: procedure.title });
  const steps = list.locator(':scope > li');
  await expect(steps).toHaveCount(procedure.steps.length);
  const first = procedure.steps[0] as string;
  await expect(steps.first()).toHaveText(plainStep(first));
  await expect(steps.first().locator('.console-label')).toHaveText(labelsIn(first).join(' > '));
  await expect(page.locator('[data-console-steps="lab-create-launch-template"]').getByRole('link')).toHaveAttribute('href', procedure.source);
  expect(await page.locator('[data-console-steps]').count()).toBe(Object.keys(CONSOLE_PROCEDURES).length);
});

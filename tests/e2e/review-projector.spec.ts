// Review slides on a projector: at 1280×720, 1366×768 and 1920×1080 every slide of a session, in every state,
// fits the screen without scrolling, and at the reveal the explanation and the show-of-hands chart are in view.
import { expect, test } from './fixtures.ts';
import type { Page } from '@playwright/test';

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

interface Bank { questions: { id: string; kind: string; prompt: string; explanation: string; options?: { text: string }[]; steps?: string[]; pairs?: { left: string; right: string }[] }[] }

/** Everything that must be in view, measured in the page. */
async function measure(page: Page) {
  return page.evaluate(() => {
    const stage = document.querySelector<HTMLElement>('[data-stage]')!;
    const box = stage.getBoundingClientRect();
    const below = (selector: string) => {
      const el = stage.querySelector(selector);
      return el ? el.getBoundingClientRect().bottom - Math.min(box.bottom, innerHeight) : null;
    };
    const prompt = stage.querySelector('h2');
    return {
      position: document.querySelector('[data-position]')?.textContent ?? '',
      pageOverflow: document.documentElement.scrollHeight - innerHeight,
      stageOverflow: stage.scrollHeight - stage.clientHeight,
      answerBelow: below('.q-answer'),
      tallyBelow: below('figure.tally'),
      promptPx: prompt ? parseFloat(getComputedStyle(prompt).fontSize) : null,
      fit: Number(stage.dataset.fit ?? '1'),
    };
  });
}

/** Walks a session from its first slide to the summary, entering a show of hands on every countable question. */
async function walk(page: Page, query: string) {
  await page.goto(`/review/play/${query}`);
  await expect(page.locator('review-presenter')).toHaveAttribute('data-ready', 'true');
  const problems: string[] = [];
  const check = async (label: string) => {
    const m = await measure(page);
    const where = `${label} @ ${m.position}`;
    if (m.pageOverflow > 0) problems.push(`${where}: the page scrolls by ${m.pageOverflow}px`);
    if (m.stageOverflow > 1) problems.push(`${where}: the slide overflows by ${m.stageOverflow}px`);
    if (m.answerBelow !== null && m.answerBelow > 1) problems.push(`${where}: the explanation ends ${m.answerBelow}px below the screen`);
    if (m.tallyBelow !== null && m.tallyBelow > 1) problems.push(`${where}: the tally ends ${m.tallyBelow}px below the screen`);
    return m;
  };
  let states = 0;
  let reveals = 0;
  let smallest = Infinity;
  for (let guard = 0; guard < 200; guard++) {
    const step = await page.locator('[data-stage]').getAttribute('data-step');
    const m = await check(step ?? '?');
    states++;
    if (m.promptPx !== null) smallest = Math.min(smallest, m.promptPx);
    if (step === 'summary') break;
    if (step === 'options' && (await page.locator('[data-tally]').evaluate((el) => !(el as HTMLElement).hidden))) {
      // The instructor types the hands with the controls open; the slide still fits beside them.
      await page.getByRole('button', { name: '조작 (C)' }).click();
      const inputs = page.locator('[data-tally-fields] input');
      await inputs.nth(0).fill('7');
      await inputs.nth(1).fill('12');
      await inputs.nth(1).press('Tab');
      await page.locator('[data-stage]').click({ position: { x: 4, y: 4 } });
      await check('options, controls open');
      await page.keyboard.press('KeyR');
      await expect(page.locator('figure.tally')).toBeVisible();
      await check('reveal, controls open');
      await page.getByRole('button', { name: '조작 숨기기 (C)' }).click();
      await page.keyboard.press('ArrowLeft');
    }
    if (step === 'answer') {
      reveals++;
      await expect(page.getByRole('region', { name: '정답과 해설' })).toBeInViewport({ ratio: 1 });
    }
    await page.keyboard.press('ArrowRight');
  }
  return { problems, states, reveals, smallest };
}

for (const size of SIZES) {
  test.describe(`${size.width}×${size.height}`, () => {
    test.use({ viewport: size });
    // About seventy slide states, each measured: longer than one page visit, whatever the machine's load.
    test.describe.configure({ timeout: 240_000 });

    // One walk per size covers both the session and the worst case: the 20 longest questions of the bank (prompt,
    // explanation, options), with a timer and key points, in shuffled order.
    test('every slide and state of a 20-question session of the longest questions fits without scrolling', async ({ page }) => {
      const bank = (await (await page.request.get('/question-bank.json')).json()) as Bank;
      const length = (q: Bank['questions'][number]) =>
        q.prompt.length + q.explanation.length + [...(q.options ?? []).map((o) => o.text), ...(q.steps ?? []), ...(q.pairs ?? []).map((p) => p.left + p.right)].join('').length;
      const longest = [...bank.questions].sort((a, b) => length(b) - length(a)).slice(0, 20).map((q) => q.id);
      const result = await walk(page, `?lessons=all&n=20&order=shuffled&seed=2026&timer=30&keypoints=1&include=${longest.join(',')}&v=2`);
      expect(result.problems).toEqual([]);
      expect(result.reveals).toBe(20);
      expect(result.states).toBeGreaterThan(20 * 2);
      // Scaling never shrinks a prompt below what the back row can read.
      expect(result.smallest).toBeGreaterThanOrEqual(16);
    });
  });
}

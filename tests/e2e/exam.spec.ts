// 모의고사: flags, reload mid-exam, review and submit, results, 오답 노트, history; warnings and the time-out
// submit on Playwright's clock; exam answers never touch the FSRS schedule.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const PROGRESS = 'ec2lab.srs.progress';

async function setUp(page: Page, count: number, seconds: number) {
  await page.goto('/quiz/exam/');
  await expect(page.locator('exam-app')).toHaveAttribute('data-ready', 'true');
  await page.getByLabel('문항 수').fill(String(count));
  await page.getByLabel('문항당 시간(초)').fill(String(seconds));
  await page.getByRole('button', { name: '모의고사 시작' }).click();
  await expect(page.getByRole('heading', { name: `문항 1 / ${count}` })).toBeVisible();
}

/** Gives some answer to the question on screen, whatever its kind. */
async function answerSomething(page: Page) {
  const widget = page.locator('[data-exam] fieldset.q-widget');
  if (await widget.locator('input[type="radio"], input[type="checkbox"]').count()) {
    await widget.locator('legend').focus();
    await page.keyboard.press('1');
  } else if (await widget.locator('input[type="text"]').count()) {
    await widget.locator('input[type="text"]').fill('모르겠음');
  } else if (await widget.locator('select').count()) {
    await widget.locator('select').first().selectOption({ index: 1 });
  } else {
    await widget.getByRole('button', { name: /아래로/ }).first().click();
  }
}

test('a mock exam: answer, flag with F, reload mid-exam, review, submit, results, 오답 노트, history', async ({ page }) => {
  test.slow();
  await setUp(page, 5, 90);
  await answerSomething(page);
  const nav = page.getByRole('navigation', { name: '문항 이동' });
  await expect(nav.getByRole('button', { name: '1번: 답함' })).toBeVisible();
  await page.getByRole('button', { name: '다음 문항 →' }).click();
  await expect(page.getByRole('heading', { name: '문항 2 / 5' })).toBeVisible();
  await page.locator('[data-exam] legend').focus();
  await page.keyboard.press('f');
  await expect(nav.getByRole('button', { name: '2번: 답하지 않음, 검토 표시' })).toBeVisible();
  await expect(page.locator('[data-flag]')).toHaveAttribute('aria-pressed', 'true');
  // No feedback before submitting: no marks, no key.
  await expect(page.locator('[data-exam] .q-mark, [data-exam] .is-key')).toHaveCount(0);
  const timerBefore = await page.locator('[data-timer]').innerText();

  await page.reload();
  await expect(page.getByRole('heading', { name: '문항 2 / 5' })).toBeVisible();
  await expect(nav.getByRole('button', { name: '1번: 답함' })).toBeVisible();
  await expect(nav.getByRole('button', { name: '2번: 답하지 않음, 검토 표시' })).toBeVisible();
  expect(timerBefore).toMatch(/^7:\d\d$/);

  await nav.getByRole('button', { name: /^1번/ }).click();
  await expect(page.getByRole('heading', { name: '문항 1 / 5' })).toBeVisible();
  await page.getByRole('button', { name: '검토 화면' }).click();
  await expect(page.getByRole('heading', { name: '제출 전 검토' })).toBeFocused();
  await expect(page.locator('[data-review-summary]')).toContainText('답함 1 · 답하지 않음 4 · 검토 표시 1');
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: '답안 제출' }).click();

  await expect(page.getByRole('heading', { name: '모의고사 결과' })).toBeFocused();
  await expect(page.locator('[data-score]')).toContainText(/\d \/ 5/);
  await expect(page.locator('[data-score]')).toContainText('추정 합격선 72%');
  await expect(page.getByRole('table', { name: '레슨별 점수' })).toBeVisible();
  await expect(page.getByRole('table', { name: '유형별 점수' })).toBeVisible();
  const items = page.locator('[data-result-list] details');
  await expect(items).toHaveCount(5);
  await items.nth(1).locator('summary').click();
  await expect(items.nth(1)).toContainText('내 답');
  await expect(items.nth(1)).toContainText('답하지 않음');
  await expect(items.nth(1)).toContainText('해설');

  // The results survive a reload too.
  await page.reload();
  await expect(page.getByRole('heading', { name: '모의고사 결과' })).toBeVisible();
  const toNotebook = page.getByRole('button', { name: /틀린 문항 \d개 오답 노트에 넣기/ });
  const wrong = Number((await toNotebook.innerText()).match(/(\d)개/)?.[1]);
  expect(wrong).toBeGreaterThanOrEqual(4);
  await toNotebook.click();
  await expect(page.locator('[data-notebook-msg]')).toContainText(`틀린 문항 ${wrong}개를 오답 노트에 표시했습니다`);
  const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{}'), PROGRESS);
  expect(Object.values(stored.cards as Record<string, { flagged?: boolean }>).filter((c) => c.flagged)).toHaveLength(wrong);
  expect(stored.log).toEqual([]); // exam answers never reschedule
  await page.goto('/quiz/');
  await expect(page.locator('[data-mistakes-counts]')).toContainText(`표시 ${wrong}`);

  await page.goto('/quiz/exam/');
  await page.getByRole('button', { name: '새 모의고사' }).click();
  await expect(page.getByRole('img', { name: '모의고사 점수 추이' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '지난 모의고사' })).toBeVisible();
});

test('the timer warns at 5 and 1 minutes and submits when time runs out', async ({ page }) => {
  await page.clock.install();
  await setUp(page, 5, 90); // 7:30
  await expect(page.locator('[data-timer]')).toHaveText(/^7:(30|29)$/);
  await page.clock.runFor(150_000);
  await expect(page.locator('[data-live]')).toHaveText('남은 시간 5분입니다.');
  await expect(page.locator('[data-timer]')).toHaveClass(/warn/);
  await page.clock.runFor(240_000);
  await expect(page.locator('[data-live]')).toHaveText('남은 시간 1분입니다.');
  await expect(page.locator('[data-timer]')).toHaveClass(/urgent/);
  await page.clock.runFor(61_000);
  await expect(page.getByRole('heading', { name: '모의고사 결과' })).toBeVisible();
  await expect(page.locator('[data-score]')).toContainText('시간이 끝나 자동 제출했습니다');
  await expect(page.locator('[data-score]')).toContainText('0 / 5');
});

test('an attempt whose time ran out while the tab was closed is submitted on the next visit', async ({ page }) => {
  await page.clock.install();
  await setUp(page, 5, 20);
  await page.clock.pauseAt(Date.now() + 10 * 60_000);
  await page.reload();
  await expect(page.getByRole('heading', { name: '모의고사 결과' })).toBeVisible();
  await expect(page.locator('[data-score]')).toContainText('걸린 시간 1:40');
});

// Study modes on /quiz/: resume after reload, the 확실하지 않음 toggle, the lesson loop after the day's new-card
// limit is spent, and 오답 노트 practice that leaves cards that are not due alone.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { PROGRESS_KEY, bank, card, settings, type BankQuestion as Q } from './progress-seed.ts';

const KEY = PROGRESS_KEY;

async function seed(page: Page, progress: unknown) {
  await page.evaluate(([k, v]) => localStorage.setItem(k as string, v as string), [KEY, JSON.stringify(progress)]);
  await page.reload();
}

/** Only these questions are left unsuspended, so a session is exactly them. */
function only(all: Q[], keep: string[]) {
  const cards: Record<string, unknown> = {};
  for (const q of all) if (!keep.includes(q.id)) cards[q.id] = card({ suspended: true });
  return { version: 2, settings, cards, log: [], undone: [], lastBackup: null };
}

const legend = (page: Page) => page.locator('fieldset.q-widget legend');
const promptStart = (q: Q) => q.prompt.replace(/`/g, '').slice(0, 12);

async function currentTf(page: Page, tfs: Q[]): Promise<Q> {
  const text = await legend(page).innerText();
  const q = tfs.find((x) => text.trim().startsWith(x.prompt.replace(/`/g, '').trim().slice(0, 30)));
  if (!q) throw new Error(`unknown question ${text}`);
  return q;
}

test('reloading mid-session continues at the same question with the same count', async ({ page }) => {
  await page.goto('/quiz/');
  const b = await bank(page);
  const tfs = b.questions.filter((q) => q.kind === 'true-false').slice(0, 3);
  await seed(page, only(b.questions, tfs.map((q) => q.id)));
  await page.getByRole('button', { name: /전체 복습 시작/ }).click();
  const first = await currentTf(page, tfs);
  await page.keyboard.press(first.answer ? '1' : '2');
  await page.keyboard.press('Enter');
  // The learner rates once the verdict is on screen (the grader may still be arriving when Enter is pressed).
  await expect(page.locator('[data-verdict]')).toBeVisible();
  await page.keyboard.press('4');
  const second = await currentTf(page, tfs);
  expect(second.id).not.toBe(first.id);
  await expect(page.locator('[data-session-progress]')).toContainText('푼 문항 1');
  await page.reload();
  await expect(legend(page)).toContainText(promptStart(second));
  await expect(page.locator('[data-session-progress]')).toContainText('푼 문항 1');
  await expect(page.locator('[role="status"][data-live]')).toContainText('이어 갑니다');
  // Finishing the session clears the resume point: the next visit opens the dashboard.
  await page.getByRole('button', { name: '세션 끝내기' }).click();
  await expect(page.getByRole('heading', { name: '세션 요약' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: '오늘의 복습' })).toBeVisible();
});

test('확실하지 않음 (U) on a right answer suggests 다시 and is logged as unsure', async ({ page }) => {
  await page.goto('/quiz/');
  const b = await bank(page);
  const q = b.questions.find((x) => x.kind === 'true-false') as Q;
  await seed(page, only(b.questions, [q.id]));
  await page.getByRole('button', { name: /전체 복습 시작/ }).click();
  // The card's lesson file arrives after the click; a learner answers what is on screen.
  await expect(page.locator('fieldset.q-widget legend')).toBeVisible();
  await page.keyboard.press('u');
  await expect(page.getByRole('button', { name: /확실하지 않음/ })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press(q.answer ? '1' : '2');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-verdict]')).toContainText('정답');
  await expect(page.locator('[data-answer-note]')).toContainText('짐작으로 맞힌 답');
  await expect(page.getByRole('button', { name: /^다시 .*\(추천\)/ })).toBeFocused();
  await page.keyboard.press(' ');
  const log = await page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{}').log as unknown[][], KEY);
  expect(log).toHaveLength(1);
  expect(log[0]?.[2]).toBe(1);
  expect(log[0]?.[4]).toBe(1);
});

test('after the day’s 20 new cards went to lesson 1, another lesson says so and offers more new cards', async ({ page }) => {
  await page.goto('/quiz/');
  const b = await bank(page);
  const first = b.lessons[0]!.id;
  const other = b.lessons.find((l) => l.id !== first && b.questions.filter((q) => q.lesson === l.id).length >= 12)!;
  const now = Date.now();
  const cards: Record<string, unknown> = {};
  const log: unknown[] = [];
  b.questions.filter((q) => q.lesson === first).slice(0, 20).forEach((q, i) => {
    const at = now - 60_000 * (20 - i);
    cards[q.id] = card({ state: 2, stability: 5, difficulty: 5, scheduled_days: 3, reps: 1, due: now + 3 * 86_400_000, last_review: at, mod: at });
    log.push([q.id, at, 4, 0]);
  });
  await seed(page, { version: 2, settings, cards, log, undone: [], lastBackup: null });
  await page.goto(`/quiz/?lesson=${other.id}`);
  const panel = page.locator('[data-focus-lesson]');
  await expect(panel.locator('[data-limit-note]')).toContainText('새 문항 한도(20개)를 다 써서');
  await expect(panel.getByRole('button', { name: /지금 풀 문항이 없습니다/ })).toBeDisabled();
  await panel.getByRole('button', { name: '이 레슨 새 문항 10개 더' }).click();
  await expect(page.getByRole('heading', { name: `복습: ${other.title}` })).toBeVisible();
  await expect(page.locator('[data-meta]')).toContainText(other.title);
  await expect(page.locator('[data-session-progress]')).toContainText('남은 문항 10');
  // The extension lasts for the day: back on the dashboard the lesson still has its 10 new cards.
  await page.getByRole('button', { name: '세션 끝내기' }).click();
  await page.goto(`/quiz/?lesson=${other.id}`);
  await expect(panel.getByRole('button', { name: /이 레슨 복습 시작 \(10문항\)/ })).toBeEnabled();
});

test('오답 노트: counts on /quiz/, practising a card that is not due changes no schedule', async ({ page }) => {
  await page.goto('/quiz/');
  const b = await bank(page);
  const q = b.questions.find((x) => x.kind === 'true-false') as Q;
  const now = Date.now();
  const wrongAt = now - 86_400_000;
  const progress = only(b.questions, [q.id]);
  const reviewed = card({ state: 3, stability: 1, difficulty: 7, scheduled_days: 0, reps: 3, lapses: 1, wrong: 1, due: now + 2 * 86_400_000, last_review: wrongAt, mod: wrongAt });
  progress.cards[q.id] = reviewed;
  (progress.log as unknown[]).push([q.id, wrongAt, 1, 2]);
  await seed(page, progress);
  await expect(page.locator('[data-mistakes-counts]')).toContainText('최근 7일 틀림 1');
  await page.getByRole('button', { name: '오답 노트 풀기 (1문항)' }).click();
  await expect(page.getByRole('heading', { name: '오답 노트' })).toBeVisible();
  await expect(page.locator('[data-meta]')).toContainText('연습 (일정 변경 없음)');
  await expect(page.locator('fieldset.q-widget legend')).toBeVisible();
  await page.keyboard.press(q.answer ? '1' : '2');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /다음 문항/ })).toBeFocused();
  await page.keyboard.press(' ');
  await expect(page.getByRole('heading', { name: '세션 요약' })).toBeVisible();
  const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{}'), KEY);
  expect(stored.log).toHaveLength(1);
  expect(stored.cards[q.id]).toEqual(reviewed);
});

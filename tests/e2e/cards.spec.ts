// /quiz/cards/ (문항 목록): search and filters find a card; flag, suspend, reset with undo and practise now act on
// it through the progress store; axe in both themes; a phone shows cards without sideways scrolling.
import type { Page } from '@playwright/test';
import { axeFor, expect, test } from './fixtures.ts';
import { PROGRESS_KEY, bank, card, settings } from './progress-seed.ts';

const KEY = PROGRESS_KEY;
const DAY = 86_400_000;

/** A card reviewed twice (the last answer 다시 a day ago), due in two days. */
function reviewedCard(now: number) {
  return card({ state: 2, stability: 4.25, difficulty: 6.5, scheduled_days: 3, reps: 2, lapses: 1, wrong: 1, due: now + 2 * DAY, last_review: now - DAY, mod: now - DAY });
}

async function open(page: Page, progress?: unknown) {
  await page.goto('/quiz/cards/');
  if (progress) {
    await page.evaluate(([k, v]) => localStorage.setItem(k as string, v as string), [KEY, JSON.stringify(progress)]);
    await page.reload();
  }
  await expect(page.locator('card-browser')).toHaveAttribute('data-ready', 'true');
}

const stored = (page: Page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{}'), KEY);
const row = (page: Page, id: string) => page.locator(`tr[data-id="${id}"]`);
const plain = (prompt: string) => prompt.replace(/`/g, '');

test('search and filters find a card; flagging it shows in the state column and in the 오답 노트 count', async ({ page }) => {
  await open(page);
  const b = await bank(page);
  const lesson = b.lessons[2]!;
  const q = b.questions.find((x) => x.lesson === lesson.id && x.kind === 'true-false')!;
  await page.getByLabel('레슨', { exact: true }).selectOption(lesson.id);
  await page.getByLabel('유형', { exact: true }).selectOption('true-false');
  const words = plain(q.prompt).split(/\s+/).filter((w) => w.length >= 2).slice(0, 3).join(' ');
  await page.getByLabel('문항 검색').fill(words);
  await expect(row(page, q.id)).toBeVisible();
  for (const other of await page.locator('tbody tr').all()) await expect(other.locator('a')).toContainText(lesson.title);
  await expect(page.locator('[data-count]')).toContainText('조건에 맞습니다');

  await page.getByLabel('문항 검색').fill('__proto__');
  await expect(page.locator('[data-count]')).toHaveText('‘__proto__’가 들어간 문항이 조건에 없습니다.');
  await expect(page.locator('tbody tr')).toHaveCount(0);
  await page.getByRole('button', { name: '조건 지우기' }).click();
  await expect(page.locator('[data-count]')).toContainText(`전체 ${b.questions.length}문항입니다`);

  await page.getByLabel('문항 검색').fill(words);
  await row(page, q.id).getByRole('button', { name: '오답 노트에 표시' }).click();
  await expect(row(page, q.id).locator('[data-col="state"]')).toContainText('표시함');
  await expect(page.locator('[data-notice]')).toContainText('오답 노트에 표시했습니다');
  await expect(row(page, q.id).getByRole('button', { name: '표시 해제' })).toBeFocused();
  expect((await stored(page)).cards[q.id].flagged).toBe(true);
  await page.getByLabel('상태', { exact: true }).selectOption('all');
  await page.getByLabel('문항 검색').fill('');
  await page.getByLabel('오답 노트에 표시한 문항만').check();
  await expect(page.locator('tbody tr')).toHaveCount(1);

  await page.goto('/quiz/');
  await expect(page.locator('[data-mistakes-counts]')).toContainText('표시 1');
  await expect(page.getByRole('link', { name: '문항 목록' })).toHaveAttribute('href', '/quiz/cards/');
});

test('reset makes the card new; 되돌리기 brings back its exact due date and stability', async ({ page }) => {
  await page.goto('/quiz/cards/');
  const b = await bank(page);
  const q = b.questions[5]!;
  const now = Date.now();
  const before = reviewedCard(now);
  const log = [[q.id, now - 3 * DAY, 3, 0], [q.id, now - DAY, 1, 2]];
  await open(page, { version: 2, settings, cards: { [q.id]: before }, log, undone: [], lastBackup: null });
  const r = row(page, q.id);
  await expect(r.locator('[data-col="state"]')).toContainText('복습');
  const dueText = await r.locator('[data-col="due"]').innerText();
  expect(dueText).toContain('2일 뒤');
  await expect(r.locator('[data-col="stability"]')).toContainText('4.3일');
  await expect(r.locator('[data-col="recent"]')).toContainText('다시');

  await r.getByRole('button', { name: '초기화' }).click();
  await expect(r.locator('[data-col="state"]')).toContainText('새 문항');
  await expect(r.locator('[data-col="due"]')).toHaveText(/–/);
  await expect(r.locator('[data-col="stability"]')).toHaveText(/–/);
  await expect(r.getByRole('button', { name: '초기화' })).toBeDisabled();
  await expect(page.locator('[data-notice]')).toContainText('새 문항으로 초기화했습니다');
  const reset = await stored(page);
  expect(reset.cards[q.id]).toMatchObject({ state: 0, stability: 0, reps: 0, wrong: 0 });
  expect(reset.log).toEqual(log);

  const undo = page.getByRole('button', { name: '되돌리기' });
  await expect(undo).toBeFocused();
  await undo.click();
  await expect(page.locator('[data-notice]')).toContainText('초기화를 되돌렸습니다');
  await expect(r.locator('[data-col="due"]')).toHaveText(dueText);
  await expect(r.locator('[data-col="stability"]')).toContainText('4.3일');
  await expect(undo).toBeHidden();
  const back = await stored(page);
  expect(back.cards[q.id]).toEqual({ ...before, mod: back.cards[q.id].mod });
  expect(back.cards[q.id].mod).toBeGreaterThan(reset.cards[q.id].mod);
  expect(back.log).toEqual(log);
});

test('suspend and unsuspend; the state filter finds suspended cards', async ({ page }) => {
  await open(page);
  const b = await bank(page);
  const q = b.questions[0]!;
  await row(page, q.id).getByRole('button', { name: '보류', exact: true }).click();
  await expect(row(page, q.id).locator('[data-col="state"]')).toContainText('보류');
  expect((await stored(page)).cards[q.id].suspended).toBe(true);
  await page.getByLabel('상태', { exact: true }).selectOption('suspended');
  await expect(page.locator('tbody tr')).toHaveCount(1);
  await row(page, q.id).getByRole('button', { name: '보류 해제' }).click();
  expect((await stored(page)).cards[q.id].suspended).toBe(false);
  // The row stays in view until the filters change, so the learner sees what happened.
  await expect(row(page, q.id)).toBeVisible();
  await page.getByLabel('정렬', { exact: true }).selectOption('lesson');
  await expect(page.locator('tbody tr')).toHaveCount(0);
});

test('a failed save changes nothing and says why in Korean', async ({ page }) => {
  await open(page);
  const b = await bank(page);
  const q = b.questions[1]!;
  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await row(page, q.id).getByRole('button', { name: '오답 노트에 표시' }).click();
  await expect(page.locator('[data-notice]')).toContainText('저장하지 못해 아무것도 바꾸지 않았습니다');
  await expect(row(page, q.id).locator('[data-col="state"]')).not.toContainText('표시함');
  await expect(row(page, q.id).getByRole('button', { name: '오답 노트에 표시' })).toBeVisible();
});

test('바로 풀기 opens the quiz on that card, as practice when it is not due', async ({ page }) => {
  await open(page);
  const b = await bank(page);
  const q = b.questions.find((x) => x.kind === 'true-false')!;
  await page.getByLabel('문항 검색').fill(plain(q.prompt).slice(0, 12));
  await row(page, q.id).getByRole('button', { name: '바로 풀기' }).click();
  await expect(page).toHaveURL(/\/quiz\/$/);
  await expect(page.getByRole('heading', { name: '문항 바로 풀기' })).toBeVisible();
  await expect(page.locator('fieldset.q-widget legend')).toContainText(plain(q.prompt).trim().slice(0, 20));
  await expect(page.locator('[data-meta]')).toContainText('연습 (일정 변경 없음)');
  await expect(page.locator('[data-session-progress]')).toContainText('남은 문항 1');
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe: /quiz/cards/ with progress (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('/quiz/cards/');
    const b = await bank(page);
    const now = Date.now();
    const [a, c, d] = b.questions;
    await open(page, {
      version: 2, settings, log: [[a!.id, now - DAY, 1, 2]], undone: [], lastBackup: null,
      cards: { [a!.id]: { ...reviewedCard(now), flagged: true, leech: true, wrong: 8 }, [c!.id]: card({ suspended: true }), [d!.id]: { ...reviewedCard(now), due: now - 1000, last_review: now - 2000 } },
    });
    await expect(row(page, c!.id).getByRole('button', { name: '초기화' })).toBeDisabled();
    await row(page, a!.id).getByRole('button', { name: '초기화' }).click();
    await expect(page.getByRole('button', { name: '되돌리기' })).toBeVisible();
    // One lesson's rows (every state above is among them) keep axe quick on a busy machine.
    await page.getByLabel('레슨', { exact: true }).selectOption(a!.lesson);
    await expect(row(page, d!.id)).toBeVisible();
    const results = await axeFor(page, theme).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('on a 390 px phone rows are cards and nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page);
  const first = page.locator('tbody tr').first();
  await expect(first).toBeVisible();
  expect(await first.evaluate((el) => getComputedStyle(el).display)).toBe('block');
  const widths = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
  const box = await first.getByRole('button', { name: '바로 풀기' }).boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
});

// A returning learner: the home page's 이어서 학습 card, lesson marks, 진도 초기화 with a backup and undo, and
// progress from a newer version opening read-only.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const KEY = 'ec2lab.srs.progress';
const settings = { newPerDay: 20, reviewsPerDay: 200, retention: 0.9, mod: 1 };

async function bank(page: Page): Promise<{ lessons: { id: string; title: string }[]; questions: { id: string; lesson: string }[] }> {
  return (await page.request.get('/question-bank.json')).json();
}

function reviewed(now: number, due: number, scheduled = 3) {
  return { due, stability: 5, difficulty: 5, scheduled_days: scheduled, learning_steps: 0, reps: 3, lapses: 0, state: 2, last_review: now - 3 * 86_400_000, wrong: 0, leech: false, suspended: false, mod: now - 3 * 86_400_000 };
}

test('the home page continues where the learner was: due count, last section read, last mock score', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-continue]')).toBeHidden();
  const b = await bank(page);
  const now = Date.now();
  const [q1, q2, q3] = b.questions;
  const progress = { version: 2, settings, cards: { [q1!.id]: reviewed(now, now - 1000), [q2!.id]: reviewed(now, now - 2000), [q3!.id]: reviewed(now, now + 9 * 86_400_000, 30) }, log: [], undone: [], lastBackup: null };
  const lesson = b.lessons[0]!;
  await page.evaluate(([k, v, h]) => {
    localStorage.setItem(k as string, v as string);
    localStorage.setItem('ec2lab.exam.history', h as string);
  }, [KEY, JSON.stringify(progress), JSON.stringify([{ at: now - 86_400_000, total: 30, correct: 24, secondsUsed: 1800, timedOut: false, lessons: null }])]);
  // Reading a lesson to its end records the section and the completion.
  await page.goto(`/lessons/${lesson.id}/`);
  await page.locator('.pager').scrollIntoViewIfNeeded();
  await expect(page.locator(`.sidebar [data-lesson-mark="${lesson.id}"]`)).toContainText('✓ 읽음');
  await page.goto('/');
  const card = page.locator('[data-continue]');
  await expect(card).toBeVisible();
  await expect(card.getByRole('link', { name: '오늘 복습할 문항 2개' })).toHaveAttribute('href', '/quiz/');
  await expect(card.locator('[data-continue-read]')).toContainText(lesson.title);
  await expect(card.locator('[data-continue-exam]')).toHaveText('24/30 (80%)');
  await expect(page.getByRole('link', { name: '첫 레슨부터 시작' })).toBeHidden();
  // The marks read each lesson's question ids from the small /quiz-bank/index.json, not the whole bank.
  const bankFiles: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path === '/question-bank.json' || path.startsWith('/quiz-bank/')) bankFiles.push(path);
  });
  await page.goto('/lessons/');
  await expect(page.locator(`[data-lesson-mark="${lesson.id}"]`)).toContainText('✓ 읽음');
  // q3 is mature (30 days), q1 and q2 young: the figures count the lesson's questions in the bank.
  const ofLesson = b.questions.filter((q) => q.lesson === q3!.lesson).map((q) => q.id);
  const studied = [q1!, q2!, q3!].filter((q) => q.lesson === q3!.lesson).length;
  await expect(page.locator(`[data-lesson-mark="${q3!.lesson}"]`)).toContainText(`숙달 ${Math.round((1 / ofLesson.length) * 100)}% · 학습 ${studied}/${ofLesson.length}`);
  expect(bankFiles).toEqual(['/quiz-bank/index.json']);
  // 학습 통계 is in the main navigation, current on its page only.
  await page.goto('/quiz/stats/');
  await expect(page.getByRole('navigation', { name: '주요 메뉴' }).getByRole('link', { name: '학습 통계' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('navigation', { name: '주요 메뉴' }).getByRole('link', { name: '퀴즈' })).not.toHaveAttribute('aria-current', 'page');
});

test('진도 초기화 offers the backup first, resets, and undoes', async ({ page }) => {
  await page.goto('/quiz/');
  const b = await bank(page);
  const now = Date.now();
  const q = b.questions[0]!;
  await page.evaluate(([k, v]) => localStorage.setItem(k as string, v as string), [KEY, JSON.stringify({ version: 2, settings, cards: { [q.id]: reviewed(now, now - 1000) }, log: [[q.id, now - 3 * 86_400_000, 3, 0]], undone: [], lastBackup: null })]);
  await page.reload();
  await expect(page.locator('[data-today]')).toContainText('복습 1개');
  await page.getByRole('button', { name: '진도 초기화…' }).click();
  await expect(page.getByRole('button', { name: '백업 파일을 받고 초기화' })).toBeFocused();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '백업 파일을 받고 초기화' }).click();
  expect((await download).suggestedFilename()).toMatch(/^ec2-study-lab-progress-\d{4}-\d\d-\d\d\.json$/);
  await expect(page.locator('[data-reset-msg]')).toContainText('진도를 초기화했습니다');
  await expect(page.locator('[data-today]')).toContainText('복습 0개');
  await page.getByRole('button', { name: '초기화 되돌리기' }).click();
  await expect(page.locator('[data-reset-msg]')).toContainText('초기화를 되돌렸습니다');
  await expect(page.locator('[data-today]')).toContainText('복습 1개');
  await page.reload();
  await expect(page.locator('[data-today]')).toContainText('복습 1개');
});

test('progress saved by a newer version opens read-only with a message', async ({ page }) => {
  await page.goto('/quiz/');
  await page.evaluate(([k, v]) => localStorage.setItem(k as string, v as string), [KEY, JSON.stringify({ version: 9, settings, cards: {}, log: [], undone: [], lastBackup: null })]);
  await page.reload();
  await expect(page.locator('[data-banner]')).toContainText('새 버전에서 저장된 진도입니다. 페이지를 새로 고치세요');
  await expect(page.getByRole('button', { name: '새로 고침' })).toBeVisible();
  const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{}').version, KEY);
  expect(stored).toBe(9);
});

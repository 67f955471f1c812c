// Review mode, driven as an instructor would: from a URL, by keyboard, with the instructor's window following,
// and the printable worksheet and answer key.
import { expect, test } from './fixtures.ts';
import type { Page } from '@playwright/test';

interface Bank { lessons: { id: string; title: string; keyPoints: string[] }[]; questions: { id: string; lesson: string; kind: string; prompt: string }[] }

async function bank(page: Page): Promise<Bank> {
  return (await (await page.request.get('/question-bank.json')).json()) as Bank;
}
const plain = (s: string) => s.replace(/`/g, '');

test('a session from a URL: key points, question, options, reveal, tally, summary', async ({ page }) => {
  await page.goto('/');
  const data = await bank(page);
  const lesson = data.lessons.find((l) => l.id === 'instance-types')!;
  const questions = data.questions.filter((q) => q.lesson === 'instance-types' && q.kind === 'single');
  expect(questions.length).toBeGreaterThanOrEqual(2);
  await page.goto('/review/play/?lessons=instance-types&kinds=single&n=2&order=written&timer=20&keypoints=1');
  const stage = page.getByRole('region', { name: '발표 화면' });
  await expect(page.locator('review-presenter')).toHaveAttribute('data-ready', 'true');

  // Key points of the lesson come first.
  await expect(stage.getByRole('heading', { name: lesson.title })).toBeVisible();
  await expect(stage.getByRole('listitem')).toHaveCount(lesson.keyPoints.length);

  // → shows the prompt alone, → the options.
  await page.keyboard.press('ArrowRight');
  await expect(stage.getByRole('heading', { level: 2 })).toHaveText(plain(questions[0]!.prompt));
  await expect(stage.locator('.q-options')).toHaveCount(0);
  await page.keyboard.press('PageDown');
  await expect(stage.locator('.q-options li')).not.toHaveCount(0);

  // Timer: T starts it, it counts down, and it never advances the slide.
  await page.keyboard.press('KeyT');
  await expect(page.locator('[data-timer]')).toHaveAttribute('data-state', 'running');
  await expect(page.locator('[data-timer]')).not.toHaveText(/0:20/, { timeout: 3000 });
  await expect(stage.getByRole('heading', { level: 2 })).toHaveText(plain(questions[0]!.prompt));

  // Show of hands, then R reveals the answer with the distribution.
  const tally = page.getByRole('region', { name: '손들기 집계' });
  await tally.getByLabel('A 고른 사람 수').fill('3');
  await tally.getByLabel('B 고른 사람 수').fill('9');
  await tally.getByLabel('B 고른 사람 수').press('Tab');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('KeyR');
  await expect(stage.getByRole('region', { name: '정답과 해설' })).toContainText('정답:');
  await expect(stage.locator('figure.tally')).toContainText('모두 12명');
  await expect(stage.getByRole('link', { name: /레슨에서 다시 보기/ })).toHaveAttribute('href', /\/lessons\/instance-types\/#/);

  // On to the end: the summary lists the question the class found hard.
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect(stage.getByRole('heading', { name: '2문제를 함께 풀었습니다' })).toBeVisible();
  await expect(stage.getByRole('heading', { name: '반이 가장 어려워한 문제' })).toBeVisible();
  await expect(stage.locator('.summary-list li')).toHaveCount(1);

  // Overview jumps back; B blacks the screen; ? shows the help.
  await page.keyboard.press('KeyO');
  const overview = page.getByRole('dialog', { name: '슬라이드 개요' });
  await expect(overview).toBeVisible();
  await overview.getByRole('button', { name: /^1/ }).click();
  await expect(stage.getByRole('heading', { name: lesson.title })).toBeVisible();
  await page.keyboard.press('KeyB');
  await expect(page.locator('[data-black]')).toBeVisible();
  await page.keyboard.press('KeyB');
  await page.keyboard.press('Shift+Slash');
  await expect(page.getByRole('dialog', { name: '단축키' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: '단축키' })).toBeHidden();
});

test('the same URL reproduces the same questions in the same order', async ({ browser }) => {
  const url = '/review/play/?lessons=all&n=5&order=shuffled&seed=2024&keypoints=0';
  const read = async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url);
    await expect(page.locator('review-presenter')).toHaveAttribute('data-ready', 'true');
    const prompts: string[] = [];
    for (let i = 0; i < 5; i++) {
      prompts.push(await page.locator('[data-stage] h2').innerText());
      await page.getByRole('button', { name: '정답 공개 (R)' }).click();
      await page.getByRole('button', { name: '다음 →' }).click();
    }
    await context.close();
    return prompts;
  };
  const first = await read();
  expect(new Set(first).size).toBe(5);
  expect(await read()).toEqual(first);
});

test('the instructor window follows the audience screen and can drive it', async ({ page, context }) => {
  const url = '/review/play/?lessons=instance-types&kinds=single&n=2&order=written&keypoints=1';
  await page.goto(url);
  await expect(page.locator('review-presenter')).toHaveAttribute('data-ready', 'true');
  const instructor = await context.newPage();
  await instructor.goto(url.replace('/review/play/', '/review/presenter/'));
  await expect(instructor.locator('review-presenter')).toHaveAttribute('data-ready', 'true');

  await page.bringToFront();
  await page.keyboard.press('ArrowRight');
  await expect(instructor.locator('[data-position]')).toHaveText('2 / 3 · 문제');
  // Before the class sees it, the instructor already has the answer.
  await expect(instructor.locator('[data-answer]')).toContainText('정답:');
  await expect(page.getByRole('region', { name: '발표 화면' }).getByRole('region', { name: '정답과 해설' })).toHaveCount(0);
  await expect(instructor.locator('[data-next]')).toContainText('보기');

  // The instructor's window drives the audience screen.
  await instructor.getByRole('button', { name: '정답 공개 (R)' }).click();
  await expect(page.getByRole('region', { name: '발표 화면' }).getByRole('region', { name: '정답과 해설' })).toBeVisible();
  await expect(page.locator('[data-position]')).toHaveText('2 / 3 · 정답 공개');
});

test('worksheet and answer key print the same questions; only the key has answers', async ({ page }) => {
  const query = '?lessons=ami,storage&n=6&order=shuffled&seed=77&keypoints=0';
  await page.emulateMedia({ media: 'print' });
  await page.goto(`/review/play/${query}`);
  await expect(page.locator('review-presenter')).toHaveAttribute('data-ready', 'true');

  await page.goto(`/review/worksheet/${query}`);
  await expect(page.locator('review-worksheet')).toHaveAttribute('data-ready', 'true');
  const items = page.locator('.ws-item');
  await expect(items).toHaveCount(6);
  const worksheetPrompts = await page.locator('.ws-prompt').allInnerTexts();
  await expect(page.locator('main')).not.toContainText('정답:');
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('button', { name: '인쇄하기' })).toBeHidden();
  expect(await items.first().evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');

  await page.goto(`/review/answers/${query}`);
  await expect(page.locator('review-worksheet')).toHaveAttribute('data-ready', 'true');
  expect(await page.locator('.ws-prompt').allInnerTexts()).toEqual(worksheetPrompts);
  await expect(page.locator('.ws-answer')).toHaveCount(6);
  await expect(page.locator('.ws-answer').first()).toContainText('정답:');
});

test('the setup form builds the session link and starts it', async ({ page }) => {
  await page.goto('/review/?lessons=pricing');
  await expect(page.getByRole('checkbox', { name: /요금/ })).toBeChecked();
  await page.getByLabel('문제 수').fill('4');
  await page.getByRole('radio', { name: '레슨 순서대로' }).check();
  await expect(page.locator('[data-share-link]')).toContainText('lessons=pricing&n=4&order=written');
  await page.getByRole('button', { name: '발표 시작' }).click();
  await expect(page).toHaveURL(/\/review\/play\/\?.*lessons=pricing/);
  await expect(page.locator('review-presenter')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('[data-position]')).toContainText('/ 5');
});

test('the review mode never touches quiz progress', async ({ page }) => {
  await page.goto('/review/play/?lessons=all&n=3&seed=5');
  await expect(page.locator('review-presenter')).toHaveAttribute('data-ready', 'true');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('KeyR');
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys.filter((k) => !k.startsWith('ec2lab:theme'))).toEqual([]);
});

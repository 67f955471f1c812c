// Review mode, driven as an instructor would: from a URL, by keyboard, with the instructor's window following,
// and the printable worksheet and answer key.
import { axeFor, expect, test } from './fixtures.ts';
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

  // No controls on the projector until asked for: C opens them (with the show-of-hands inputs).
  const tally = page.getByRole('region', { name: '손들기 집계' });
  await expect(tally).toBeHidden();
  await expect(page.getByRole('button', { name: '다음 →' })).toBeHidden();
  await page.keyboard.press('KeyC');
  await expect(page.getByRole('button', { name: '다음 →' })).toBeVisible();
  // Show of hands, then R reveals the answer with the distribution.
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
  // The closing slide has no timer.
  await expect(page.locator('[data-timer]')).toBeHidden();
  await page.keyboard.press('KeyT');
  await expect(page.locator('[data-timer]')).toBeHidden();

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
      await page.keyboard.press('KeyR');
      await page.keyboard.press('ArrowRight');
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
  // Without the instructor's window the projector offers its controls on demand.
  const toggle = page.getByRole('button', { name: '조작 (C)' });
  await expect(toggle).toBeVisible();
  const instructor = await context.newPage();
  await instructor.goto(url.replace('/review/play/', '/review/presenter/'));
  await expect(instructor.locator('review-presenter')).toHaveAttribute('data-ready', 'true');
  // With it, the projector shows the slide only: no controls, no tally inputs, not even on C.
  await expect(page.locator('review-presenter')).toHaveAttribute('data-instructor', 'true');
  await expect(toggle).toBeHidden();
  await page.bringToFront();
  await page.keyboard.press('KeyC');
  await expect(page.locator('[data-dock]')).toBeHidden();
  await expect(page.getByRole('navigation', { name: '발표 조작' })).toBeHidden();
  await expect(instructor.getByRole('navigation', { name: '발표 조작' })).toBeVisible();

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
  // The show of hands is typed in the instructor's window.
  await instructor.getByRole('region', { name: '손들기 집계' }).getByLabel('B 고른 사람 수').fill('4');
  await instructor.getByRole('region', { name: '손들기 집계' }).getByLabel('B 고른 사람 수').press('Tab');
  await expect(page.locator('figure.tally')).toContainText('모두 4명');

  // The instructor's window closes: the projector's controls are on offer again (and open, since C asked for them).
  await instructor.close();
  await expect(page.locator('review-presenter')).toHaveAttribute('data-instructor', 'false', { timeout: 10_000 });
  await expect(page.getByRole('button', { name: '조작 숨기기 (C)' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: '발표 조작' })).toBeVisible();
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

// ——— Option letters: one seeded order on every surface ———

async function ready(page: Page) {
  await expect(page.locator('review-presenter, review-worksheet').first()).toHaveAttribute('data-ready', 'true');
}

/** Steps the projector through a session of choice questions; per question: the options as shown and the right letters. */
async function readPlay(page: Page, query: string, questions: number) {
  await page.goto(`/review/play/${query}`);
  await ready(page);
  const stage = page.getByRole('region', { name: '발표 화면' });
  const seen: { prompt: string; options: string[]; key: string }[] = [];
  for (let i = 0; i < questions; i++) {
    await page.keyboard.press('ArrowRight'); // options
    const options = await stage.locator('.q-options li').evaluateAll((items) => items.map((li) => `${li.getAttribute('data-letter')}:${li.querySelector('span:not(.q-letter)')?.textContent ?? ''}`));
    await page.keyboard.press('KeyR');
    const key = (await stage.locator('.q-options li.is-correct').evaluateAll((items) => items.map((li) => li.getAttribute('data-letter')))).join(', ');
    seen.push({ prompt: await stage.locator('h2').innerText(), options, key });
    await page.keyboard.press('ArrowRight');
  }
  return seen;
}

test('play, instructor window, worksheet and answer key show the same letters, and the key is not always A', async ({ page, context }) => {
  const query = '?lessons=all&kinds=single,multiple&n=8&order=shuffled&seed=2718&timer=0&keypoints=0&v=2';
  const play = await readPlay(page, query, 8);
  expect(new Set(play.map((q) => q.key)).size, 'answer letters spread').toBeGreaterThan(1);

  // The instructor's window names the same letters, driving a fresh projector screen.
  await page.goto(`/review/play/${query}`);
  await ready(page);
  const instructor = await context.newPage();
  await instructor.goto(`/review/presenter/${query}`);
  await ready(instructor);
  for (const question of play) {
    await instructor.getByRole('button', { name: '정답 공개 (R)' }).click();
    await expect(instructor.locator('[data-answer]')).toHaveText(new RegExp(`^정답: ${question.key.split(', ').map((l) => `${l}\\. .+`).join(' · ')}$`));
    await expect(instructor.locator('[data-stage] .q-options li')).toHaveCount(question.options.length);
    expect(await instructor.locator('[data-stage] .q-options li').evaluateAll((items) => items.map((li) => `${li.getAttribute('data-letter')}:${li.querySelector('span:not(.q-letter)')?.textContent ?? ''}`))).toEqual(question.options);
    await instructor.getByRole('button', { name: '다음 →' }).click();
    await expect(page.locator('[data-position]')).not.toContainText('정답 공개');
  }
  await instructor.close();

  // The worksheet prints the options in the projector's order; the answer key gives the projector's letters.
  await page.goto(`/review/worksheet/${query}`);
  await ready(page);
  const sheet = await page.locator('.ws-item .ws-options').evaluateAll((lists) => lists.map((ol) => [...ol.querySelectorAll('li')].map((li) => `${li.getAttribute('data-letter')}:${li.textContent?.replace(/^\s*[A-Z]\s*/, '').trim() ?? ''}`)));
  expect(sheet).toEqual(play.map((q) => q.options.map((o) => o.trim())));
  await page.goto(`/review/answers/${query}`);
  await ready(page);
  const key = await page.locator('[data-quick-key] li').evaluateAll((items) => items.map((li) => li.getAttribute('data-key')));
  expect(key).toEqual(play.map((q) => q.key));
  const lines = await page.locator('.ws-answer').allInnerTexts();
  lines.forEach((line, i) => expect(line).toMatch(new RegExp(`^정답: ${play[i]!.key.split(', ')[0]}\\. `)));

  // The same link, opened again, gives the same key.
  await page.reload();
  await ready(page);
  expect(await page.locator('[data-quick-key] li').evaluateAll((items) => items.map((li) => li.getAttribute('data-key')))).toEqual(key);
});

test('the tally counts hands per letter as shown', async ({ page }) => {
  const query = '?lessons=all&kinds=single&n=3&order=shuffled&seed=404&keypoints=0&v=2';
  const [first] = await readPlay(page, query, 1);
  await page.goto(`/review/play/${query}`);
  await ready(page);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('KeyC');
  const tally = page.getByRole('region', { name: '손들기 집계' });
  await tally.getByLabel(`${first!.key} 고른 사람 수`).fill('5');
  await tally.getByLabel(`${first!.key} 고른 사람 수`).press('Tab');
  await page.locator('[data-stage]').click();
  await page.keyboard.press('KeyR');
  const right = page.locator('figure.tally li').filter({ hasText: '✓' });
  await expect(right).toHaveCount(1);
  await expect(right).toContainText(first!.key);
  await expect(right).toContainText('5명 (100%)');
});

// ——— The draw: versioned, even over lessons, with the instructor's picks ———

test('a link without v= keeps its old draw; a v=2 link draws two lessons 4:4', async ({ page }) => {
  const data = await bank(page);
  const titles = new Map(data.lessons.map((l) => [l.title, l.id]));
  const lessonsOf = async (query: string) => {
    await page.goto(`/review/answers/${query}`);
    await ready(page);
    const kinds = await page.locator('.ws-kind').allInnerTexts();
    return kinds.map((text) => titles.get(text.split(' · ').at(-1) ?? '') ?? '?');
  };
  const even = await lessonsOf('?lessons=ami,storage&n=8&order=shuffled&seed=11&keypoints=0&v=2');
  expect([even.filter((l) => l === 'ami').length, even.filter((l) => l === 'storage').length]).toEqual([4, 4]);
  // The old link draws what the version-1 builder draws from the same bank (the unit tests freeze that builder).
  const { buildSession, parseReviewParams } = await import('../../src/lib/review/session.ts');
  const old = '?lessons=ami,storage&n=8&order=shuffled&seed=11&keypoints=0';
  const expected = buildSession(parseReviewParams(new URLSearchParams(old), data.lessons.map((l) => l.id)), data.lessons as never, data.questions as never);
  await page.goto(`/review/worksheet/${old}`);
  await ready(page);
  expect(await page.locator('.ws-prompt').allInnerTexts()).toEqual(expected.slides.flatMap((s) => (s.kind === 'question' ? [plain(s.question.prompt)] : [])));
});

test('the instructor ticks the questions to use on /review/, and the pick travels in the link', async ({ page }) => {
  const data = await bank(page);
  const pricing = data.questions.filter((q) => q.lesson === 'pricing');
  await page.goto('/review/?lessons=pricing');
  await expect(page.getByRole('spinbutton', { name: '문제 세트 번호' })).toBeVisible();
  await page.getByText('문제 직접 고르기').click();
  await expect(page.locator('[data-picker-item]:visible')).toHaveCount(pricing.length);
  await page.getByRole('button', { name: '보이는 문제 모두 해제' }).click();
  const chosen = [pricing[1]!, pricing[3]!];
  for (const q of chosen) await page.getByRole('checkbox', { name: plain(q.prompt) }).check();
  await expect(page.locator('[data-share-link]')).toContainText(`include=${chosen.map((q) => q.id).join('%2C')}`);
  await expect(page.locator('[data-share-link]')).toContainText('v=2');
  await page.getByRole('button', { name: '답안 (인쇄용)' }).click();
  await ready(page);
  expect((await page.locator('.ws-prompt').allInnerTexts()).sort()).toEqual(chosen.map((q) => plain(q.prompt)).sort());

  // Unticking one question from a lesson sends it as excluded instead (the shorter list).
  await page.goto('/review/?lessons=pricing');
  await page.getByText('문제 직접 고르기').click();
  await page.getByRole('checkbox', { name: plain(pricing[0]!.prompt) }).uncheck();
  await expect(page.locator('[data-share-link]')).toContainText(`exclude=${pricing[0]!.id}`);
  await page.getByLabel('문제 수').fill('100');
  await page.getByRole('button', { name: '학습지 (인쇄용)' }).click();
  await ready(page);
  await expect(page.locator('.ws-item')).toHaveCount(pricing.length - 1);
  await expect(page.locator('main')).not.toContainText(plain(pricing[0]!.prompt));
});

test('the seed is called 문제 세트 번호 everywhere, and an edited link reopens in the form', async ({ page }) => {
  await page.goto('/review/?lessons=ami&n=7&order=written&seed=4321&timer=30&keypoints=0&v=2');
  await expect(page.getByRole('spinbutton', { name: '문제 세트 번호' })).toHaveValue('4321');
  await expect(page.getByLabel('문제 수')).toHaveValue('7');
  await expect(page.getByRole('radio', { name: '레슨 순서대로' })).toBeChecked();
  await expect(page.getByRole('button', { name: '새 번호' })).toBeEnabled();
  await expect(page.locator('main')).not.toContainText('시드');
  await page.goto('/review/worksheet/?lessons=ami&n=3&seed=4321&v=2');
  await ready(page);
  await expect(page.locator('[data-meta]')).toContainText('문제 세트 번호 4321');
  await page.goto('/review/play/?lessons=ami&n=3&seed=4321&v=2');
  await ready(page);
  await page.keyboard.press('Shift+Slash');
  await expect(page.locator('body')).not.toContainText('시드');
});

test('the closing slide has no running timer or clock, in either window', async ({ page, context }) => {
  const query = '?lessons=ami&n=1&seed=5&timer=20&keypoints=0&v=2';
  await page.goto(`/review/play/${query}`);
  await ready(page);
  const instructor = await context.newPage();
  await instructor.goto(`/review/presenter/${query}`);
  await ready(instructor);
  await expect(instructor.locator('[data-elapsed]')).toHaveAttribute('data-state', 'running');
  await instructor.getByRole('button', { name: '타이머 시작 (T)' }).click();
  await expect(page.locator('[data-timer]')).toHaveAttribute('data-state', 'running');
  await instructor.getByRole('button', { name: '개요 (O)' }).click();
  await instructor.getByRole('dialog', { name: '슬라이드 개요' }).getByRole('button', { name: /마무리/ }).click();
  await expect(page.locator('[data-position]')).toContainText('마무리');
  await expect(page.locator('[data-timer]')).toBeHidden();
  await expect(instructor.locator('[data-timer]')).toBeHidden();
  await expect(instructor.getByRole('button', { name: /타이머/ })).toHaveCount(0);
  const clock = instructor.locator('[data-elapsed]');
  await expect(clock).toHaveAttribute('data-state', 'stopped');
  await expect(clock).toContainText('수업 시간');
  const shown = await clock.innerText();
  await instructor.waitForTimeout(1500);
  await expect(clock).toHaveText(shown);
});

test('the setup form previews the draw, and a link with nothing to ask says so', async ({ page }) => {
  const data = await bank(page);
  const title = (id: string) => data.lessons.find((l) => l.id === id)!.title;
  await page.goto('/review/?lessons=ami,storage');
  await page.getByLabel('문제 수').fill('8');
  await expect(page.locator('[data-preview]')).toHaveText(`8문제: ${title('ami')} 4 · ${title('storage')} 4`);
  await page.getByRole('checkbox', { name: '직접 입력' }).check();
  await page.getByLabel('문제 수').fill('100');
  await expect(page.locator('[data-preview]')).toContainText('개뿐이라');

  await page.goto('/review/play/?lessons=ami&include=no-such-question-01&v=2');
  await ready(page);
  const stage = page.getByRole('region', { name: '발표 화면' });
  await expect(stage.getByRole('heading', { name: '이 링크에는 문제가 없습니다' })).toBeVisible();
  await expect(stage).toContainText('찾지 못해');
  await expect(stage.getByRole('link', { name: '복습 설정에서 고치기' })).toHaveAttribute('href', '/review/?lessons=ami&include=no-such-question-01&v=2');
});

// ——— Accessibility of the review surfaces in the states a class sees ———

async function audit(target: Page, what: string, theme: 'light' | 'dark') {
  const results = await axeFor(target, theme).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} @ ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`), what).toEqual([]);
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`axe (${theme})`, () => {
    test.use({ colorScheme: theme });
    // axe reads every one of the picker's questions: slow on a busy machine.
    test.describe.configure({ timeout: 150_000 });
    const query = '?lessons=ami&kinds=single&n=2&seed=9&keypoints=0&v=2';

    test('the setup form with the question picker open', async ({ page }) => {
      await page.goto('/review/?lessons=ami');
      await expect(page.locator('review-setup')).toHaveAttribute('data-ready', 'true');
      await page.getByText('문제 직접 고르기').click();
      // From the top: a control scrolled under the sticky site header would count as obscured.
      await page.evaluate(() => window.scrollTo(0, 0));
      await audit(page, `/review/ (${theme})`, theme);
    });

    test('the projector at the reveal, controls and tally open', async ({ page }) => {
      await page.goto(`/review/play/${query}`);
      await ready(page);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('KeyC');
      await page.getByRole('region', { name: '손들기 집계' }).getByLabel('A 고른 사람 수').fill('3');
      await page.locator('[data-stage]').click({ position: { x: 4, y: 4 } });
      await page.keyboard.press('KeyR');
      await expect(page.locator('figure.tally')).toBeVisible();
      await audit(page, `/review/play/ at the reveal (${theme})`, theme);
    });

    test('the instructor window and the answer key', async ({ page }) => {
      await page.goto(`/review/presenter/${query}`);
      await ready(page);
      await audit(page, `/review/presenter/ (${theme})`, theme);
      await page.goto(`/review/answers/${query}`);
      await ready(page);
      await audit(page, `/review/answers/ (${theme})`, theme);
    });
  });
}

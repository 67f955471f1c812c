// Quiz: a review session answering every kind by keyboard, undo, reload, corrupt storage,
// export/import across browser contexts, the ?lesson= link and the stats page.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const KEY = 'ec2lab.srs.progress';

interface Q {
  id: string;
  lesson: string;
  kind: 'single' | 'multiple' | 'true-false' | 'typed' | 'ordering' | 'matching';
  prompt: string;
  answer?: number | boolean;
  answers?: number[];
  accepted?: string[];
  steps?: string[];
  pairs?: { left: string; right: string }[];
}

async function bank(page: Page): Promise<{ lessons: { id: string; title: string }[]; questions: Q[] }> {
  return (await page.request.get('/question-bank.json')).json();
}

const blank = (suspended: boolean) => ({
  due: 0, stability: 0, difficulty: 0, scheduled_days: 0, learning_steps: 0, reps: 0, lapses: 0, state: 0,
  last_review: null, wrong: 0, leech: false, suspended, mod: 1,
});

/** Progress in which only the given questions are not suspended (so the session is exactly those). */
function onlyThese(all: Q[], keep: string[]) {
  const cards: Record<string, unknown> = {};
  for (const q of all) if (!keep.includes(q.id)) cards[q.id] = blank(true);
  return { version: 2, settings: { newPerDay: 20, reviewsPerDay: 200, retention: 0.9, mod: 1 }, cards, log: [], undone: [], lastBackup: null };
}

async function answerCorrectly(page: Page, q: Q) {
  const widget = page.locator('fieldset.q-widget');
  await expect(widget.locator('legend')).toContainText(q.prompt.replace(/`/g, '').slice(0, 12));
  switch (q.kind) {
    case 'single':
    case 'multiple': {
      const keys = q.kind === 'single' ? [q.answer as number] : (q.answers as number[]);
      const origs = await widget.locator('.q-option-row').evaluateAll((rows) => rows.map((r) => Number((r as HTMLElement).dataset.orig)));
      for (const k of keys) await page.keyboard.press(String(origs.indexOf(k) + 1));
      await widget.locator('legend').focus();
      await page.keyboard.press('Enter');
      break;
    }
    case 'true-false':
      await page.keyboard.press(q.answer ? '1' : '2');
      await page.keyboard.press('Enter');
      break;
    case 'typed':
      await expect(page.getByLabel('답', { exact: true })).toBeFocused();
      await page.keyboard.type(q.accepted?.[0] ?? '');
      await page.keyboard.press('Enter');
      break;
    case 'ordering': {
      const steps = q.steps as string[];
      for (let target = 0; target < steps.length; target++) {
        const order = await widget.locator('.q-order li').evaluateAll((lis) => lis.map((li) => Number((li as HTMLElement).dataset.orig)));
        let at = order.indexOf(target);
        await widget.locator('.q-order li').nth(at).focus();
        while (at > target) {
          await page.keyboard.press('Alt+ArrowUp');
          at--;
        }
      }
      await widget.locator('legend').focus();
      await page.keyboard.press('Enter');
      break;
    }
    case 'matching': {
      const pairs = q.pairs as { left: string; right: string }[];
      for (let i = 0; i < pairs.length; i++) {
        const sel = widget.locator('select').nth(i);
        await sel.focus();
        for (let n = 0; n < pairs.length + 1; n++) {
          const text = await sel.evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');
          if (text === pairs[i]?.right) break;
          await page.keyboard.press('ArrowDown');
        }
      }
      // One-to-one pairs: an item already chosen in one row is unavailable in every other row.
      if (new Set(pairs.map((p) => p.right)).size === pairs.length && pairs.length > 1) {
        const taken = (row: number, right: string) => widget.locator('select').nth(row).locator('option').filter({ hasText: new RegExp(`^${right.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });
        await expect(taken(1, pairs[0]?.right ?? '')).toBeDisabled();
        await expect(taken(0, pairs[0]?.right ?? '')).toBeEnabled();
      }
      await widget.locator('legend').focus();
      await page.keyboard.press('Enter');
      break;
    }
  }
}

async function currentQuestion(page: Page, all: Q[]): Promise<Q> {
  const t = await page.locator('fieldset.q-widget legend').innerText();
  const q = all.find((x) => t.trim().startsWith(x.prompt.replace(/`/g, '').trim().slice(0, 30)));
  if (!q) throw new Error(`unknown question: ${t}`);
  return q;
}

test('a review session answers every kind by keyboard, undoes, and keeps progress after reload', async ({ page }) => {
  test.slow(); // six questions answered key by key
  await page.goto('/quiz/');
  const b = await bank(page);
  const kinds = ['single', 'multiple', 'true-false', 'typed', 'ordering', 'matching'] as const;
  const pick = kinds.map((k) => b.questions.find((q) => q.kind === k)).filter((q): q is Q => !!q);
  expect(pick.map((q) => q.kind)).toEqual([...kinds]);
  await page.evaluate(([k, v]) => localStorage.setItem(k as string, v as string), [KEY, JSON.stringify(onlyThese(b.questions, pick.map((q) => q.id)))]);
  await page.reload();
  await expect(page.locator('[data-today]')).toContainText('새 문항 6개');
  await page.getByRole('button', { name: /전체 복습 시작/ }).click();

  const seen = new Set<string>();
  let undone = false;
  for (let guard = 0; guard < 20; guard++) {
    if (await page.getByRole('heading', { name: '세션 요약' }).isVisible()) break;
    const q = await currentQuestion(page, b.questions);
    await answerCorrectly(page, q);
    await expect(page.locator('[data-verdict]')).toContainText('정답');
    await expect(page.locator('[role="status"][data-live]')).toContainText('정답');
    // Next intervals are on the rating buttons; the suggested one (Good) has focus.
    await expect(page.getByRole('button', { name: /^알맞음 \d+(분|시간|일) 뒤 다시 복습 \(추천\)/ })).toBeFocused();
    await expect(page.getByRole('button', { name: /^쉬움 / })).toContainText(/일/);
    if (!undone) {
      await page.keyboard.press('4');
      await page.keyboard.press('Control+z');
      await expect(page.locator('fieldset.q-widget legend')).toContainText(q.prompt.replace(/`/g, '').slice(0, 12));
      await expect(page.locator('[data-feedback]')).toBeHidden();
      undone = true;
      continue;
    }
    seen.add(q.kind);
    await page.keyboard.press('4'); // Easy: graduates, so each card is asked once
  }
  await expect(page.getByRole('heading', { name: '세션 요약' })).toBeVisible();
  await expect(page.locator('[data-sum="answered"]')).toHaveText('6');
  await expect(page.locator('[data-sum="right"]')).toHaveText('6');
  await expect(page.locator('[data-sum="wrong"]')).toHaveText('0');
  await expect(page.locator('[data-sum="next"]')).toContainText('일 뒤');
  expect([...seen].sort()).toEqual([...kinds].sort());

  const logLength = () => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{}').log.length as number, KEY);
  expect(await logLength()).toBe(6);
  await page.reload();
  await expect(page.locator('[data-today]')).toContainText('오늘 푼 새 문항 6/20');
  expect(await logLength()).toBe(6);
});

test('a wrong answer rates Again and the card comes back in the session', async ({ page }) => {
  await page.goto('/quiz/');
  const b = await bank(page);
  const q = b.questions.find((x) => x.kind === 'true-false') as Q;
  await page.evaluate(([k, v]) => localStorage.setItem(k as string, v as string), [KEY, JSON.stringify(onlyThese(b.questions, [q.id]))]);
  await page.reload();
  await page.getByRole('button', { name: /전체 복습 시작/ }).click();
  // The card's lesson file arrives after the click; a learner answers what is on screen.
  await expect(page.locator('fieldset.q-widget legend')).toBeVisible();
  await page.keyboard.press(q.answer ? '2' : '1');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-verdict]')).toContainText('오답');
  await expect(page.getByRole('button', { name: /^다시 1분 뒤 다시 복습 \(추천\)/ })).toBeFocused();
  // The answered screen (marks, feedback, rating bar) passes axe in both themes.
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).include('quiz-app').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
  await page.keyboard.press(' ');
  // Learn-ahead: the only card left comes back within the session.
  await expect(page.locator('fieldset.q-widget legend')).toContainText(q.prompt.replace(/`/g, '').slice(0, 12));
  await expect(page.locator('[data-feedback]')).toBeHidden();
});

test('Enter while Hangul is being composed does not submit a typed answer', async ({ page }) => {
  await page.goto('/quiz/');
  const b = await bank(page);
  const q = b.questions.find((x) => x.kind === 'typed') as Q;
  await page.evaluate(([k, v]) => localStorage.setItem(k as string, v as string), [KEY, JSON.stringify(onlyThese(b.questions, [q.id]))]);
  await page.reload();
  await page.getByRole('button', { name: /전체 복습 시작/ }).click();
  const input = page.getByLabel('답', { exact: true });
  await expect(input).toBeFocused();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: '보', selectionStart: 1, selectionEnd: 1 });
  // A real Enter during composition: Chromium sends keydown with isComposing, which would submit the form.
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-feedback]')).toBeHidden();
  await expect(page.locator('[data-submit]')).toBeVisible();
  await cdp.send('Input.insertText', { text: '보' }); // commits the syllable (compositionend)
  // Digits typed into the text box are text, not shortcuts.
  await page.keyboard.type('123');
  await expect(input).toHaveValue(/123$/);
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-verdict]')).toContainText('오답');
});

test('a corrupt stored value shows the message, keeps the raw data and the page still works', async ({ page }) => {
  await page.addInitScript((k) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(k, '{"version":2,"cards":{"x":');
      sessionStorage.setItem('seeded', '1');
    }
  }, KEY);
  await page.goto('/quiz/');
  const banner = page.locator('[data-banner]');
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('저장된 퀴즈 진도를 읽을 수 없습니다');
  await expect(banner.getByRole('button', { name: '원본 데이터 내려받기' })).toBeVisible();
  const kept = await page.evaluate(() => {
    const index = JSON.parse(localStorage.getItem('ec2lab.srs.corrupt-index') ?? '[]') as { key: string }[];
    return index.map((c) => localStorage.getItem(c.key));
  });
  expect(kept).toEqual(['{"version":2,"cards":{"x":']);
  const download = page.waitForEvent('download');
  await banner.getByRole('button', { name: '원본 데이터 내려받기' }).click();
  expect((await download).suggestedFilename()).toContain('unreadable');
  await page.getByRole('button', { name: /전체 복습 시작/ }).click();
  await expect(page.locator('fieldset.q-widget legend')).toBeVisible();
  await page.reload();
  await expect(banner).toBeVisible(); // the copy stays until the learner deletes it
});

test('export then import in a fresh context restores the same due counts', async ({ page, browser }) => {
  await page.goto('/quiz/');
  const b = await bank(page);
  const now = Date.now();
  const cards: Record<string, unknown> = {};
  const log: unknown[] = [];
  b.questions.slice(0, 5).forEach((q, i) => {
    const last = now - (3 + i) * 86_400_000;
    cards[q.id] = { ...blank(false), state: 2, stability: 3, difficulty: 5, scheduled_days: 3, reps: 2, due: now - (i % 2 === 0 ? 3_600_000 : -5 * 86_400_000), last_review: last, mod: last };
    log.push([q.id, last, 3, 0]);
  });
  log.sort((x, y) => (x as number[])[1]! - (y as number[])[1]!);
  const progress = { version: 2, settings: { newPerDay: 7, reviewsPerDay: 200, retention: 0.9, mod: 1 }, cards, log, undone: [], lastBackup: null };
  await page.evaluate(([k, v]) => localStorage.setItem(k as string, v as string), [KEY, JSON.stringify(progress)]);
  await page.reload();
  const today = await page.locator('[data-today]').innerText();
  expect(today).toContain('복습 3개');
  const rows = await page.locator('tbody tr').allInnerTexts();
  const downloadP = page.waitForEvent('download');
  await page.getByRole('button', { name: '진도 내보내기 (JSON)' }).click();
  const file = await (await downloadP).path();
  await expect(page.locator('[data-backup-msg]')).toContainText('내보냈습니다');

  const { baseURL, locale, timezoneId } = test.info().project.use;
  const fresh = await browser.newContext({ baseURL: baseURL ?? `http://localhost:${process.env.E2E_PORT ?? 4321}`, locale: locale ?? 'ko-KR', timezoneId: timezoneId ?? 'Asia/Seoul' });
  const p2 = await fresh.newPage();
  await p2.goto('/quiz/');
  await expect(p2.locator('[data-today]')).not.toHaveText(today);
  await p2.locator('[data-import]').setInputFiles(file);
  await expect(p2.locator('[data-backup-msg]')).toContainText('가져왔습니다');
  await expect(p2.locator('[data-today]')).toHaveText(today);
  expect(await p2.locator('tbody tr').allInnerTexts()).toEqual(rows);
  // A broken file changes nothing and says why.
  await p2.locator('[data-import]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"nope"}') });
  await expect(p2.locator('[data-backup-msg]')).toContainText(/백업 파일이 아닙니다|버전 정보가 없습니다/);
  await expect(p2.locator('[data-today]')).toHaveText(today);
  await fresh.close();
});

test('the lesson link selects that lesson and offers review and practice', async ({ page }) => {
  await page.goto('/quiz/');
  const b = await bank(page);
  const lesson = b.questions[0]?.lesson as string;
  const title = b.lessons.find((l) => l.id === lesson)?.title as string;
  await page.goto(`/quiz/?lesson=${lesson}`);
  const panel = page.locator('[data-focus-lesson]');
  await expect(panel).toContainText(title);
  await expect(page.getByRole('checkbox', { name: title })).toBeChecked();
  await panel.getByRole('button', { name: /이 레슨 연습/ }).click();
  await expect(page.getByRole('heading', { name: `연습: ${title}` })).toBeVisible();
  await page.getByRole('button', { name: '세션 끝내기' }).click();
  await expect(page.locator('[data-sum="next"]')).toContainText('연습 모드');
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull(); // practice never writes progress
});

test('two open tabs do not lose each other\'s reviews', async ({ page, context }) => {
  await page.goto('/quiz/');
  const b = await bank(page);
  const q = b.questions.find((x) => x.kind === 'true-false') as Q;
  const other = b.questions.find((x) => x.id !== q.id) as Q;
  await page.evaluate(([k, v]) => localStorage.setItem(k as string, v as string), [KEY, JSON.stringify(onlyThese(b.questions, [q.id, other.id]))]);
  await page.reload();
  const tabB = await context.newPage();
  await tabB.goto('/quiz/');
  await expect(tabB.locator('[data-today]')).toContainText('새 문항 2개');
  await page.getByRole('button', { name: /전체 복습 시작/ }).click();
  if ((await currentQuestion(page, b.questions)).id !== q.id) {
    await page.getByRole('button', { name: '이 문항 보류' }).click();
  }
  await page.keyboard.press(q.answer ? '1' : '2');
  await page.keyboard.press('Enter');
  // The learner rates once the verdict is on screen (the grader may still be arriving when Enter is pressed).
  await expect(page.locator('[data-verdict]')).toBeVisible();
  await page.keyboard.press('4');
  // Tab B hears the storage event and updates without a reload.
  await expect(tabB.locator('[data-today]')).toContainText('오늘 푼 새 문항 1/20');
  // Tab B then saves its own change (settings); tab A's review survives the write.
  await tabB.locator('summary', { hasText: '복습 설정' }).click();
  await tabB.getByLabel('하루 새 문항 수').fill('21');
  await tabB.getByRole('button', { name: '설정 저장' }).click();
  await expect(tabB.locator('[data-settings-msg]')).toHaveText('설정을 저장했습니다.');
  const stored = await tabB.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{}'), KEY);
  expect(stored.log.map((e: unknown[]) => e[0])).toEqual([q.id]);
  expect(stored.settings.newPerDay).toBe(21);
});

test('the stats page shows accessible charts and tables', async ({ page }) => {
  await page.goto('/quiz/stats/');
  await expect(page.getByRole('img', { name: /히트맵/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /30일/ })).toBeVisible();
  await expect(page.getByRole('table', { name: /첫 복습 기준/ })).toBeVisible();
  await expect(page.getByRole('table', { name: /레슨별 학습·숙달/ })).toBeVisible();
  await expect(page.getByRole('table', { name: /레슨별 정답률/ })).toBeVisible();
  // No reviews yet: retention says there is not enough data instead of showing 0%.
  await expect(page.getByRole('table', { name: /첫 복습 기준/ })).toContainText('데이터 부족');
});

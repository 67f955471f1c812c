// The live classroom end to end: the classroom server (its own port and database), the instructor's projector and
// three students on phones. Join by code, answer, reveal, leaderboard, podium and the class report CSV.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';

const PORT = 4398;
const BASE = `http://localhost:${PORT}`;
let server: ChildProcess;
let dir: string;
test.describe.configure({ mode: 'serial' });
test.use({ baseURL: BASE });

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'classroom-e2e-'));
  server = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', 'server/classroom/main.ts'], {
    stdio: 'ignore',
    env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', CLASSROOM_DB: join(dir, 'rooms.sqlite') },
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('classroom server did not start');
});
test.afterAll(() => {
  server.kill();
  rmSync(dir, { recursive: true, force: true });
});

test('the static site hides the live button where no classroom server answers', async ({ page }) => {
  // The e2e static server (scripts/serve.ts) has no classroom: nothing is asked, nothing shows.
  await page.goto(`http://localhost:${process.env['E2E_PORT'] ?? 4321}/review/`);
  await expect(page.getByRole('button', { name: '실시간 수업 시작' })).toBeHidden();
});

test('a class answers on phones and the projector shows it live', async ({ browser, page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/review/');
  await page.getByLabel('문제 수').fill('3');
  await page.getByRole('radio', { name: '레슨 순서대로' }).check();
  await page.getByRole('checkbox', { name: /레슨마다 핵심 정리/ }).uncheck();
  // Only kinds a phone answers, so every question counts.
  await page.getByRole('checkbox', { name: '하나 고르기' }).check();
  await page.getByRole('button', { name: '실시간 수업 시작' }).click();
  await expect(page).toHaveURL(/\/review\/live\/\?code=[A-HJ-NP-Z2-9]{6}$/);
  const code = new URL(page.url()).searchParams.get('code') ?? '';
  await expect(page.getByRole('img', { name: /참가 QR 코드/ })).toBeVisible();
  await expect(page.getByText(code, { exact: true }).first()).toBeVisible();

  const names = ['민수', '지아', '<b>해커</b>'];
  const phones = await Promise.all(names.map(async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'ko-KR', hasTouch: true, isMobile: true });
    return context.newPage();
  }));
  for (const [i, phone] of phones.entries()) {
    await phone.goto(`${BASE}/live/?code=${code}`);
    await expect(phone.getByLabel('방 코드')).toHaveValue(code);
    await phone.getByLabel('닉네임').fill(names[i] ?? '');
    await phone.getByRole('button', { name: '참가하기' }).click();
    await expect(phone.getByRole('heading', { name: '참가했습니다' })).toBeVisible();
  }
  await expect(page.getByRole('status').filter({ hasText: '3명 참가했습니다' })).toBeVisible();
  // A nickname is text, never markup.
  await expect(page.getByRole('list', { name: '참가한 학생' }).getByText('<b>해커</b>')).toBeVisible();

  // No countdown: a slow machine must not lock a question before every phone has answered (locking by the clock is
  // covered by the room reducer's unit tests).
  await page.getByLabel('문제당 시간').selectOption('0');
  await expect(page.getByLabel('문제당 시간')).toHaveValue('0');
  if (process.env['LIVE_SHOTS']) await page.screenshot({ path: `${process.env['LIVE_SHOTS']}/projector-lobby.png` });
  await page.getByRole('button', { name: /첫 문제 시작/ }).click();
  for (const phone of phones) await expect(phone.getByRole('radio').first()).toBeEnabled();
  // 민수 and 지아 pick the first choice, the third student the second; 지아 changes her mind to the second.
  await phones[0]?.getByRole('radio').nth(0).click();
  await phones[1]?.getByRole('radio').nth(0).click();
  await phones[2]?.getByRole('radio').nth(1).click();
  const [first, second, third] = phones;
  if (!first || !second || !third) throw new Error('three phones');
  await expect(second.getByRole('radio').nth(0)).toHaveAttribute('aria-checked', 'true');
  await phones[1]?.getByRole('radio').nth(1).click();
  await expect(page.getByText('응답 3 / 3명')).toBeVisible();
  if (process.env['LIVE_SHOTS']) {
    await page.screenshot({ path: `${process.env['LIVE_SHOTS']}/projector-open.png` });
    await phones[1]?.screenshot({ path: `${process.env['LIVE_SHOTS']}/phone-open.png` });
  }

  // A phone that reloads keeps its answer (session token).
  await phones[2]?.reload();
  await expect(third.getByRole('radio').nth(1)).toHaveAttribute('aria-checked', 'true');

  await page.keyboard.press('Space');
  await expect(page.getByText('해설')).toBeVisible();
  await expect(page.locator('.live-option[data-right="true"]')).toHaveCount(1);
  const counts = await page.locator('.live-count').allTextContents();
  expect(counts.join(' ')).toMatch(/1명 \(33%\).*2명 \(67%\)/su);
  for (const phone of phones) await expect(phone.getByRole('status').filter({ hasText: /정답입니다|오답입니다/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: '순위' })).toBeVisible();
  if (process.env['LIVE_SHOTS']) {
    await page.screenshot({ path: `${process.env['LIVE_SHOTS']}/projector-reveal.png` });
    await phones[0]?.screenshot({ path: `${process.env['LIVE_SHOTS']}/phone-reveal.png` });
  }
  // The reveal slide fits the projector without scrolling.
  expect(await page.evaluate(() => document.documentElement.scrollHeight <= innerHeight + 1)).toBe(true);

  for (let q = 1; q < 3; q++) {
    await page.getByRole('button', { name: /다음 문제/ }).click();
    await expect(page.getByText(`문제 ${q + 1} / 3`)).toBeVisible();
    for (const phone of phones) await phone.getByRole('radio').nth(0).click();
    await expect(page.getByText('응답 3 / 3명')).toBeVisible();
    await page.getByRole('button', { name: /정답 공개/ }).click();
  }
  await page.getByRole('button', { name: /결과 보기/ }).click();
  await expect(page.getByRole('heading', { name: '수업 결과' })).toBeVisible();
  await expect(page.getByRole('list', { name: '시상대' }).getByRole('listitem')).toHaveCount(3);
  for (const phone of phones) await expect(phone.getByRole('heading', { name: '수업이 끝났습니다' })).toBeVisible();

  if (process.env['LIVE_SHOTS']) await page.screenshot({ path: `${process.env['LIVE_SHOTS']}/projector-end.png` });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '수업 보고서 CSV 내려받기' }).click();
  const file = await (await download).path();
  const csv = readFileSync(file, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv.split('\r\n').filter((l) => l.startsWith('문제,'))).toHaveLength(3);
  expect(csv.split('\r\n').filter((l) => l.startsWith('학생,'))).toHaveLength(3);

  for (const target of [page, phones[0]]) {
    if (!target) continue;
    const results = await new AxeBuilder({ page: target }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  }
  for (const phone of phones) await phone.context().close();
});

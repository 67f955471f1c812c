// The lifecycle sandbox, driven by role and keyboard against the built site.
import type { Locator, Page } from '@playwright/test';
import { axeFor, expect, test } from './fixtures.ts';

const URL = '/tools/lifecycle/?seed=7';

function sandbox(page: Page): Locator {
  return page.locator('lifecycle-sandbox');
}

/** Activates a control with the keyboard (refused actions are aria-disabled but still explain themselves). */
async function press(control: Locator): Promise<void> {
  await control.focus();
  await control.press('Enter');
}

function action(page: Page, label: string): Locator {
  return sandbox(page).getByRole('button', { name: new RegExp(`^${label}`) });
}

async function value(page: Page, field: string): Promise<string> {
  return (await sandbox(page).locator(`[data-value="${field}"]`).textContent())?.trim() ?? '';
}

async function open(page: Page): Promise<void> {
  await page.goto(URL);
  // Settle by hand ("바로 진행") so that nothing depends on the auto-settle delay.
  const auto = sandbox(page).getByRole('checkbox', { name: '전환 자동 진행' });
  await expect(auto).toBeEnabled();
  // By keyboard, so the mouse does not rest over the sandbox and hover nothing by accident.
  await auto.focus();
  await auto.press('Space');
  await expect(auto).not.toBeChecked();
}

async function launch(page: Page): Promise<void> {
  await press(sandbox(page).getByRole('button', { name: /^새 인스턴스 시작/ }));
  await expect(sandbox(page).locator('[data-value="state"]')).toHaveText(/pending/);
  await proceed(page, 'running');
}

async function proceed(page: Page, state: string): Promise<void> {
  await press(sandbox(page).getByRole('button', { name: '바로 진행' }));
  await expect(sandbox(page).locator('[data-value="state"]')).toHaveText(new RegExp(`^${state}`));
}

const message = (page: Page): Locator => sandbox(page).getByRole('status');

test('launch, stop and start: the public IP changes, the private IP stays', async ({ page }) => {
  await open(page);
  await launch(page);
  const ip = await value(page, 'publicIp');
  const privateIp = await value(page, 'privateIp');
  expect(ip).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  await expect(sandbox(page).locator('.lc-node.is-current')).toHaveAttribute('data-state', 'running');

  await press(action(page, '중지'));
  await expect(sandbox(page).locator('[data-value="state"]')).toHaveText(/^stopping/);
  await expect(sandbox(page).locator('[data-value="billing"]')).toHaveText('청구 안 됨');
  await proceed(page, 'stopped');
  await expect(sandbox(page).locator('[data-value="publicIp"]')).toHaveText('없음');
  await expect(sandbox(page).locator('[data-field="publicIp"]')).toHaveClass(/is-changed/);
  await expect(sandbox(page).locator('[data-explain="publicIp"]')).toContainText('반납');

  await press(action(page, '시작'));
  await proceed(page, 'running');
  const newIp = await value(page, 'publicIp');
  expect(newIp).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  expect(newIp).not.toBe(ip);
  expect(await value(page, 'privateIp')).toBe(privateIp);
  await expect(sandbox(page).locator('[data-role="periods"]')).toHaveText('2');
  await expect(sandbox(page).getByRole('list', { name: '이벤트 기록 목록' })).toContainText('StartInstances');
});

test('the same seed gives the same addresses', async ({ page }) => {
  await open(page);
  await launch(page);
  const first = [await value(page, 'publicIp'), await value(page, 'privateIp')];
  await page.reload();
  await open(page);
  await launch(page);
  expect([await value(page, 'publicIp'), await value(page, 'privateIp')]).toEqual(first);
});

test('hibernate is refused when hibernation was not enabled at launch, with the reason', async ({ page }) => {
  await open(page);
  await launch(page);
  const hibernate = action(page, '최대 절전');
  await expect(hibernate).toHaveAttribute('aria-disabled', 'true');
  await hibernate.focus();
  await expect(sandbox(page).locator('[data-role="why"]')).toContainText('시작(launch)할 때 켠 경우에만');
  await hibernate.press('Enter');
  await expect(message(page)).toContainText('거절됨');
  await expect(message(page)).toContainText('시작(launch)할 때 켠 경우에만');
  await expect(sandbox(page).locator('[data-value="state"]')).toHaveText(/^running/);
  await expect(sandbox(page).locator('.lc-log-refusal')).toHaveCount(1);
});

test('terminate is refused with termination protection; options are locked after launch', async ({ page }) => {
  await open(page);
  const protection = sandbox(page).getByRole('checkbox', { name: '종료 방지' });
  await protection.check();
  await launch(page);
  await expect(protection).toBeDisabled();
  await press(action(page, '종료'));
  await expect(message(page)).toContainText('종료 방지');
  await expect(sandbox(page).locator('[data-value="state"]')).toHaveText(/^running/);
  // An OS shutdown still stops the instance (default shutdown behavior: stop).
  await press(action(page, 'OS에서 종료'));
  await proceed(page, 'stopped');
});

test('a mission: the instance store root refuses to stop, and the mission is completed', async ({ page }) => {
  await open(page);
  const mission = sandbox(page).locator('[data-mission="instance-store-stop"]');
  await press(mission.getByRole('button', { name: '이 미션용 설정으로 다시 시작' }));
  await expect(sandbox(page).getByRole('radio', { name: '인스턴스 스토어' })).toBeChecked();
  await launch(page);
  await press(action(page, '중지'));
  await expect(message(page)).toContainText('인스턴스 스토어 루트 볼륨');
  await expect(message(page)).toContainText('미션 완료');
  await expect(mission).toHaveClass(/is-done/);
  await expect(mission).toContainText('완료');
  await expect(sandbox(page).locator('[data-role="score"]')).toHaveText(/^1 \//);
  await expect(mission.getByRole('link', { name: '관련 레슨 보기' })).toHaveAttribute(
    'href',
    '/lessons/instance-lifecycle/#인스턴스-스토어-루트-볼륨',
  );
});

test('hibernation keeps RAM and stops billing once stopped; reset unlocks the options', async ({ page }) => {
  await open(page);
  await sandbox(page).getByRole('checkbox', { name: '최대 절전 켜기' }).check();
  await launch(page);
  await press(action(page, '최대 절전'));
  await expect(sandbox(page).locator('[data-value="billing"]')).toHaveText('청구 중');
  await proceed(page, 'stopped');
  await expect(sandbox(page).locator('[data-value="ram"]')).toHaveText('루트 볼륨에 저장됨');
  await expect(sandbox(page).locator('[data-value="billing"]')).toHaveText('청구 안 됨');
  await expect(sandbox(page).locator('[data-mission="hibernate-no-bill"]')).toHaveClass(/is-done/);
  await press(sandbox(page).getByRole('button', { name: '초기화' }));
  await expect(sandbox(page).getByRole('checkbox', { name: '최대 절전 켜기' })).toBeEnabled();
  await expect(sandbox(page).locator('[data-value="state"]')).toHaveText('—');
});

const why = (page: Page): Locator => sandbox(page).locator('[data-role="why"]');

test('a refusal is explained only for the disabled action in focus, names what becomes possible, and clears on the next change', async ({ page }) => {
  await open(page);
  await launch(page);
  const stop = action(page, '중지');
  await press(stop);
  await expect(sandbox(page).locator('[data-value="state"]')).toHaveText(/^stopping/);
  // The action that just worked is not refused, although focus is still on it.
  await expect(stop).toBeFocused();
  await expect(why(page)).not.toHaveClass(/is-refused/);
  await expect(why(page)).not.toContainText('할 수 없습니다');
  await expect(message(page)).toHaveClass(/is-ok/);

  // Pointing at the now-disabled 시작 explains what stopped will allow.
  await action(page, '시작').focus();
  await expect(why(page)).toHaveClass(/is-refused/);
  await expect(why(page)).toContainText('stopped가 되면 시작할 수 있습니다');
  await stop.focus();
  await expect(why(page)).toContainText('중지는 지금 할 수 없습니다. 이미 중지하는 중입니다.');
  await expect(why(page)).toContainText('stopped가 되면 시작·종료를 할 수 있습니다');
  await expect(why(page)).not.toContainText('(를)');

  // The next state change clears it.
  await proceed(page, 'stopped');
  await expect(why(page)).not.toHaveClass(/is-refused/);
  await expect(why(page)).not.toContainText('stopping');
  // An allowed action gets no refusal styling.
  await action(page, '시작').scrollIntoViewIfNeeded();
  const start = await action(page, '시작').boundingBox();
  if (!start) throw new Error('no 시작 button');
  await page.mouse.move(start.x + 10, start.y + 10);
  await page.mouse.move(start.x + 30, start.y + 20, { steps: 3 });
  await expect(why(page)).not.toHaveClass(/is-refused/);
  await expect(why(page)).toContainText('중지된 인스턴스를 다시 시작');
});

test('on a phone the state strip and every action button share one screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page);
  await launch(page);
  const strip = sandbox(page).locator('[data-role="strip"]');
  await sandbox(page).getByRole('heading', { name: '작업' }).scrollIntoViewIfNeeded();
  await action(page, '중지').focus();
  await press(action(page, '중지'));
  await expect(strip.locator('[data-strip-value="state"]')).toHaveText('stopping');
  await expect(strip.locator('[data-strip-value="billing"]')).toHaveText('청구 안 됨');
  await proceed(page, 'stopped');
  await expect(strip.locator('[data-strip-value="publicIp"]')).toHaveText('없음');
  await expect(strip.locator('[data-strip-value="instanceStore"]')).toHaveText('데이터 지워짐');
  await action(page, '시작').scrollIntoViewIfNeeded();
  const viewport = page.viewportSize() ?? { width: 390, height: 844 };
  const header = await page.locator('.site-header').first().boundingBox();
  const boxes = [await strip.boundingBox(), ...(await Promise.all((await sandbox(page).locator('button[data-action]').all()).map((b) => b.boundingBox())))];
  for (const box of boxes) {
    expect(box).not.toBeNull();
    if (!box) continue;
    expect(box.y).toBeGreaterThanOrEqual(header ? header.y + header.height - 1 : 0);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  }
});

test('on a phone a focused action never hides under the sticky strip (Shift+Tab back up the list)', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page);
  await launch(page);
  await press(action(page, '중지'));
  await sandbox(page).getByRole('button', { name: '바로 진행' }).focus();
  const strip = sandbox(page).locator('[data-role="strip"]');
  const count = await sandbox(page).locator('button[data-action]').count();
  for (let k = 0; k < count; k++) {
    await page.keyboard.press('Shift+Tab');
    const focused = page.locator(':focus');
    await expect(focused).toHaveAttribute('data-action', /.+/);
    // Focus scrolls smoothly: measure once the scroll has settled, as the learner sees it.
    const clearance = async () => {
      const [button, bar] = [await focused.boundingBox(), await strip.boundingBox()];
      return button && bar ? button.y - (bar.y + bar.height - 1) : -Infinity;
    };
    await expect.poll(clearance, { message: `${await focused.getAttribute('data-action')} starts under the strip` }).toBeGreaterThanOrEqual(0);
  }
});

test('the diagram labels its arrows with actions and explains automatic and user transitions', async ({ page }) => {
  await open(page);
  const label = (id: string) => sandbox(page).locator(`[data-edge-label="${id}"]`);
  await expect(label('running->stopping')).toContainText('중지');
  await expect(label('running->stopping')).toContainText('최대 절전');
  await expect(label('stopped->pending')).toHaveText('시작');
  await expect(label('running->running')).toHaveText('재부팅');
  await expect(label('stopping->stopped')).toHaveText('자동');
  await expect(label('launch->pending')).toContainText('RunInstances');
  const key = sandbox(page).getByRole('list', { name: '화살표 범례' });
  await expect(key).toContainText('점선: 자동 전환');
  await expect(key).toContainText('실선: 작업으로 바뀜');
});

test('launch (RunInstances) and 시작 (StartInstances) are told apart; after a restart the instance store is a new empty volume', async ({ page }) => {
  await open(page);
  await expect(sandbox(page).getByRole('button', { name: /^새 인스턴스 시작 RunInstances/ })).toBeVisible();
  await expect(action(page, '시작')).toContainText('StartInstances');
  await launch(page);
  expect(await value(page, 'instanceStore')).toBe('데이터 유지');
  await press(action(page, '중지'));
  await proceed(page, 'stopped');
  expect(await value(page, 'instanceStore')).toBe('데이터 지워짐');
  await press(action(page, '시작'));
  expect(await value(page, 'instanceStore')).toBe('새 빈 볼륨');
  await expect(sandbox(page).locator('[data-explain="instanceStore"]')).toContainText('새로 만든 빈 볼륨');
  const log = sandbox(page).getByRole('list', { name: '이벤트 기록 목록' });
  await expect(log).toContainText('새 인스턴스 시작(RunInstances)');
  await expect(log).toContainText('시작 (StartInstances)');
});

test('completed missions survive a reload', async ({ page }) => {
  await open(page);
  const mission = sandbox(page).locator('[data-mission="instance-store-stop"]');
  await press(mission.getByRole('button', { name: '이 미션용 설정으로 다시 시작' }));
  await launch(page);
  await press(action(page, '중지'));
  await expect(mission).toHaveClass(/is-done/);
  await page.reload();
  await expect(sandbox(page).locator('[data-mission="instance-store-stop"]')).toHaveClass(/is-done/);
  await expect(sandbox(page).locator('[data-role="score"]')).toHaveText(/^1 \//);
  const stored = await page.evaluate(() => localStorage.getItem('ec2lab.lifecycle.missions'));
  expect(JSON.parse(stored ?? '[]')).toEqual(['instance-store-stop']);
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds nothing after a refusal and a change (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await open(page);
    await launch(page);
    await press(action(page, '최대 절전'));
    await press(action(page, '중지'));
    await expect(sandbox(page).locator('[data-field="state"]')).toHaveClass(/is-changed/);
    const results = await axeFor(page, theme, { include: 'lifecycle-sandbox' }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

// The lifecycle sandbox, driven by role and keyboard against the built site.
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

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
  await auto.uncheck();
}

async function launch(page: Page): Promise<void> {
  await press(sandbox(page).getByRole('button', { name: /인스턴스 시작/ }));
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

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds nothing after a refusal and a change (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await open(page);
    await launch(page);
    await press(action(page, '최대 절전'));
    await press(action(page, '중지'));
    await expect(sandbox(page).locator('[data-field="state"]')).toHaveClass(/is-changed/);
    const results = await new AxeBuilder({ page })
      .include('lifecycle-sandbox')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

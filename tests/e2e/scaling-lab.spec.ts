import AxeBuilder from '@axe-core/playwright';
import { expect, setTheme, test } from './fixtures.ts';

const PAGE = '/tools/scaling-lab/';

test.describe('Auto Scaling lab', () => {
  test('default scenario: kill an instance and the group replaces it (activity log)', async ({ page }) => {
    await page.goto(PAGE);
    const lab = page.locator('scaling-lab');
    const play = lab.getByRole('button', { name: /재생/ });
    await expect(play).toBeEnabled();
    await lab.getByLabel('속도').selectOption('600');
    await play.focus();
    await page.keyboard.press('Space');
    await expect(lab.getByRole('button', { name: /일시 정지/ })).toHaveAttribute('aria-pressed', 'true');
    // Let the clock run, then break the only instance.
    await expect(lab.locator('[data-elapsed]')).not.toHaveText('00:00:00');
    await lab.getByRole('button', { name: '인스턴스 강제 종료' }).click();
    const log = lab.getByRole('list', { name: '활동 기록 항목' });
    await expect(log).toContainText('Terminating EC2 instance: i-0');
    await expect(log).toContainText('in response to an EC2 health check indicating it has been terminated or stopped.');
    await expect(log).toContainText(/Launching a new EC2 instance: i-0[0-9a-f]{16}/);
    await expect(log).toContainText('an instance was started in response to a difference between desired and actual capacity, increasing the capacity from 0 to 1.');
    await expect(log).toContainText('풀이:');
  });

  test('guided scenario: ELB health check failure is replaced, with lesson links', async ({ page }) => {
    await page.goto(PAGE);
    const lab = page.locator('scaling-lab');
    await lab.getByRole('combobox', { name: /^시나리오/ }).selectOption('elb-health-replace');
    const question = lab.locator('[data-scenario-id="elb-health-replace"]');
    await expect(question).toBeVisible();
    await expect(question.getByRole('link', { name: '상태 확인과 유예 기간' })).toHaveAttribute('href', '/lessons/auto-scaling/#상태-확인과-유예-기간');
    await expect(question.getByRole('link', { name: '대상 그룹과 상태 확인' })).toHaveAttribute('href', '/lessons/elastic-load-balancing/#대상-그룹과-상태-확인');
    await lab.getByRole('button', { name: '불러와서 처음부터' }).click();
    await lab.getByLabel('속도').selectOption('600');
    await lab.getByRole('button', { name: /재생/ }).click();
    const log = lab.getByRole('list', { name: '활동 기록 항목' });
    await expect(log).toContainText('in response to an ELB system health check failure.', { timeout: 20_000 });
    await expect(log).toContainText('Launching a new EC2 instance');
    // The scenario pauses itself at its end and says so.
    await expect(lab.getByRole('button', { name: /재생/ })).toHaveAttribute('aria-pressed', 'false', { timeout: 20_000 });
    await expect(lab.locator('[data-elapsed]')).toHaveText('00:40:00');
  });

  test('keyboard: step advances the clock; chart has a text alternative and a table', async ({ page }) => {
    await page.goto(PAGE);
    const lab = page.locator('scaling-lab');
    const step = lab.getByRole('button', { name: /한 단계/ });
    await expect(step).toBeEnabled();
    await step.focus();
    for (let k = 0; k < 6; k++) await page.keyboard.press('Enter');
    await expect(lab.locator('[data-elapsed]')).toHaveText('00:01:00');
    const cpuChart = lab.getByRole('img', { name: /평균 CPU 사용률 그래프/ });
    await expect(cpuChart).toBeVisible();
    await expect(cpuChart.locator('desc')).toContainText('평균 CPU: 최소');
    await lab.getByText('그래프를 표로 보기').click();
    await expect(lab.getByRole('table').first().locator('tbody tr').first()).toContainText('월 06:00');
  });

  test('manual capacity change is validated with a Korean message', async ({ page }) => {
    await page.goto(PAGE);
    const form = page.locator('scaling-lab [data-capacity-form]');
    await expect(form.getByRole('button')).toBeEnabled();
    await form.getByLabel('최소').fill('5');
    await form.getByLabel('원하는 용량').fill('2');
    await form.getByRole('button').click();
    await expect(page.locator('scaling-lab [data-action-error]')).toHaveText('원하는 용량(2)은 최소 용량(5) 이상이어야 합니다.');
    await form.getByLabel('원하는 용량').fill('6');
    await form.getByRole('button').click();
    await expect(page.locator('scaling-lab [data-stat="desired"]')).toHaveText('6');
    await expect(page.getByRole('list', { name: '활동 기록 항목' })).toContainText('a user request update of AutoScalingGroup constraints to min: 5, max: 10, desired: 6');
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`no axe violations while running (${theme})`, async ({ page }) => {
      await setTheme(page, theme);
      await page.goto(PAGE);
      const lab = page.locator('scaling-lab');
      await lab.getByLabel('속도').selectOption('600');
      await lab.getByRole('button', { name: /재생/ }).click();
      await expect(lab.locator('[data-targets] tr')).toHaveCount(2, { timeout: 20_000 });
      await lab.getByRole('button', { name: /일시 정지/ }).click();
      await lab.getByText('설정 바꾸기').click();
      const results = await new AxeBuilder({ page }).include('scaling-lab').analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});

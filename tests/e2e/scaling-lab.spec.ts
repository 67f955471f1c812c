import { axeFor, expect, setTheme, test } from './fixtures.ts';

const PAGE = '/tools/scaling-lab/';

test.describe('Auto Scaling lab', () => {
  test('free lab: kill an instance and the group replaces it (activity log)', async ({ page }) => {
    await page.goto(PAGE);
    const lab = page.locator('scaling-lab');
    await lab.getByRole('button', { name: /자유 실습/ }).click();
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
    await lab.getByRole('button', { name: /ELB 상태 확인이 고장 난 인스턴스를 교체한다/ }).click();
    const question = lab.locator('[data-scenario-id="elb-health-replace"]');
    await expect(question).toBeVisible();
    await expect(question.getByRole('link', { name: '상태 확인과 유예 기간' })).toHaveAttribute('href', '/lessons/auto-scaling/#상태-확인과-유예-기간');
    await expect(question.getByRole('link', { name: '대상 그룹과 상태 확인' })).toHaveAttribute('href', '/lessons/elastic-load-balancing/#대상-그룹과-상태-확인');
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
    await expect(lab.locator('[data-clock]')).toHaveText('월 06:01:00 KST');
  });

  test('manual capacity change is validated with a Korean message', async ({ page }) => {
    await page.goto(PAGE);
    await page.locator('scaling-lab').getByRole('button', { name: /자유 실습/ }).click();
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

  test('guided scenarios come first; the free lab and its settings after them', async ({ page }) => {
    await page.goto(PAGE);
    const lab = page.locator('scaling-lab');
    const cards = lab.locator('[data-scenario-card] button');
    await expect(cards.first()).toHaveAttribute('aria-pressed', 'true');
    await expect(cards.first()).toContainText('점심 피크');
    await expect(cards.last()).toContainText('자유 실습');
    await expect(lab.locator('[data-settings-details] > summary')).toBeHidden();
    await cards.last().focus();
    await page.keyboard.press('Enter');
    await expect(lab.locator('[data-settings-details] > summary')).toBeVisible();
  });

  test('"다음 사건까지" jumps over dead time; the log is on the lab clock; markers read out on hover, tap and focus', async ({ page }) => {
    await page.goto(PAGE);
    const lab = page.locator('scaling-lab');
    const skip = lab.getByRole('button', { name: /다음 사건까지/ });
    await expect(skip).toBeEnabled();
    await skip.focus();
    await page.keyboard.press('Enter');
    // From 06:00 to the first scale-out of the lunch peak, in one press.
    const clock = await lab.locator('[data-clock]').textContent();
    expect(clock).toMatch(/^월 (0[7-9]|1[0-2]):\d\d:\d\d KST$/);
    await expect(lab.locator('[data-live]')).toContainText('까지 건너뛰었습니다');
    const log = lab.getByRole('list', { name: '활동 기록 항목' });
    await expect(log.locator('.when').first()).toHaveText(/^월 \d\d:\d\d:\d\d KST$/);
    await expect(log.locator('.gloss').first()).toContainText('KST에');
    await expect(log).not.toContainText('(으)로');
    await expect(log.locator('.gloss').first()).not.toContainText('Z에');
    // A scaling marker on the chart, with its readout by keyboard and by pointer.
    const marker = lab.locator('[data-markers] button').first();
    await expect(marker).toBeVisible();
    await marker.focus();
    await expect(lab.locator('[data-readout]')).toContainText('조정 활동');
    await expect(lab.locator('[data-readout]')).toContainText(clock?.slice(0, 5) ?? '');
    // A fault injected now is marked too.
    await lab.getByRole('button', { name: '트래픽 급증 (×3, 15분)' }).click();
    const fault = lab.locator('[data-markers] button.sl-mk-fault');
    await expect(fault).toHaveCount(1);
    await fault.hover();
    await expect(lab.locator('[data-readout]')).toContainText('장애 주입');
    await fault.click();
    await expect(fault).toHaveAttribute('aria-pressed', 'true');
  });

  test('an empty capacity field is a Korean error, never 0', async ({ page }) => {
    await page.goto(PAGE);
    const form = page.locator('scaling-lab [data-capacity-form]');
    await expect(form.getByRole('button')).toBeEnabled();
    await form.getByLabel('최소').fill('');
    await form.getByLabel('원하는 용량').fill('');
    await form.getByRole('button').click();
    await expect(page.locator('scaling-lab [data-action-error]')).toHaveText('최소 용량을 입력하세요. 0 이상 1000 이하의 정수입니다.');
    await expect(page.locator('scaling-lab [data-stat="desired"]')).toHaveText('1');
    await expect(form.getByLabel('최소')).toHaveValue('');
  });

  test('on a phone the controls stay in view with the charts', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(PAGE);
    const lab = page.locator('scaling-lab');
    const play = lab.getByRole('button', { name: /재생/ });
    await expect(play).toBeEnabled();
    for (const key of ['cpu', 'count', 'latency']) {
      await lab.locator(`[data-chart="${key}"]`).scrollIntoViewIfNeeded();
      const chart = await lab.locator(`[data-chart="${key}"] svg`).boundingBox();
      const controls = await play.boundingBox();
      const skip = await lab.getByRole('button', { name: /다음 사건까지/ }).boundingBox();
      for (const box of [chart, controls, skip]) {
        expect(box).not.toBeNull();
        if (!box) continue;
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height).toBeLessThanOrEqual(844);
      }
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`no axe violations while running (${theme})`, async ({ page }) => {
      // Axe over the whole lab (fleet, log, 4 charts) is slow on a loaded machine.
      test.slow();
      await setTheme(page, theme);
      await page.goto(PAGE);
      const lab = page.locator('scaling-lab');
      await lab.getByLabel('속도').selectOption('600');
      await lab.getByRole('button', { name: /재생/ }).click();
      await expect(lab.locator('[data-targets] tr')).toHaveCount(2, { timeout: 20_000 });
      await lab.getByRole('button', { name: /일시 정지/ }).click();
      await lab.locator('[data-markers] button').first().focus();
      await lab.getByRole('button', { name: /자유 실습/ }).click();
      await lab.locator('[data-settings-details] > summary').click();
      // From the top: a button scrolled under the sticky toolbar would count as an obscured target.
      await page.evaluate(() => window.scrollTo(0, 0));
      const results = await axeFor(page, theme, { include: 'scaling-lab', extraTags: ['best-practice'] }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});

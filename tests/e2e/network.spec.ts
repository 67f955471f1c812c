// The network lab, driven by role and keyboard against the built site.
import type { Locator, Page } from '@playwright/test';
import { axeFor, expect, test } from './fixtures.ts';

const URL = '/tools/network/';

// Keyboard-only form filling is many key presses; give it room on a shared machine (not a timing assertion).
test.describe.configure({ timeout: 120_000 });

function lab(page: Page): Locator {
  return page.locator('network-lab');
}

async function press(control: Locator, key = 'Enter'): Promise<void> {
  await control.focus();
  await control.press(key);
}

/** Chooses an option of a closed <select> with the arrow keys, as a keyboard user would. */
async function choose(select: Locator, value: string): Promise<void> {
  await select.focus();
  const values = await select.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  const target = values.indexOf(value);
  expect(target, `option ${value}`).toBeGreaterThanOrEqual(0);
  await select.press('Home');
  for (let i = 0; i < target; i++) await select.press('ArrowDown');
  await expect(select).toHaveValue(value);
}

async function check(box: Locator): Promise<void> {
  await box.focus();
  if (!(await box.isChecked())) await box.press('Space');
  await expect(box).toBeChecked();
}

async function open(page: Page): Promise<void> {
  await page.goto(URL);
  await expect(lab(page).getByRole('button', { name: /인스턴스 시작/ })).toBeEnabled();
}

interface Setup {
  subnet?: 'subnet-public' | 'subnet-private';
  autoAssign?: 'enable' | 'disable';
}

async function fillLaunch(page: Page, setup: Setup = {}): Promise<void> {
  const l = lab(page);
  await l.getByLabel('Name and tags').focus();
  await page.keyboard.type('cafe-web');
  await choose(l.getByLabel('Application and OS Images (Amazon Machine Image)'), 'ami-0a1b2c3d4e5f60001');
  await choose(l.getByLabel('Instance type'), 't3.micro');
  await choose(l.getByLabel('Key pair (login)'), 'cafe-key');
  await choose(l.getByLabel('Subnet', { exact: true }), setup.subnet ?? 'subnet-public');
  if (setup.autoAssign) await choose(l.getByLabel('Auto-assign public IP', { exact: true }), setup.autoAssign);
  await check(l.getByRole('checkbox', { name: /launch-wizard-1/ }));
}

/** The same settings without the keyboard, for tests about something else (layout, axe). */
async function fillLaunchQuickly(page: Page): Promise<void> {
  const l = lab(page);
  await l.getByLabel('Application and OS Images (Amazon Machine Image)').selectOption('ami-0a1b2c3d4e5f60001');
  await l.getByLabel('Instance type').selectOption('t3.micro');
  await l.getByLabel('Key pair (login)').selectOption('cafe-key');
  await l.getByLabel('Subnet', { exact: true }).selectOption('subnet-public');
  await l.getByRole('checkbox', { name: /launch-wizard-1/ }).check();
}

async function launch(page: Page): Promise<void> {
  await press(lab(page).getByRole('button', { name: /인스턴스 시작/ }));
  await expect(lab(page).locator('[data-value="state"]')).toHaveText('running');
}

async function addRule(page: Page, type: string, source: string, cidr = ''): Promise<void> {
  const form = lab(page).locator('[data-role="sg-form"]');
  await choose(form.getByLabel('Type'), type);
  await choose(form.getByLabel('Source'), source);
  if (cidr) {
    await form.getByLabel('CIDR').focus();
    await page.keyboard.type(cidr);
  }
  await press(form.getByRole('button', { name: '규칙 추가' }));
}

function attempt(page: Page, name: RegExp): Locator {
  return lab(page).getByRole('group', { name: '접속 시도' }).getByRole('button', { name });
}

const message = (page: Page): Locator => lab(page).getByRole('status');
const mission = (page: Page, id: string): Locator => lab(page).locator(`[data-mission="${id}"]`);

test('an empty launch is refused with a reason per missing parameter; nothing typed is lost', async ({ page }) => {
  await open(page);
  await lab(page).getByLabel('Name and tags').focus();
  await page.keyboard.type('cafe-web');
  await press(lab(page).getByRole('button', { name: /인스턴스 시작/ }));
  await expect(message(page)).toContainText('거절됨');
  const problems = lab(page).locator('[data-role="problems"] li');
  await expect(problems).toHaveCount(5);
  await expect(problems.first()).toContainText('Application and OS Images');
  await expect(lab(page).getByLabel('Application and OS Images (Amazon Machine Image)')).toBeFocused();
  await expect(lab(page).getByLabel('Name and tags')).toHaveValue('cafe-web');
  await fillLaunch(page);
  await expect(problems).toHaveCount(0);
  await launch(page);
  await expect(lab(page).getByLabel('Subnet', { exact: true })).toBeDisabled();
});

test('mission: expose the web server (three conditions), and the stopping hop is highlighted on the way', async ({ page }) => {
  await open(page);
  await fillLaunch(page);
  await launch(page);
  await press(attempt(page, /인터넷의 아무나 HTTP/));
  const sgHop = lab(page).locator('li[data-hop="sg-in"]');
  await expect(sgHop).toHaveClass(/is-stop/);
  await expect(sgHop).toHaveAttribute('aria-current', 'step');
  await expect(sgHop).toContainText('Inbound rules');
  await expect(lab(page).locator('[data-part="sg"]')).toHaveClass(/is-stop-hop/);
  await expect(lab(page).locator('[data-role="result-title"]')).toContainText('보안 그룹 인바운드에서 멈춤');
  await addRule(page, 'http', 'anywhere');
  await press(attempt(page, /인터넷의 아무나 HTTP/));
  await expect(lab(page).locator('[data-role="result-title"]')).toContainText('연결됨');
  await expect(lab(page).locator('li.is-stop')).toHaveCount(0);
  await expect(mission(page, 'expose-web')).toHaveClass(/is-done/);
  await expect(message(page)).toContainText('미션 완료');
  await expect(lab(page).locator('[data-role="score"]')).toHaveText('1 / 5');
});

test('mission: SSH from my IP only', async ({ page }) => {
  await open(page);
  await fillLaunch(page);
  await addRule(page, 'ssh', 'my-ip');
  await expect(lab(page).locator('[data-role="sg-inbound"]')).toContainText('203.0.113.7/32');
  await launch(page);
  await press(attempt(page, /내 PC에서 SSH/));
  await expect(lab(page).locator('[data-role="result-title"]')).toContainText('연결됨');
  await expect(mission(page, 'ssh-my-ip')).toHaveClass(/is-done/);
});

test('mission: the database only from the web server security group, by reference', async ({ page }) => {
  await open(page);
  await fillLaunch(page, { subnet: 'subnet-private' });
  await expect(lab(page).getByLabel('Auto-assign public IP', { exact: true })).toHaveValue('disable');
  await addRule(page, 'mysql', 'custom', '10.0.0.0/16');
  await launch(page);
  await press(attempt(page, /EC2-A에서 MySQL/));
  await expect(lab(page).locator('[data-role="result-title"]')).toContainText('연결됨');
  await expect(mission(page, 'db-from-web-sg')).not.toHaveClass(/is-done/);
  await press(lab(page).getByRole('button', { name: /규칙 삭제: MYSQL\/Aurora/ }));
  await addRule(page, 'mysql', 'sg:sg-web');
  await expect(lab(page).locator('[data-role="sg-inbound"]')).toContainText('sg-web');
  await press(attempt(page, /EC2-A에서 MySQL/));
  await expect(mission(page, 'db-from-web-sg')).toHaveClass(/is-done/);
  // From the internet the private subnet stops the packet at the route.
  await press(attempt(page, /인터넷의 아무나 HTTP/));
  await expect(lab(page).locator('li[data-hop="route"]')).toHaveClass(/is-stop/);
  await expect(lab(page).locator('li[data-hop="route"]')).toContainText('NAT 게이트웨이');
});

test('mission: a public subnet without a public IP stops at the public address', async ({ page }) => {
  await open(page);
  await fillLaunch(page, { autoAssign: 'disable' });
  await addRule(page, 'http', 'anywhere');
  await launch(page);
  await expect(lab(page).locator('[data-value="publicIp"]')).toHaveText('없음');
  await press(attempt(page, /인터넷의 아무나 HTTP/));
  const hop = lab(page).locator('li[data-hop="public-address"]');
  await expect(hop).toHaveClass(/is-stop/);
  await expect(hop).toContainText('Auto-assign public IP');
  await expect(lab(page).locator('li[data-hop="route"]')).toHaveClass(/is-pass/);
  await expect(lab(page).locator('[data-part="instance-public"]')).toHaveClass(/is-stop-hop/);
  await expect(mission(page, 'public-subnet-no-ip')).toHaveClass(/is-done/);
});

test('mission: stop and start change the auto-assigned IP but not an Elastic IP', async ({ page }) => {
  await open(page);
  await fillLaunch(page);
  await launch(page);
  const ip = lab(page).locator('[data-value="publicIp"]');
  const first = (await ip.textContent()) ?? '';
  expect(first).toMatch(/^198\.51\.100\.\d+$/);
  await press(lab(page).getByRole('button', { name: '중지(Stop)' }));
  await expect(lab(page).locator('[data-value="state"]')).toHaveText('stopped');
  await expect(ip).toHaveText('없음');
  await expect(message(page)).toContainText('반납');
  await press(lab(page).getByRole('button', { name: '시작(Start)' }));
  await expect(lab(page).locator('[data-value="state"]')).toHaveText('running');
  await expect(ip).toHaveText(/^198\.51\.100\.\d+$/);
  expect(await ip.textContent()).not.toBe(first);
  await expect(mission(page, 'ip-survives-restart')).not.toHaveClass(/is-done/);

  await press(lab(page).getByRole('button', { name: '탄력적 IP 연결' }));
  await expect(lab(page).locator('[data-value="elasticIp"]')).toHaveText(/^192\.0\.2\.\d+$/);
  const eip = (await lab(page).locator('[data-value="elasticIp"]').textContent()) ?? '';
  await expect(ip).toHaveText(eip);
  await press(lab(page).getByRole('button', { name: '중지(Stop)' }));
  await expect(ip).toHaveText(eip);
  await press(lab(page).getByRole('button', { name: '시작(Start)' }));
  await expect(ip).toHaveText(eip);
  await expect(mission(page, 'ip-survives-restart')).toHaveClass(/is-done/);
});

test('a refused action explains itself and keeps focus; the network ACL is stateless', async ({ page }) => {
  await open(page);
  await fillLaunch(page);
  await addRule(page, 'http', 'anywhere');
  await launch(page);
  const start = lab(page).getByRole('button', { name: '시작(Start)' });
  await expect(start).toHaveAttribute('aria-disabled', 'true');
  await press(start);
  await expect(message(page)).toContainText('이미 running');
  await expect(start).toBeFocused();

  await check(lab(page).getByRole('checkbox', { name: /사용자 지정 네트워크 ACL/ }));
  await press(attempt(page, /인터넷의 아무나 HTTP/));
  await expect(lab(page).locator('li[data-hop="nacl-in"]')).toHaveClass(/is-stop/);
  const form = lab(page).locator('[data-role="nacl-form"]');
  await press(form.getByRole('button', { name: '규칙 추가' })); // inbound 100, TCP 80, 0.0.0.0/0, Allow
  await press(attempt(page, /인터넷의 아무나 HTTP/));
  await expect(lab(page).locator('li[data-hop="nacl-out"]')).toHaveClass(/is-stop/);
  await expect(lab(page).locator('li[data-hop="nacl-out"]')).toContainText('상태 비저장');
  await expect(lab(page).locator('li[data-hop="sg-out"]')).toHaveClass(/is-pass/);
});

test('the diagram has a text alternative that follows the model', async ({ page }) => {
  await open(page);
  const svg = lab(page).getByRole('img', { name: /VPC, 서브넷/ });
  await expect(svg).toBeVisible();
  await fillLaunch(page);
  await launch(page);
  await expect(lab(page).locator('[data-role="diagram-desc"]')).toContainText('인스턴스 cafe-web(running)');
  await lab(page).getByText('다이어그램을 글로 보기').click();
  await expect(lab(page).locator('[data-role="describe"]')).toContainText('퍼블릭 서브넷 public-subnet-a(10.0.1.0/24)');
});

test('390 px: no sideways page scroll; diagram labels at 12 px or more, the drawing scrolling in its own box', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page);
  await fillLaunchQuickly(page);
  await launch(page);
  await press(attempt(page, /인터넷의 아무나 HTTP/));
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const small = await lab(page).locator('[data-role="diagram"]').evaluate((svg) => {
    const scale = (svg as SVGSVGElement).getScreenCTM()?.a ?? 1;
    return [...svg.querySelectorAll('text')]
      .filter((t) => (t.textContent ?? '').trim() !== '')
      .map((t) => ({ text: t.textContent, px: Number.parseFloat(getComputedStyle(t).fontSize) * scale }))
      .filter((t) => t.px < 11.95);
  });
  expect(small, 'diagram labels under 12 px as rendered').toEqual([]);
  await expect(lab(page).getByText('옆으로 밀어 전체를 보세요')).toBeVisible();
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds nothing after a refused launch and a stopped attempt (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await open(page);
    await press(lab(page).getByRole('button', { name: /인스턴스 시작/ }));
    await fillLaunchQuickly(page);
    await launch(page);
    await press(attempt(page, /인터넷의 아무나 HTTP/));
    await expect(lab(page).locator('li.is-stop')).toHaveCount(1);
    await lab(page).locator('.nl-advanced summary').click();
    const results = await axeFor(page, theme, { include: 'network-lab' }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

for (const lesson of ['/lessons/launching-instances/', '/lessons/networking-and-security-groups/']) {
  test(`embedded in ${lesson}: loads when the reader gets near it, and works`, async ({ page }) => {
    await page.goto(lesson);
    const embedded = page.locator('network-lab');
    await expect(embedded).toHaveCount(1);
    expect(await page.evaluate(() => customElements.get('network-lab') === undefined)).toBe(true);
    await embedded.scrollIntoViewIfNeeded();
    await expect(embedded.getByRole('button', { name: /인스턴스 시작/ })).toBeEnabled();
    await expect(embedded.getByRole('heading', { level: 3, name: /인스턴스 시작/ })).toBeVisible();
    await press(embedded.getByRole('group', { name: '접속 시도' }).getByRole('button', { name: /내 PC에서 SSH/ }));
    await expect(embedded.locator('li[data-hop="instance"]')).toHaveClass(/is-stop/);
  });
}

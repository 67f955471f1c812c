import { axeFor, test, expect, setTheme } from './fixtures.ts';

const PAGE = '/tools/instance-type/';

test.describe('instance-type decoder', () => {
  test('typing a name shows its parts, category and related names', async ({ page }) => {
    await page.goto(PAGE);
    const input = page.getByRole('textbox', { name: '인스턴스 유형 이름' });
    await expect(input).toBeEnabled();
    await input.fill('x2iedn.32xlarge');
    const parts = page.locator('.itd-parts > li');
    await expect(parts).toHaveCount(7);
    await expect(parts.nth(0)).toContainText('시리즈');
    await expect(parts.nth(0)).toContainText('메모리 집약적');
    await expect(parts.nth(2)).toContainText('Intel 프로세서');
    await expect(parts.nth(3)).toContainText('추가 메모리');
    await expect(parts.nth(4)).toContainText('인스턴스 스토어 볼륨');
    await expect(page.getByText('✓ AWS가 판매하는 유형')).toBeVisible();
    const lessonLink = page.getByRole('link', { name: '레슨: 메모리 최적화 읽기' });
    await expect(lessonLink).toHaveAttribute('href', '/lessons/instance-types/#메모리-최적화');
    await expect(page.getByRole('list', { name: 'x2iedn의 크기' }).getByRole('button', { name: 'x2iedn.32xlarge' })).toHaveAttribute('aria-current', 'true');
    // The live region announces the result once typing pauses.
    await expect(page.getByRole('status', { name: '해독 결과' })).toContainText('x2iedn.32xlarge, 메모리 최적화');
  });

  test('a bad name shows the Korean error and nearest real names', async ({ page }) => {
    await page.goto(PAGE);
    const input = page.getByRole('textbox', { name: '인스턴스 유형 이름' });
    await expect(input).toBeEnabled();
    await input.fill('m5d.xxlarge');
    await expect(page.getByText('해독할 수 없는 이름입니다')).toBeVisible();
    await expect(page.locator('.itd-error')).toContainText('2xlarge');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('list', { name: '가장 가까운 실제 이름' }).getByRole('button').first()).toHaveText('m5d.2xlarge');
  });

  test('input is never inserted as HTML', async ({ page }) => {
    await page.goto(`${PAGE}?type=${encodeURIComponent('<img src=x onerror="window.__pwned=1">')}`);
    await expect(page.locator('.itd-error')).toBeVisible();
    await expect(page.locator('instance-decoder img')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  test('a name AWS does not sell is decoded and flagged with suggestions', async ({ page }) => {
    await page.goto(`${PAGE}?type=c5.nano`);
    await expect(page.getByText('! AWS 목록에 없는 이름')).toBeVisible();
    await expect(page.locator('.itd-notice')).toContainText('c5 패밀리는 있지만 nano 크기는');
    await expect(page.locator('.itd-notice').getByRole('button').first()).toHaveText('c5.large');
  });

  test('the URL round-trips', async ({ page }) => {
    await page.goto(`${PAGE}?type=M5D.XLARGE`);
    const input = page.getByRole('textbox', { name: '인스턴스 유형 이름' });
    await expect(input).toHaveValue('M5D.XLARGE');
    await expect(page).toHaveURL(/\?type=m5d\.xlarge$/);
    await input.fill('u7i-12tb.224xlarge');
    await expect(page).toHaveURL(/\?type=u7i-12tb\.224xlarge$/);
    await page.reload();
    await expect(input).toHaveValue('u7i-12tb.224xlarge');
    await expect(page.locator('.itd-parts')).toContainText('메모리 12 TiB');
  });

  test('keyboard: chips load names, Escape clears', async ({ page }) => {
    await page.goto(PAGE);
    const input = page.getByRole('textbox', { name: '인스턴스 유형 이름' });
    await expect(input).toBeEnabled();
    const chip = page.getByRole('group', { name: '예시' }).getByRole('button', { name: 'mac2-m2pro.metal' });
    await chip.focus();
    await page.keyboard.press('Enter');
    await expect(input).toBeFocused();
    await expect(input).toHaveValue('mac2-m2pro.metal');
    await expect(page.locator('.itd-parts')).toContainText('Apple M2 Pro 칩');
    await page.keyboard.press('Escape');
    await expect(input).toHaveValue('');
    await expect(page).toHaveURL(/\/tools\/instance-type\/$/);
  });

  test('the builder makes a name and says whether AWS sells it', async ({ page }) => {
    await page.goto(`${PAGE}?type=m7i.large`);
    const builder = page.locator('.itd-builder');
    const output = builder.getByRole('status', { name: '만든 이름' });
    await expect(output.locator('.itd-built-name')).toHaveText('m7i.large');
    await expect(output).toContainText('AWS가 판매하는 유형입니다.');
    await builder.getByRole('checkbox', { name: /d 인스턴스 스토어 볼륨/ }).check();
    await expect(output.locator('.itd-built-name')).toHaveText('m7id.large');
    await expect(output).toContainText('판매하지 않는 조합');
    await builder.getByRole('combobox', { name: '세대' }).selectOption('8');
    await expect(output.locator('.itd-built-name')).toHaveText('m8id.large');
    await expect(output).toContainText('AWS가 판매하는 유형입니다.');
    await builder.getByRole('radio', { name: '표시 없음' }).check();
    await expect(output.locator('.itd-built-name')).toHaveText('m8d.large');
    await builder.getByRole('combobox', { name: '크기' }).selectOption('nano');
    await builder.getByRole('radio', { name: /i Intel/ }).check();
    await expect(output).toContainText('m8id 패밀리는 있지만 nano 크기는 없습니다');
    await builder.getByRole('checkbox', { name: /d 인스턴스 스토어 볼륨/ }).uncheck();
    await builder.getByRole('combobox', { name: '시리즈' }).selectOption('x');
    await builder.getByRole('combobox', { name: '세대' }).selectOption('2');
    await builder.getByRole('radio', { name: /i Intel/ }).check();
    await builder.getByRole('checkbox', { name: /e 추가/ }).check();
    await builder.getByRole('checkbox', { name: /n 네트워크/ }).check();
    await builder.getByRole('combobox', { name: '크기' }).selectOption('32xlarge');
    await expect(output.locator('.itd-built-name')).toHaveText('x2ien.32xlarge');
    await builder.getByRole('checkbox', { name: /d 인스턴스 스토어 볼륨/ }).check();
    // AWS writes these letters as x2iedn; the builder follows the real name's order.
    await expect(output.locator('.itd-built-name')).toHaveText('x2iedn.32xlarge');
    await expect(output).toContainText('AWS가 판매하는 유형입니다.');
    await builder.getByRole('button', { name: '해독기에서 보기' }).click();
    await expect(page.getByRole('textbox', { name: '인스턴스 유형 이름' })).toHaveValue('x2iedn.32xlarge');
  });

  test('the builder starts from the decoded name', async ({ page }) => {
    await page.goto(PAGE);
    const builder = page.locator('.itd-builder');
    const built = builder.getByRole('status', { name: '만든 이름' }).locator('.itd-built-name');
    await expect(built).toHaveText('m5d.xlarge');
    await expect(builder.getByRole('checkbox', { name: /d 인스턴스 스토어 볼륨/ })).toBeChecked();
    const input = page.getByRole('textbox', { name: '인스턴스 유형 이름' });
    await input.fill('c7gn.16xlarge');
    await expect(built).toHaveText('c7gn.16xlarge');
    await expect(builder.getByRole('combobox', { name: '시리즈' })).toHaveValue('c');
    await expect(builder.getByRole('combobox', { name: '세대' })).toHaveValue('7');
    await expect(builder.getByRole('radio', { name: /g AWS Graviton/ })).toBeChecked();
    await expect(builder.getByRole('checkbox', { name: /n 네트워크/ })).toBeChecked();
    await expect(builder.getByRole('checkbox', { name: /d 인스턴스 스토어 볼륨/ })).not.toBeChecked();
    await input.fill('m7i-flex.large');
    await expect(built).toHaveText('m7i-flex.large');
    await expect(builder.getByRole('combobox', { name: '접미사' })).toHaveValue('flex');
  });

  test('a family still being typed is explained as a family, with its sizes and no error', async ({ page }) => {
    await page.goto(PAGE);
    const input = page.getByRole('textbox', { name: '인스턴스 유형 이름' });
    await expect(input).toBeEnabled();
    await input.fill('');
    await input.pressSequentially('t3');
    await expect(page.locator('.itd-typing')).toContainText('t3 패밀리입니다');
    await expect(page.locator('.itd-error')).toHaveCount(0);
    await expect(input).toHaveAttribute('aria-invalid', 'false');
    const sizes = page.getByRole('list', { name: 't3의 크기' });
    await expect(sizes.getByRole('button')).toHaveText(['t3.nano', 't3.micro', 't3.small', 't3.medium', 't3.large', 't3.xlarge', 't3.2xlarge']);
    await input.pressSequentially('.x');
    await expect(sizes.getByRole('button')).toHaveText(['t3.xlarge']);
    await input.fill('m5d');
    await expect(page.locator('.itd-typing')).toContainText('인스턴스 스토어 볼륨');
    await expect(page.getByRole('list', { name: 'm5d의 크기' }).getByRole('button').first()).toHaveText('m5d.large');
    await expect(page.getByText('해독할 수 없는 이름입니다')).toHaveCount(0);
    // A chip finishes the name, by keyboard.
    await page.getByRole('list', { name: 'm5d의 크기' }).getByRole('button', { name: 'm5d.2xlarge' }).focus();
    await page.keyboard.press('Enter');
    await expect(input).toHaveValue('m5d.2xlarge');
    await expect(page.getByText('✓ AWS가 판매하는 유형')).toBeVisible();
  });

  test('a name typed with the Korean layout on is read on the English layout', async ({ page }) => {
    await page.goto(PAGE);
    const input = page.getByRole('textbox', { name: '인스턴스 유형 이름' });
    await expect(input).toBeEnabled();
    await input.fill('ㅡ5.xlarge');
    await expect(page.locator('.itd-keyboard')).toContainText('m5.xlarge');
    await expect(page.getByText('✓ AWS가 판매하는 유형')).toBeVisible();
    await expect(input).toHaveAttribute('aria-invalid', 'false');
    await expect(page).toHaveURL(/\?type=m5\.xlarge$/);
    await page.getByRole('button', { name: '입력 바로잡기: m5.xlarge' }).focus();
    await page.keyboard.press('Enter');
    await expect(input).toHaveValue('m5.xlarge');
    await expect(page.locator('.itd-keyboard')).toHaveCount(0);
  });

  test('letters AWS does not define are described in plain words', async ({ page }) => {
    await page.goto(`${PAGE}?type=g6f.large`);
    const parts = page.locator('.itd-parts');
    await expect(parts).toContainText('AWS가 뜻을 밝히지 않은 옵션 문자');
    await expect(parts).toContainText('g6f, gr6f');
    await expect(page.locator('instance-decoder')).not.toContainText('표에 없음');
    await expect(page.locator('.itd-builder')).toContainText('뜻이 공개되지 않은 문자');
  });

  test('on a phone the example chips show that they scroll', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(PAGE);
    const row = page.getByRole('group', { name: /예시/ }).getByRole('list');
    await expect(page.locator('.itd-scroll-hint')).toBeVisible();
    const overflow = await row.evaluate((el) => el.scrollWidth > el.clientWidth);
    expect(overflow).toBe(true);
    expect(await row.evaluate((el) => getComputedStyle(el).maskImage)).toContain('linear-gradient');
    // Tabbing to the last chip scrolls the row to its end, and the fade goes away.
    await row.getByRole('button').last().focus();
    await expect(row).toHaveAttribute('data-at-end', '');
    expect(await row.evaluate((el) => getComputedStyle(el).maskImage)).toBe('none');
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`has no axe violations (${theme})`, async ({ page }) => {
      await setTheme(page, theme);
      await page.goto(`${PAGE}?type=u7inh-32tb.480xlarge`);
      await expect(page.locator('instance-decoder')).toHaveAttribute('data-ready', 'true');
      const results = await axeFor(page, theme, { include: 'instance-decoder', extraTags: ['best-practice'] }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }

  test('works at 360 px without horizontal scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`${PAGE}?type=p6e-gb200.36xlarge`);
    await expect(page.locator('.itd-parts')).toContainText('GB200');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

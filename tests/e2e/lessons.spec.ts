// Lessons as built: each renders its objectives, key points, at least one figure, sources, a summary and its quiz
// link; the coverage map (docs/coverage.md) maps every non-blank line of every note to a section that exists.
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { anchorsOf } from '../../src/lib/site-checks/links.ts';
import { lessonIdsOnDisk } from '../../src/lib/lessons/files.ts';
import { SOURCE_NOTES, noteLabel } from '../../src/lib/notes/index.ts';
import { formatRanges, parseCoverage, uncoveredLines } from '../../src/lib/site-checks/coverage.ts';

const lessonIds = lessonIdsOnDisk();

test('the course has the thirteen lessons of the notes', () => {
  expect(lessonIds.length).toBeGreaterThanOrEqual(13);
});

for (const id of lessonIds) {
  test(`lesson ${id} renders objectives, key points, figures, sources, summary and quiz link`, async ({ page }) => {
    await page.goto(`/lessons/${id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const objectives = page.getByRole('region', { name: '학습 목표' }).getByRole('listitem');
    expect(await objectives.count()).toBeGreaterThanOrEqual(1);
    const keyPoints = page.getByRole('region', { name: '핵심 정리' }).getByRole('listitem');
    expect(await keyPoints.count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('.lesson-body figure').count()).toBeGreaterThanOrEqual(1);
    for (const figure of await page.locator('.lesson-body figure').all()) {
      await expect(figure.locator('figcaption')).not.toBeEmpty();
      for (const svg of await figure.locator('svg[role="img"]').all()) {
        expect(await svg.evaluate((el) => !!(el.querySelector('title')?.textContent?.trim() || el.getAttribute('aria-label'))), 'figure SVG has a text alternative').toBe(true);
      }
    }
    expect(await page.getByRole('region', { name: '출처와 검증' }).getByRole('listitem').count()).toBeGreaterThanOrEqual(1);
    await expect(page.locator('.lesson-body h2', { hasText: '요약' })).toHaveCount(1);
    await expect(page.getByRole('link', { name: '이 레슨 퀴즈 풀기' })).toHaveAttribute('href', `/quiz/?lesson=${id}`);
  });
}

/** Words of a claim (two characters or more), split on the punctuation the lessons use to join note lines. */
const claimWords = (claim: string) => claim.split(/[\s,/…:()\-|.]+/u).filter((w) => w.length >= 2);

test('every correction callout quotes what its note actually says', async ({ page }) => {
  let corrections = 0;
  for (const id of lessonIds) {
    await page.goto(`/lessons/${id}/`);
    // Read every callout of the page at once (one round trip), then check each in Node.
    const callouts = await page.locator('[data-callout="correction"]').evaluateAll((els) =>
      els.map((el) => ({
        body: el.querySelector('.callout-body')?.textContent?.trim() ?? '',
        badge: el.querySelector('.callout-source')?.textContent?.trim() ?? '',
        href: el.querySelector('.callout-source')?.getAttribute('href') ?? '',
        claim: el.querySelector('.callout-claim s')?.textContent?.trim() ?? '',
      })),
    );
    corrections += callouts.length;
    for (const { body, badge, href, claim } of callouts) {
      expect(body, `${id}: a correction has a body`).not.toBe('');
      // The badge names the note as learners know it ("노트 5 · 카페 주문으로 보는 EC2") and links to its page.
      const number = SOURCE_NOTES.find((n) => badge.startsWith(noteLabel(n)))?.number;
      expect(number, `${id}: a correction names its note`).toBeDefined();
      const file = SOURCE_NOTES.find((n) => n.number === number)?.file;
      expect(href).toMatch(new RegExp(`^/notes/note-${number}/#note-${number}-fix-`));
      expect(file, `${id}: note ${number} exists in docs/notes/`).toBeDefined();
      expect(claim, `${id}: a correction quotes the note`).not.toBe('');
      // The quote may join several note lines (" / ", "…") and add a word of context, but it is the note's wording.
      const note = readFileSync(`docs/notes/${file}`, 'utf8').replace(/\s+/g, '');
      const words = claimWords(claim);
      const found = words.filter((w) => note.includes(w));
      expect(found.length / words.length, `${id}: “${claim}” is what note ${number} says (missing: ${words.filter((w) => !note.includes(w)).join(', ')})`).toBeGreaterThanOrEqual(0.8);
    }
  }
  expect(corrections).toBeGreaterThanOrEqual(7);
});

test('the coverage map covers every line of every note and links to sections that exist', () => {
  const parsed = parseCoverage(readFileSync('docs/coverage.md', 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  const rows = parsed.value;
  const notes = readdirSync('docs/notes').filter((f) => f.endsWith('.txt'));
  expect(notes).toHaveLength(5);
  const problems: string[] = [];
  for (const note of notes) {
    const gaps = uncoveredLines(readFileSync(`docs/notes/${note}`, 'utf8'), rows.filter((r) => r.note === note));
    if (gaps.length > 0) problems.push(`${note}: 대응되지 않은 줄 ${formatRanges(gaps)}`);
  }
  const anchorsByLesson = new Map<string, Set<string>>();
  for (const row of rows) {
    let anchors = anchorsByLesson.get(row.lesson);
    if (!anchors) {
      let html = '';
      try { html = readFileSync(`dist/lessons/${row.lesson}/index.html`, 'utf8'); } catch { /* reported below */ }
      anchorsByLesson.set(row.lesson, (anchors = anchorsOf(html)));
    }
    if (!anchors.has(row.anchor)) problems.push(`coverage.md ${row.line}행: /lessons/${row.lesson}/#${row.anchor} 이(가) 없습니다`);
  }
  expect(problems).toEqual([]);
});

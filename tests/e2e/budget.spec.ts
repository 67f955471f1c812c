// Performance budget and security checks read from dist/ (sizes, not timings).
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { pageWeights } from '../../src/lib/site-checks/weight.ts';
import { budgetProblems, firstQuestionProblems } from '../../src/lib/site-checks/budget.ts';
import { pageTransfer, quizFirstQuestion } from '../../src/lib/site-checks/transfer.ts';
import { builtPages } from '../../src/lib/site-checks/dist.ts';
import { lessonIdsOnDisk } from '../../src/lib/lessons/files.ts';

// One page of each type, measured in Chromium by network events: dynamic imports, workers and fetched JSON count.
// /quiz/ has its own test below: everything it requests until its first question is on screen (the session modules
// it loads in the background after the dashboard are part of that).
const SAMPLE = ['/', '/lessons/', '/lessons/instance-types/', '/lessons/auto-scaling/', '/glossary/', '/tools/instance-type/', '/tools/lifecycle/', '/tools/scaling-lab/', '/review/', '/search/?q=asg', '/quiz/cards/'];

test.describe('transfer before interaction', () => {
  test.use({ serviceWorkers: 'block' });
  for (const path of SAMPLE) {
    test(`${path} stays within its budget`, async ({ page }) => {
      const t = await pageTransfer(page, path);
      expect(t.entries.some((e) => e.kind === 'document'), 'the document itself is counted').toBe(true);
      expect(budgetProblems(path, t)).toEqual([]);
    });
  }

  test('/quiz/ stays within its budget until the first question is on screen, fetching only that lesson', async ({ page }) => {
    const t = await quizFirstQuestion(page);
    const paths = t.entries.map((e) => e.path);
    // The whole bank is not fetched: the page carries the index, the first card's lesson comes as one shard.
    expect(paths).not.toContain('/question-bank.json');
    expect(paths.filter((p) => p.startsWith('/quiz-bank/'))).toHaveLength(1);
    expect(firstQuestionProblems(t)).toEqual([]);
  });

  test('dynamic imports, workers and fetched JSON are counted', async ({ page }) => {
    // /search/?q= starts the search worker at once, which fetches the names shard of the index.
    const t = await pageTransfer(page, '/search/?q=asg', (p) => p.getByRole('list', { name: '검색 결과' }).getByRole('link').first().waitFor());
    expect(t.entries.map((e) => e.path)).toEqual(expect.arrayContaining(['/search-index.json']));
    expect(t.entries.some((e) => e.path.includes('search-worker'))).toBe(true);
    expect(t.byKind.json).toBeGreaterThan(5 * 1024);
  });
});

test('lesson pages load no UI framework runtime', () => {
  const weights = pageWeights('dist', (buf) => gzipSync(buf).length).filter((w) => w.path.startsWith('/lessons/'));
  for (const page of weights) {
    const code = page.jsFiles.map((f) => readFileSync(join('dist', f), 'utf8')).join('\n');
    expect(code, `${page.path} loads a framework`).not.toMatch(/react-dom|preact|svelte\/internal|solid-js|astro-island/);
  }
});

test('every page has a strict CSP meta, loads nothing from another origin, and sizes its images', () => {
  for (const { file: page } of builtPages('dist')) {
    const html = readFileSync(join('dist', page), 'utf8');
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp, `${page} has a CSP`).toContain("script-src 'self'");
    expect(csp, `${page} CSP`).not.toContain('unsafe-inline');
    expect(csp, `${page} CSP`).toContain("default-src 'self'");
    for (const m of html.matchAll(/<(?:script|link|img|iframe|source)\b[^>]*\s(?:src|href)="(https?:)?\/\/([^"/]+)/g)) {
      const tag = m[0];
      if (/rel="(canonical|external|alternate)"/.test(tag) || tag.startsWith('<a')) continue;
      throw new Error(`${page}: 다른 출처에서 불러옵니다: ${tag}`);
    }
    for (const img of html.matchAll(/<img\b[^>]*>/g)) {
      expect(img[0], `${page}: image without width/height`).toMatch(/\swidth="\d+"/);
      expect(img[0], `${page}: image without width/height`).toMatch(/\sheight="\d+"/);
    }
  }
});

test('static hosting files are generated: _headers, sitemap, robots.txt, manifest, service worker', () => {
  const headers = readFileSync('dist/_headers', 'utf8');
  expect(headers).toContain("frame-ancestors 'none'");
  expect(headers).toContain('X-Content-Type-Options: nosniff');
  expect(readFileSync('dist/robots.txt', 'utf8')).toContain('Sitemap:');
  const manifest = JSON.parse(readFileSync('dist/manifest.webmanifest', 'utf8')) as { lang: string; icons: { sizes: string }[] };
  expect(manifest.lang).toBe('ko');
  expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  const sw = readFileSync('dist/sw.js', 'utf8');
  expect(sw.includes('search-index.json'), 'the service worker precaches the search index').toBe(true);
  expect(sw.includes('/lessons/'), 'the course is not precached on install (it downloads in the background)').toBe(false);
});

test('every lesson has its social card image', () => {
  for (const id of lessonIdsOnDisk()) {
    expect(statSync(`public/og/lessons/${id}.png`, { throwIfNoEntry: false }), `public/og/lessons/${id}.png (npm run images)`).toBeTruthy();
  }
});

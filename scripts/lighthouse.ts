// `npm run lighthouse`: Lighthouse (mobile profile) with Debian's Chromium against the built site served locally,
// three runs per page, printing the median of each figure (Lighthouse's own advice for variable machines).
// Pages: home, a lesson, each tool, the quiz and review. Needs `npm run build` first. Figures only, no thresholds.
// `npm run lighthouse -- /lessons/ami/ /quiz/` measures just those pages; LIGHTHOUSE_RUNS=5 changes the count.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const PORT = 4331;
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const given = process.argv.slice(2).filter((a) => a.startsWith('/'));
const pages = given.length > 0 ? given : ['/', '/lessons/instance-types/', '/tools/instance-type/', '/tools/lifecycle/', '/tools/scaling-lab/', '/quiz/', '/review/'];
const server = spawn(process.execPath, ['scripts/serve.ts', String(PORT)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 3000));
const out = mkdtempSync(join(tmpdir(), 'lh-'));

interface Figures { perf: number; a11y: number; best: number; seo: number; lcp: number; tbt: number; cls: number; }

function once(path: string, n: number): Figures {
  const file = join(out, `${encodeURIComponent(path)}-${n}.json`);
  execFileSync('npx', [
    'lighthouse', `http://127.0.0.1:${PORT}${path}`, '--quiet', '--output=json', `--output-path=${file}`,
    '--only-categories=performance,accessibility,best-practices,seo',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
  ], { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, stdio: ['ignore', 'ignore', 'inherit'] });
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    categories: Record<string, { score: number | null }>;
    audits: Record<string, { numericValue?: number }>;
  };
  const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
  const value = (id: string) => report.audits[id]?.numericValue ?? 0;
  return { perf: score('performance'), a11y: score('accessibility'), best: score('best-practices'), seo: score('seo'), lcp: value('largest-contentful-paint'), tbt: value('total-blocking-time'), cls: value('cumulative-layout-shift') };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const rows: string[][] = [];
try {
  for (const path of pages) {
    const runs = Array.from({ length: RUNS }, (_, n) => once(path, n));
    const m = (k: keyof Figures) => median(runs.map((r) => r[k]));
    rows.push([path, `${m('perf')} (${runs.map((r) => r.perf).join('/')})`, String(m('a11y')), String(m('best')), String(m('seo')), `${Math.round(m('lcp'))} ms`, `${Math.round(m('tbt'))} ms`, m('cls').toFixed(3)]);
  }
} finally {
  server.kill();
}
console.log(`Lighthouse mobile, median of ${RUNS} runs (load average ${loadavg()[0]?.toFixed(1)}; a shared machine inflates TBT)`);
const header = ['page', 'perf (runs)', 'a11y', 'best', 'seo', 'LCP', 'TBT', 'CLS'];
console.log(`| ${header.join(' | ')} |\n|${header.map(() => ' --- ').join('|')}|`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);

// `npm run lighthouse`: Lighthouse (mobile profile) with Debian's Chromium against the built site served locally.
// Prints the four category scores and LCP, TBT, CLS for the home page, a lesson, each tool, the quiz and review.
// Needs `npm run build` first. Figures only: no thresholds here (the budget test guards sizes).
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PORT = 4331;
const pages = ['/', '/lessons/instance-types/', '/tools/instance-type/', '/tools/lifecycle/', '/tools/scaling-lab/', '/quiz/', '/review/'];
const server = spawn('node', ['scripts/serve.ts', String(PORT)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 3000));
const out = mkdtempSync(join(tmpdir(), 'lh-'));
const rows: string[][] = [];
try {
  for (const path of pages) {
    const file = join(out, `${rows.length}.json`);
    execFileSync('npx', [
      'lighthouse', `http://127.0.0.1:${PORT}${path}`, '--quiet', '--output=json', `--output-path=${file}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
    ], { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, stdio: ['ignore', 'ignore', 'inherit'] });
    const report = JSON.parse(readFileSync(file, 'utf8')) as {
      categories: Record<string, { score: number | null }>;
      audits: Record<string, { numericValue?: number }>;
    };
    const score = (id: string) => String(Math.round((report.categories[id]?.score ?? 0) * 100));
    const ms = (id: string) => `${Math.round(report.audits[id]?.numericValue ?? 0)} ms`;
    rows.push([path, score('performance'), score('accessibility'), score('best-practices'), score('seo'), ms('largest-contentful-paint'), ms('total-blocking-time'), (report.audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)]);
  }
} finally {
  server.kill();
}
const header = ['page', 'perf', 'a11y', 'best', 'seo', 'LCP', 'TBT', 'CLS'];
console.log(`| ${header.join(' | ')} |\n|${header.map(() => ' --- ').join('|')}|`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);

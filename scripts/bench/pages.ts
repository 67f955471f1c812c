// Page weight, measured honestly: the full build (astro build + postbuild, so dist/ keeps sw.js and _headers), then
// each page loaded in Chromium and every response recorded until the network is quiet: document, scripts (dynamic
// imports and workers too), styles, fetched JSON (gzip), images. Also the first visit with the service worker
// (its install precache included, before idle), and the quiz's transfer before its first question.
import { execFileSync, spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { builtPages } from '../../src/lib/site-checks/dist.ts';
import { kb, pageTransfer, quizFirstQuestion, recordTransfer } from '../../src/lib/site-checks/transfer.ts';
import { BUDGET } from '../../src/lib/site-checks/budget.ts';

const PORT = 4342;
const LAUNCH = { executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] };

export async function run(): Promise<void> {
  const started = performance.now();
  if (!process.env.BENCH_NO_BUILD) execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'ignore' });
  console.log(`build time (astro build + postbuild): ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const server = spawn(process.execPath, ['scripts/serve.ts', String(PORT)], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 1500));
  const browser = await chromium.launch(LAUNCH);
  const base = `http://localhost:${PORT}`;
  try {
    const context = await browser.newContext({ baseURL: base, serviceWorkers: 'block' });
    const page = await context.newPage();
    const cols = ['page', 'total', 'doc', 'JS', 'CSS', 'JSON', 'img', 'requests'];
    console.log(`\n| ${cols.join(' | ')} |\n|${cols.map(() => ' --- ').join('|')}|`);
    const pages = builtPages('dist').map((p) => p.url).filter((u) => u !== '/404.html' && !u.startsWith('/live/'));
    for (const path of pages) {
      const t = await pageTransfer(page, path);
      console.log(`| ${path} | ${kb(t.total)} | ${kb(t.byKind.document)} | ${kb(t.byKind.script)} | ${kb(t.byKind.stylesheet)} | ${kb(t.byKind.json)} | ${kb(t.byKind.image)} | ${t.entries.length} |`);
    }
    await context.close();
    // A first visit (no progress): the page, then 전체 복습 시작, until the first question is on screen. What the page
    // requests after that (the session's other lessons, in the background) is not counted.
    const quizContext = await browser.newContext({ baseURL: base, serviceWorkers: 'block' });
    const quiz = await quizFirstQuestion(await quizContext.newPage());
    const json = quiz.entries.filter((e) => e.kind === 'json').map((e) => `${e.path} ${kb(e.bytes)}`).join(', ');
    console.log(`\n/quiz/ before its first question: ${kb(quiz.total - quiz.byKind.image - quiz.byKind.font)} (document ${kb(quiz.byKind.document)}, JS ${kb(quiz.byKind.script)}, CSS ${kb(quiz.byKind.stylesheet)}, JSON ${kb(quiz.byKind.json)}: ${json}); budget ${kb(BUDGET.quizBeforeFirstQuestion)}`);
    await quizContext.close();

    // First visit of a lesson, service worker allowed: page + install precache, until the network is idle
    // (the background course download waits for idle time and is reported separately).
    const fresh = await browser.newContext({ baseURL: base });
    const p2 = await fresh.newPage();
    const recorder = recordTransfer(fresh);
    await p2.goto('/lessons/instance-types/', { waitUntil: 'load' });
    await p2.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await p2.waitForLoadState('networkidle');
    const first = await recorder.stop();
    const beforeIdle = first.entries.filter((e) => !e.path.startsWith('/lessons/') || e.path === '/lessons/instance-types/' || e.serviceWorker);
    const page1 = first.entries.filter((e) => !e.serviceWorker).reduce((n, e) => n + e.bytes, 0);
    const sw = first.entries.filter((e) => e.serviceWorker).reduce((n, e) => n + e.bytes, 0);
    const course = first.entries.filter((e) => e.path.startsWith('/offline-course') || (!e.serviceWorker && e.path !== '/lessons/instance-types/' && e.kind === 'document'));
    console.log(`first visit, /lessons/instance-types/ until idle: ${kb(beforeIdle.reduce((n, e) => n + e.bytes, 0))} (page ${kb(page1)}, service-worker precache ${kb(sw)}, ${first.entries.length} responses${course.length ? `; background course files already started: ${course.length}` : ''})`);
    await fresh.close();
  } finally {
    await browser.close();
    server.kill();
  }
}

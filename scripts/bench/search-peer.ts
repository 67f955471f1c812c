// `npm run bench -- search-peer`: this site's search side by side with Pagefind (devDependency, bench only) on the
// same built site. Pagefind indexes a copy of dist/; both run in Chromium; for each the first query's transfer
// (gzip for text, Pagefind's own files as served) and requests, then top-3 hits on Korean queries learners type.
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { serveStatic } from '../../server/static-files.ts';
import { kb, recordTransfer } from '../../src/lib/site-checks/transfer.ts';

/** Query → lesson pages that teach it (a hit on one of them, or on a glossary term that points there, counts). */
const QUERIES: [string, string[]][] = [
  ['오토스케일링', ['auto-scaling', 'lab-auto-scaling-web-server']],
  ['오토스캐일링', ['auto-scaling', 'lab-auto-scaling-web-server']],
  ['스케일링', ['auto-scaling', 'lab-auto-scaling-web-server']],
  ['ㅇㅌㅅㅋㅇㄹ', ['auto-scaling', 'lab-auto-scaling-web-server']],
  ['로드밸런서', ['elastic-load-balancing']],
  ['로드 밸런서', ['elastic-load-balancing']],
  ['스펏 인스턴스', ['pricing']],
  ['보안구룹', ['networking-and-security-groups', 'launching-instances']],
  ['키페어', ['launching-instances']],
  ['asg', ['auto-scaling']],
  ['elb', ['elastic-load-balancing']],
  ['imds', ['user-data-and-imds']],
  ['인스턴스 스토어', ['storage']],
  ['스냅샷', ['storage', 'ami']],
  ['예약 인스턴스', ['pricing']],
  ['Savings Plans', ['pricing']],
  ['시작 템플릿', ['auto-scaling', 'launching-instances']],
  ['사용자 데이터', ['user-data-and-imds']],
  ['최대 절전', ['instance-lifecycle']],
  ['인스턴스 유형', ['instance-types']],
  ['배치 그룹', ['ec2-and-compute-options', 'instance-types']],
];

const lessonOf = (url: string) => /\/lessons\/([^/#?]+)/.exec(url)?.[1] ?? url;

async function serve(root: string, port: number) {
  const server = createServer((req, res) => serveStatic(root, req, res));
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', () => r()));
  return server;
}

async function ours(page: Page): Promise<{ transfer: string; hits: string[][] }> {
  const recorder = recordTransfer(page.context());
  await page.goto('/search/?q=' + encodeURIComponent(QUERIES[0]?.[0] ?? ''));
  await page.getByRole('list', { name: '검색 결과' }).getByRole('link').first().waitFor({ timeout: 60_000 });
  const t = await recorder.stop();
  const first = t.entries.filter((e) => e.kind !== 'document' || e.path.startsWith('/search'));
  const searchOnly = first.filter((e) => /search-(index|worker)/.test(e.path));
  const transfer = `${kb(searchOnly.reduce((n, e) => n + e.bytes, 0))} in ${searchOnly.length} requests (search worker + names shard; the page itself ${kb(t.total - searchOnly.reduce((n, e) => n + e.bytes, 0))})`;
  // Top 3 from the full index (all shards), with glossary terms counted by the lesson section they point to.
  const hits = await page.evaluate(async (queries) => {
    const [{ createSearch }, { joinShards }] = await Promise.all([import('/bench-engine.js' as string), import('/bench-shards.js' as string)]);
    const get = (f: string) => fetch(f).then((r) => r.json());
    const entries = joinShards(await get('/search-index.json'), await get('/search-text.json'), await get('/search-questions.json'));
    const see = new Map(entries.map((e: { id: string; see?: string; url: string }) => [e.id, e.see ?? e.url]));
    const engine = createSearch(entries);
    return queries.map((q) => engine.search(q, 3).map((h: { id: string }) => see.get(h.id) as string));
  }, QUERIES.map(([q]) => q));
  return { transfer, hits };
}

async function pagefind(page: Page): Promise<{ transfer: string; hits: string[][] }> {
  await page.goto('/pagefind-bench.html');
  const recorder = recordTransfer(page.context());
  await page.evaluate(async (q) => {
    const pf = await import('/pagefind/pagefind.js' as string);
    await pf.options({ excerptLength: 20 });
    const search = await pf.search(q);
    await Promise.all(search.results.slice(0, 3).map((r: { data(): Promise<unknown> }) => r.data()));
  }, QUERIES[0]?.[0] ?? '');
  const t = await recorder.stop();
  const transfer = `${kb(t.total)} in ${t.entries.length} requests`;
  const hits = await page.evaluate(async (queries) => {
    const pf = await import('/pagefind/pagefind.js' as string);
    const out: string[][] = [];
    for (const q of queries) {
      const search = await pf.search(q);
      const top: string[] = [];
      for (const r of search.results.slice(0, 3)) {
        const d = (await r.data()) as { url: string; sub_results?: { url: string }[] };
        top.push(d.sub_results?.[0]?.url ?? d.url);
      }
      out.push(top);
    }
    return out;
  }, QUERIES.map(([q]) => q));
  return { transfer, hits };
}

/**
 * Pagefind at 10× the content: the lesson and note pages copied nine more times under new paths (the same text, which
 * flatters Pagefind: no new words). Compare with "first-search transfer" of the synthetic 10× index in the search bench.
 */
async function tenfoldPagefind(site: string, browser: import('@playwright/test').Browser): Promise<void> {
  for (let k = 1; k < 10; k++) {
    cpSync(join(site, 'lessons'), join(site, `lessons-${k}`), { recursive: true });
    cpSync(join(site, 'notes'), join(site, `notes-${k}`), { recursive: true });
    cpSync(join(site, 'glossary'), join(site, `glossary-${k}`), { recursive: true });
  }
  rmSync(join(site, 'pagefind'), { recursive: true, force: true });
  execFileSync('npx', ['pagefind', '--site', site, '--root-selector', 'main'], { stdio: 'ignore' });
  const port = 4346;
  const server = await serve(site, port);
  try {
    const page = await (await browser.newContext({ baseURL: `http://localhost:${port}`, serviceWorkers: 'block' })).newPage();
    const b = await pagefind(page);
    console.log(`10× content (pages copied ten times), first query "${QUERIES[0]?.[0]}": Pagefind ${b.transfer}`);
  } finally {
    server.close();
  }
}

export async function run(): Promise<void> {
  if (!existsSync('dist/search-index.json')) {
    console.log('dist/ not built: run `npm run build` first');
    return;
  }
  const site = mkdtempSync(join(tmpdir(), 'peer-'));
  cpSync('dist', site, { recursive: true });
  // A blank page without the site's CSP, to drive Pagefind's own JS (and a copy of our engine for the top-3 table).
  writeFileSync(join(site, 'pagefind-bench.html'), '<!doctype html><html lang="ko"><meta charset="utf-8"><title>bench</title><body></body></html>');
  try {
    const started = performance.now();
    execFileSync('npx', ['pagefind', '--site', site, '--root-selector', 'main'], { stdio: 'ignore' });
    console.log(`Pagefind indexed the built site in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    console.log(`Pagefind could not run here: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    rmSync(site, { recursive: true, force: true });
    return;
  }
  // The engine for the in-page top-3 comparison, bundled from source with the esbuild that Astro ships.
  execFileSync('npx', ['esbuild', 'src/lib/search/engine.ts', '--bundle', '--format=esm', `--outfile=${join(site, 'bench-engine.js')}`], { stdio: 'ignore' });
  execFileSync('npx', ['esbuild', 'src/lib/search/shards.ts', '--bundle', '--format=esm', `--outfile=${join(site, 'bench-shards.js')}`], { stdio: 'ignore' });
  const port = 4345;
  const server = await serve(site, port);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const fresh = async () => (await browser.newContext({ baseURL: `http://localhost:${port}`, serviceWorkers: 'block' })).newPage();
    const a = await ours(await fresh());
    const b = await pagefind(await fresh());
    console.log(`first query "${QUERIES[0]?.[0]}", transfer: this site ${a.transfer}; Pagefind ${b.transfer}`);
    let okA = 0;
    let okB = 0;
    console.log('\n| query | this site top 3 | Pagefind top 3 |\n| --- | --- | --- |');
    QUERIES.forEach(([q, want], i) => {
      const ha = (a.hits[i] ?? []).map(lessonOf);
      const hb = (b.hits[i] ?? []).map(lessonOf);
      const ga = ha.some((h) => want.includes(h));
      const gb = hb.some((h) => want.includes(h));
      if (ga) okA++;
      if (gb) okB++;
      console.log(`| ${q} | ${ga ? '✓' : '✗'} ${ha.join(', ') || '(none)'} | ${gb ? '✓' : '✗'} ${hb.join(', ') || '(none)'} |`);
    });
    console.log(`\nright lesson in the top 3 (${QUERIES.length} Korean queries): this site ${okA}, Pagefind ${okB}`);
    await tenfoldPagefind(site, browser);
  } finally {
    await browser.close();
    server.close();
    rmSync(site, { recursive: true, force: true });
  }
}

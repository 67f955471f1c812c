// Search: shard sizes and the first-search transfer (search worker + names shard), query latency (median, p95,
// max) over 1,000 queries on the built index and on a synthetic 10× index, the longest main-thread task of the
// first search in Chromium at 4× CPU slowdown, and closestInstanceTypes per call.
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { convertHangulToQwerty, disassemble, getChoseong, assemble } from 'es-hangul';
import { readdirSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { createSearch } from '../../src/lib/search/engine.ts';
import { joinShards, splitShards } from '../../src/lib/search/shards.ts';
import { closestInstanceTypes } from '../../src/lib/instance-type/index.ts';
import type { SearchEntry } from '../../src/lib/search/types.ts';

/** Small deterministic PRNG (mulberry32) so every run measures the same queries. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VOWELS = 'ㅏㅐㅑㅓㅔㅕㅗㅛㅜㅠㅡㅣ';

/** One wrong vowel in a random syllable (오토스케일링 → 오토스캐일링). */
function typo(s: string, r: () => number): string {
  const chars = [...s];
  const idx = chars.map((c, i) => (/[\uac00-\ud7a3]/.test(c) ? i : -1)).filter((i) => i >= 0);
  if (idx.length === 0) return s.length > 3 ? s.slice(0, -2) + s.at(-1) : s;
  const i = idx[Math.floor(r() * idx.length)] ?? 0;
  const jamo = [...disassemble(chars[i] ?? '')];
  const v = jamo.findIndex((j) => VOWELS.includes(j));
  if (v >= 0) jamo[v] = VOWELS[Math.floor(r() * VOWELS.length)] ?? 'ㅏ';
  try {
    chars[i] = assemble(jamo);
  } catch {
    // leave the syllable as it was
  }
  return chars.join('');
}

export function queriesFor(entries: readonly SearchEntry[], n: number, seed: number): string[] {
  const r = rng(seed);
  const named = entries.filter((e) => e.kind !== 'question');
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const e = named[Math.floor(r() * named.length)] ?? entries[0];
    if (!e) break;
    const words = e.title.split(/\s+/).slice(0, 3).join(' ');
    switch (i % 10) {
      case 0: out.push(e.title); break; // exact
      case 1: out.push(e.title.replace(/\s+/g, '')); break; // spacing
      case 2: out.push(typo(words, r)); break; // jamo typo
      case 3: out.push(getChoseong(words).replace(/\s+/g, '') || words); break; // 초성
      case 4: out.push(disassemble(words).slice(0, Math.max(2, Math.floor(disassemble(words).length * 0.6)))); break; // half-typed
      case 5: out.push((e.abbr ?? e.en ?? words).toLowerCase()); break; // abbreviation / English
      case 6: out.push(convertHangulToQwerty(words.split(' ')[0] ?? words)); break; // 한/영 slip
      case 7: out.push((e.excerpt ?? e.title).split(/\s+/).slice(1, 3).join(' ')); break; // words from the text
      case 8: out.push(['zzzzqx', '양자 컴퓨터', 'kubernetes', 'ㅋㅋㅋㅋ'][Math.floor(r() * 4)] ?? 'zzzz'); break; // nothing
      default: out.push(`${typo(e.title, r)} ${e.title}`.slice(0, 40)); // long query
    }
  }
  return out;
}

function stats(ms: number[]): string {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
  return `median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${(s.at(-1) ?? NaN).toFixed(2)} ms`;
}

function measure(label: string, entries: readonly SearchEntry[]): void {
  const t0 = performance.now();
  const engine = createSearch(entries);
  const build = performance.now() - t0;
  const queries = queriesFor(entries, 1000, 7);
  for (const q of queries.slice(0, 50)) engine.search(q); // warm up the JIT
  const times: number[] = [];
  // CPU time of this thread as well: on a shared, busy machine wall time includes time spent descheduled.
  const cpu: number[] = [];
  let empty = 0;
  for (const q of queries) {
    const c0 = process.cpuUsage();
    const start = performance.now();
    const hits = engine.search(q, 10);
    times.push(performance.now() - start);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    if (hits.length === 0) empty++;
  }
  console.log(`${label}: ${entries.length} entries, createSearch ${build.toFixed(1)} ms (in the worker; load average ${os.loadavg()[0]?.toFixed(1)})`);
  console.log(`  1,000 queries, wall: ${stats(times)} (${empty} found nothing)`);
  console.log(`  1,000 queries, CPU:  ${stats(cpu)}`);
  if (process.env.SEARCH_BENCH_DETAIL) {
    for (let k = 0; k < 10; k++) console.log(`  kind ${k}: ${stats(times.filter((_, i) => i % 10 === k))} e.g. ${JSON.stringify(queries[k])}`);
  }
}

const SYLLABLES = '가나다라마바사아자차카타파하고노도로모보소오조초코토포호구누두루무부수우주추쿠투푸후기니디리미비시이지치키티피히개내대래매배새애재채캐태패해';
const WORDS = ['인스턴스', '그룹', '볼륨', '스냅샷', '정책', '템플릿', '보안', '네트워크', '요금', '스토리지', '조정', '상태', '키', '이미지', '영역', '서브넷', '대상', '지표', '알림', '용량'];
const LATIN = ['Auto', 'Scaling', 'Elastic', 'Load', 'Balancer', 'Instance', 'Group', 'Policy', 'Volume', 'Template', 'Network', 'Metadata'];

export function synthetic(n: number): SearchEntry[] {
  const r = rng(42);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)] as T;
  const word = () => (r() < 0.6 ? pick(WORDS) : Array.from({ length: 2 + Math.floor(r() * 3) }, () => SYLLABLES[Math.floor(r() * SYLLABLES.length)]).join(''));
  const kinds = ['lesson', 'lesson', 'lesson', 'question', 'term'] as const;
  return Array.from({ length: n }, (_, i) => {
    const kind = pick(kinds);
    const title = kind === 'question' ? `${word()} ${word()}의 ${word()}은 무엇인가요? ${word()} ${word()}` : Array.from({ length: 1 + Math.floor(r() * 3) }, word).join(' ');
    const e: SearchEntry = { id: `s:${i}`, kind, title, url: `/lessons/l${i % 40}/#s${i}`, lesson: `레슨 ${i % 40}` };
    if (kind !== 'question') e.excerpt = Array.from({ length: 24 }, word).join(' ').slice(0, 140);
    if (kind === 'term') {
      e.en = `${pick(LATIN)} ${pick(LATIN)}`;
      if (r() < 0.4) e.abbr = `${pick(LATIN)[0]}${pick(LATIN)[0]}${pick(LATIN)[0]}`;
      e.aliases = [title.replace(/\s+/g, '')];
    }
    return e;
  });
}

/** The real index ten times over: copy k > 0 shifts every Hangul syllable and Latin letter, so it reads as new text. */
export function tenfold(entries: readonly SearchEntry[]): SearchEntry[] {
  const shift = (text: string, k: number) =>
    text.replace(/[\uac00-\ud7a3]/g, (c) => String.fromCharCode(0xac00 + ((c.charCodeAt(0) - 0xac00 + k * 28 * 3) % 11172))).replace(/[a-z]/g, (c) => String.fromCharCode(97 + ((c.charCodeAt(0) - 97 + k) % 26)));
  const out: SearchEntry[] = [];
  for (let k = 0; k < 10; k++) {
    for (const e of entries) {
      if (k === 0) {
        out.push(e);
        continue;
      }
      const copy: SearchEntry = { ...e, id: `${e.id}~${k}`, title: shift(e.title, k), url: e.url.replace(/^\/(\w+)\//, `/$1-${k}/`) };
      if (e.excerpt) copy.excerpt = shift(e.excerpt, k);
      if (e.aliases) copy.aliases = e.aliases.map((a) => shift(a, k));
      if (e.en) copy.en = shift(e.en, k);
      out.push(copy);
    }
  }
  return out;
}

const gz = (x: unknown) => gzipSync(Buffer.from(typeof x === 'string' ? x : JSON.stringify(x)), { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function shardReport(label: string, entries: readonly SearchEntry[], engineGzip: number): void {
  const s = splitShards(entries);
  const names = gz(s.names);
  console.log(`${label}: ${entries.length} entries; shards gzip: names ${kb(names)}, text ${kb(gz(s.text))}, questions ${kb(gz(s.questions))}; one-file index would be ${kb(gz(entries))}`);
  console.log(`  first-search transfer (search worker ${kb(engineGzip)} + names shard): ${kb(engineGzip + names)}; the rest (${kb(gz(s.text) + gz(s.questions))}) loads after the first query`);
}

/** Longest main-thread task from opening search to the first results, in Chromium at 4× CPU slowdown. */
async function firstSearchLongTask(): Promise<void> {
  const port = 4343;
  const server = spawn(process.execPath, ['scripts/serve.ts', String(port)], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 1500));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const results: number[] = [];
    for (let run = 0; run < 3; run++) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto(`http://localhost:${port}/lessons/instance-types/`, { waitUntil: 'networkidle' });
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.evaluate(() => {
        const w = window as unknown as { longest: number };
        w.longest = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
        }).observe({ type: 'longtask', buffered: false });
      });
      await page.keyboard.press('Control+k');
      await page.getByRole('dialog').getByRole('combobox').pressSequentially('오토스캐일링');
      await page.getByRole('dialog').getByRole('option').first().waitFor({ timeout: 60_000 });
      await page.waitForTimeout(1500); // the rest of the index arrives and the worker rebuilds: still off the main thread
      results.push(await page.evaluate(() => (window as unknown as { longest: number }).longest));
      await context.close();
    }
    results.sort((a, b) => a - b);
    console.log(`first search in Chromium at 4× CPU slowdown, longest main-thread task (long tasks are ≥ 50 ms; 0 = none): runs ${results.map((r) => r.toFixed(0)).join(', ')} ms, median ${results[1]?.toFixed(0)} ms`);
  } catch (error) {
    console.log(`first-search long task: not measured (${error instanceof Error ? error.message : String(error)}); build first with npm run build`);
  } finally {
    await browser.close();
    server.kill();
  }
}

function closestTiming(): void {
  const misses = ['m7d.large', 'c5.nano', 'm5d.xxlarge', 'u7i-13tb.224xlarge', 'x2iedn', 't3.micr', 'm5', 'c7gn.', 'r6i.2xl', 'zzz.large'];
  for (const q of misses) closestInstanceTypes(q);
  const per: string[] = [];
  let worst = 0;
  let total = 0;
  for (const q of misses) {
    const c0 = process.cpuUsage();
    for (let i = 0; i < 100; i++) closestInstanceTypes(q);
    const c = process.cpuUsage(c0);
    const ms = (c.user + c.system) / 1000 / 100;
    worst = Math.max(worst, ms);
    total += ms;
    per.push(`${q} ${ms.toFixed(2)}`);
  }
  console.log(`closestInstanceTypes, CPU time per call: mean ${(total / misses.length).toFixed(2)} ms, worst ${worst.toFixed(2)} ms (${per.join('; ')})`);
}

export async function run(): Promise<void> {
  console.log(`machine: load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.availableParallelism()} CPUs (shared; wall times are noisy, CPU times less so)`);
  let full: SearchEntry[];
  if (existsSync('dist/search-index.json') && existsSync('dist/search-text.json')) {
    const read = (f: string) => JSON.parse(readFileSync(f, 'utf8')) as never;
    full = joinShards(read('dist/search-index.json'), read('dist/search-text.json'), read('dist/search-questions.json'));
  } else {
    console.log('index: dist/ not built (run `npm run build`); using the unit-test fixture');
    full = (await import('../../tests/unit/search-fixture.ts')).ENTRIES;
  }
  const workerFile = existsSync('dist/_astro') ? readdirSync('dist/_astro').find((f) => f.startsWith('search-worker')) : undefined;
  const engineGzip = workerFile ? gz(readFileSync(`dist/_astro/${workerFile}`, 'utf8')) : 0;
  const ten = tenfold(full);
  shardReport('index (1×)', full, engineGzip);
  shardReport('synthetic 10× index', ten, engineGzip);
  measure('full index (1×)', full);
  measure('synthetic 10× index', ten);
  measure('synthetic random 5,000-entry index', synthetic(5000));
  closestTiming();
  if (existsSync('dist/index.html')) await firstSearchLongTask();
}

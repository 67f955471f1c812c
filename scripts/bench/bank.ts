// `npm run bench -- bank`: the question bank's cue figures (issue 13). Where the right answer sits once options are
// shuffled (over many seeds), true/false balance, how often the key is the longest option, multi-select key sizes,
// and the reveal relation: pairs, and leaks in the new-card queue of a first day (before: bank order; now: the queue).
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parse } from 'yaml';
import { checkCues, CUE_LIMITS, cueStats, type BankFile } from '../../src/lib/quiz/bank-checks.ts';
import { computeLeaks, leakMap } from '../../src/lib/quiz/leaks.ts';
import { optionOrder } from '../../src/lib/quiz/option-order.ts';
import { questionSchema, type Question } from '../../src/lib/quiz/question-schema.ts';
import { buildQueue, LEAK_SPACING, type BankItem } from '../../src/lib/srs/queue.ts';
import { emptyProgress } from '../../src/lib/srs/progress.ts';

const SEEDS = 200;
const LETTERS = 'ABCDEFGH';
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function loadFiles(): BankFile[] {
  const order = new Map<string, number>();
  for (const f of readdirSync('src/content/lessons').filter((f) => /^[^_].*\.mdx$/.test(f))) {
    const m = readFileSync(`src/content/lessons/${f}`, 'utf8').match(/^order:\s*(\d+)/m);
    order.set(f.replace(/\.mdx$/, ''), Number(m?.[1] ?? 999));
  }
  const files: BankFile[] = [];
  for (const f of readdirSync('src/content/questions').filter((f) => f.endsWith('.yaml'))) {
    const raw = parse(readFileSync(`src/content/questions/${f}`, 'utf8')) as { lesson: string; questions: unknown[] };
    const questions: Question[] = [];
    for (const q of raw.questions) {
      const r = questionSchema.safeParse(q);
      if (r.success) questions.push(r.data);
      else console.log(`  (skipped an invalid question in ${f})`);
    }
    files.push({ file: `src/content/questions/${f}`, lesson: raw.lesson, questions });
  }
  return files.sort((a, b) => (order.get(a.lesson) ?? 999) - (order.get(b.lesson) ?? 999));
}

/** Count of leaks in an order: a card within LEAK_SPACING after a card that prints its answer. */
function leaksIn(order: readonly string[], leaks: ReadonlyMap<string, readonly string[]>): number {
  let n = 0;
  order.forEach((id, i) => {
    for (let back = 1; back <= LEAK_SPACING && i - back >= 0; back++) if (leaks.get(order[i - back] ?? '')?.includes(id)) n++;
  });
  return n;
}

export function run(): void {
  const files = loadFiles();
  const questions = files.flatMap((f) => f.questions.map((q) => ({ ...q, lesson: f.lesson })));
  const singles = questions.filter((q) => q.kind === 'single');
  const multiples = questions.filter((q) => q.kind === 'multiple');
  console.log(`${questions.length} questions in ${files.length} files: ${singles.length} single-choice, ${multiples.length} multi-select`);

  // Answer position. Every surface (quiz, review audience/presenter/worksheet/answer key, live classroom) orders
  // options with optionOrder(options, seed, questionId), so one table covers them all.
  console.log(`\nanswer position, single-choice keys, ${SEEDS} seeds × ${singles.length} questions (quiz, review, worksheet, key, classroom: optionOrder):`);
  const authored = new Map<number, number>();
  for (const q of singles) authored.set(q.answer, (authored.get(q.answer) ?? 0) + 1);
  console.log(`  authored (no shuffle): ${[...authored].sort((a, b) => a[0] - b[0]).map(([i, n]) => `${LETTERS[i]} ${pct(n / singles.length)}`).join(', ')}`);
  const letters = new Map<number, number>();
  let worstSeed = { seed: 0, share: 0, letter: 'A' };
  for (let seed = 0; seed < SEEDS; seed++) {
    const perSeed = new Map<number, number>();
    for (const q of singles) {
      const at = optionOrder(q.options, seed, q.id).indexOf(q.answer);
      letters.set(at, (letters.get(at) ?? 0) + 1);
      perSeed.set(at, (perSeed.get(at) ?? 0) + 1);
    }
    for (const [at, n] of perSeed) if (n / singles.length > worstSeed.share) worstSeed = { seed, share: n / singles.length, letter: LETTERS[at] ?? '?' };
  }
  const total = SEEDS * singles.length;
  console.log(`  shuffled, all seeds: ${[...letters].sort((a, b) => a[0] - b[0]).map(([i, n]) => `${LETTERS[i]} ${pct(n / total)}`).join(', ')}`);
  console.log(`  worst single seed (one review link's key): letter ${worstSeed.letter} ${pct(worstSeed.share)} at seed ${worstSeed.seed} (limit 45%)`);
  const optionCounts = new Map<number, number>();
  for (const q of singles) optionCounts.set(q.options.length, (optionCounts.get(q.options.length) ?? 0) + 1);
  console.log(`  options per question: ${[...optionCounts].sort().map(([k, n]) => `${k} options × ${n}`).join(', ')}`);
  const multiFirst = { authored: 0, shuffled: 0 };
  for (const q of multiples) {
    if (q.answers.every((a) => a < q.answers.length)) multiFirst.authored++;
    for (let seed = 0; seed < SEEDS; seed++) {
      const order = optionOrder(q.options, seed, q.id);
      if (q.answers.every((a) => order.indexOf(a) < q.answers.length)) multiFirst.shuffled++;
    }
  }
  console.log(`  multi-select keys that are exactly the leading options: authored ${pct(multiFirst.authored / Math.max(1, multiples.length))}, shuffled ${pct(multiFirst.shuffled / Math.max(1, multiples.length * SEEDS))}`);

  const stats = cueStats(files);
  const tfTrue = stats.trueFalse.reduce((s, l) => s + l.true, 0);
  const tfAll = stats.trueFalse.reduce((s, l) => s + l.total, 0);
  console.log(`\ntrue/false: ${tfTrue} true of ${tfAll} (${pct(tfTrue / Math.max(1, tfAll))}; limit ${pct(CUE_LIMITS.trueShare.min)}–${pct(CUE_LIMITS.trueShare.max)})`);
  for (const l of stats.trueFalse) {
    const share = l.total ? l.true / l.total : 0;
    const flag = l.total > 1 && (share < CUE_LIMITS.lessonTrueShare.min || share > CUE_LIMITS.lessonTrueShare.max) ? '  ← beyond 30/70' : '';
    console.log(`  ${l.lesson.padEnd(32)} ${l.true}/${l.total}${l.total ? ` (${pct(share)})` : ''}${flag}`);
  }
  console.log(`\nkey strictly longest: ${stats.keyLongest} of ${stats.singles} single-choice (${pct(stats.keyLongest / Math.max(1, stats.singles))}; limit ${pct(CUE_LIMITS.keyLongestShare)})`);
  console.log(`multi-select key sizes: ${[...stats.multipleKeySizes].sort((a, b) => a[0] - b[0]).map(([k, n]) => `${k} right × ${n}`).join(', ')}`);

  const t0 = performance.now();
  const list = computeLeaks(questions);
  const leakMs = performance.now() - t0;
  const leaks = leakMap(list);
  const pairs = list.reduce((s, [, r]) => s + r.length, 0);
  const revealedTyped = new Set(list.flatMap(([, r]) => r).filter((id) => questions.find((q) => q.id === id)?.kind === 'typed'));
  const typedCount = questions.filter((q) => q.kind === 'typed').length;
  console.log(`\nreveal relation: ${pairs} pairs from ${list.length} revealing questions; ${revealedTyped.size} of ${typedCount} typed answers are printed by another question (${leakMs.toFixed(0)} ms, ${JSON.stringify(list).length} bytes in /question-bank.json)`);

  const bank: BankItem[] = questions.map((q) => ({ id: q.id, lesson: q.lesson, section: q.section }));
  const bankOrder = bank.map((b) => b.id);
  // Before: new cards in bank order, section by section. Typed answers printed in one of the three cards before.
  let typedCluedBefore = 0;
  bankOrder.forEach((id, i) => {
    if (questions[i]?.kind !== 'typed') return;
    for (let back = 1; back <= 3 && i - back >= 0; back++) if (leaks.get(bankOrder[i - back] ?? '')?.includes(id)) return void typedCluedBefore++;
  });
  console.log(`  bank order (before): ${leaksIn(bankOrder, leaks)} leaks within ${LEAK_SPACING} cards over the whole bank; ${typedCluedBefore} of ${typedCount} typed questions have their answer in one of the 3 cards before`);
  const clock = { utcOffsetMinutes: () => 540 };
  const day0 = Date.UTC(2026, 2, 1, 3);
  let firstDayLeaks = 0;
  let firstDayNeighbours = 0;
  let queueMs = 0;
  for (let d = 0; d < 30; d++) {
    const t = performance.now();
    const q = buildQueue(emptyProgress(), bank, clock, day0 + d * 86_400_000, null, { leaks });
    queueMs += performance.now() - t;
    firstDayLeaks += leaksIn(q.new, leaks);
    const section = new Map(bank.map((b) => [b.id, `${b.lesson}#${b.section}`]));
    firstDayNeighbours += q.new.slice(1).filter((id, i) => section.get(id) === section.get(q.new[i] ?? '')).length;
  }
  console.log(`  first-day queue (now), 30 study days as seeds, all lessons, 20 new: ${firstDayLeaks} leaks, ${firstDayNeighbours} same-section neighbours (buildQueue ${(queueMs / 30).toFixed(1)} ms each)`);
  const everything = emptyProgress();
  everything.settings.newPerDay = 9999;
  const t1 = performance.now();
  const all = buildQueue(everything, bank, clock, day0, null, { leaks });
  console.log(`  whole bank as new cards at once: ${leaksIn(all.new, leaks)} leaks, ${all.new.length} cards (${(performance.now() - t1).toFixed(0)} ms)`);

  const cues = checkCues(files);
  const byCode = new Map<string, number>();
  for (const i of cues) byCode.set(i.code, (byCode.get(i.code) ?? 0) + 1);
  console.log(`\ncue checks: ${cues.length === 0 ? 'all pass' : [...byCode].map(([c, n]) => `${c} ${n}`).join(', ')}`);
}

// Bench: today's queue and one rating with 10,000 cards and 100,000 review-log rows in storage.
import { performance } from 'node:perf_hooks';
import { buildQueue, createProgressStore, createScheduler, createSession, emptyProgress, PROGRESS_KEY, serializeProgress } from '../../src/lib/srs/index.ts';
import type { Clock, LogEntry } from '../../src/lib/srs/index.ts';

const CARDS = 10_000;
const LOGS = 100_000;
const DAY = 86_400_000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function time(label: string, runs: number, fn: () => void): void {
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    xs.push(performance.now() - t);
  }
  console.log(`${label}: median ${median(xs).toFixed(2)} ms (min ${Math.min(...xs).toFixed(2)}, ${runs} runs)`);
}

export async function run(): Promise<void> {
  const now = Date.UTC(2026, 10, 22, 3, 0); // 12:00 KST
  const clock: Clock = { now: () => now, utcOffsetMinutes: () => 540 };
  const sched = createScheduler(clock, { retention: 0.9 });
  const p = emptyProgress();
  const bank = Array.from({ length: CARDS }, (_, i) => ({ id: `lesson${i % 13}-q${i}`, lesson: `lesson${i % 13}` }));
  let seed = 42;
  const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  for (const [i, b] of bank.entries()) {
    if (i % 10 === 9) continue; // a tenth never studied
    const last = now - Math.floor(rnd() * 60) * DAY;
    p.cards[b.id] = { ...sched.newCard(last), state: 2, stability: 1 + rnd() * 60, difficulty: 1 + rnd() * 9, scheduled_days: 10, reps: 5, last_review: last, due: last + Math.floor(rnd() * 40) * DAY, mod: last };
  }
  const log: LogEntry[] = [];
  for (let i = 0; i < LOGS; i++) log.push([bank[i % CARDS]!.id, now - 365 * DAY + Math.floor((i / LOGS) * 365 * DAY), (1 + Math.floor(rnd() * 4)) as 1, 2]);
  p.log = log;
  const data = new Map<string, string>();
  const kv = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k) };
  kv.setItem(PROGRESS_KEY, serializeProgress(p));
  console.log(`stored progress: ${CARDS} cards, ${LOGS} log rows, ${((data.get(PROGRESS_KEY)?.length ?? 0) / 1e6).toFixed(2)} M characters`);

  const store = createProgressStore(kv, clock.now);
  let loaded = p;
  time('load + schema check (parse, migrate, validate)', 10, () => {
    loaded = store.load().progress;
  });
  let queue = buildQueue(loaded, bank, clock, now);
  time("build today's queue", 20, () => {
    queue = buildQueue(loaded, bank, clock, now);
  });
  console.log(`  queue: ${queue.learning.length} learning, ${queue.review.length} reviews (limit ${loaded.settings.reviewsPerDay}), ${queue.new.length} new`);
  time('rate a card (FSRS next + log append, in memory)', 50, () => {
    const s = createSession({ clock, createScheduler, getProgress: () => loaded, commit: () => ({ ok: true, value: null }) }, queue);
    s.advance();
    s.rate(3, true);
  });
  let current = loaded;
  time('rate a card and save (FSRS next + serialize + setItem)', 10, () => {
    const s = createSession({ clock, createScheduler, getProgress: () => current, commit: (np) => { current = np; return store.save(np); } }, queue);
    s.advance();
    s.rate(3, true);
    current = loaded;
  });
}

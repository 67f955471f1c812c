// Bench: the live classroom under load, on loopback only and bounded in count and time.
// 300 students answer 10 questions in one room; then one process holds 20 rooms of 100 students.
// Prints connect time, answer-to-projector latency (p50, p95), and the server's CPU time and memory.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';

const PORT = 4396;
const BASE = `http://127.0.0.1:${PORT}`;
const LIMIT_MS = 120_000;

type Message = { t: string; [key: string]: unknown };

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
};

/** utime+stime (ms) and resident memory (MB) of a process, from /proc. */
function usage(pid: number): { cpuMs: number; rssMb: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  const ticks = Number(stat[11]) + Number(stat[12]);
  const rss = /VmRSS:\s+(\d+)/u.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return { cpuMs: (ticks * 1000) / 100, rssMb: Number(rss) / 1024 };
}

function connect(onMessage: (m: Message) => void): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${PORT}/ws`);
    ws.on('message', (data) => onMessage(JSON.parse(data.toString()) as Message));
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

async function createRoom(count: number): Promise<{ code: string; secret: string }> {
  const review = `lessons=all&kinds=single,true-false&n=${count}&order=shuffled&seed=${Math.floor(Math.random() * 1e6) + 1}&timer=0&keypoints=0`;
  const response = await fetch(`${BASE}/api/rooms`, { method: 'POST', body: JSON.stringify({ review }) });
  if (!response.ok) throw new Error(`room: ${response.status} ${await response.text()}`);
  return (await response.json()) as { code: string; secret: string };
}

interface Room {
  projector: WebSocket;
  answered: (n: number) => Promise<number>;
  phase: (p: string, index: number) => Promise<void>;
  students: { ws: WebSocket; state: () => { phase: string; index: number; choices: number } | null }[];
  connectMs: number[];
}

async function openRoom(students: number, questions: number): Promise<Room> {
  const { code, secret } = await createRoom(questions);
  let view: { phase: string; index: number; answered: number } | null = null;
  const waiters: (() => void)[] = [];
  const projector = await connect((m) => {
    if (m.t === 'state') {
      view = m['view'] as typeof view;
      for (const w of waiters.splice(0)) w();
    }
  });
  const until = (pred: () => boolean): Promise<void> =>
    new Promise((resolve) => {
      const check = () => (pred() ? resolve() : waiters.push(check));
      check();
    });
  projector.send(JSON.stringify({ t: 'host', code, secret }));
  const connectMs: number[] = [];
  const list: Room['students'] = [];
  for (let batch = 0; batch < students; batch += 50) {
    await Promise.all(
      Array.from({ length: Math.min(50, students - batch) }, async (_, k) => {
        const start = performance.now();
        let state: { phase: string; index: number; choices: number } | null = null;
        let joined: () => void = () => {};
        let refused: (reason: Error) => void = () => {};
        const done = new Promise<void>((resolve, reject) => {
          joined = resolve;
          refused = reject;
        });
        const ws = await connect((m) => {
          if (m.t === 'joined') joined();
          if (m.t === 'error') refused(new Error(`join refused: ${String(m['message'])}`));
          if (m.t === 'state') state = m['view'] as typeof state;
        });
        ws.send(JSON.stringify({ t: 'join', code, nickname: `학생${batch + k}` }));
        await done;
        connectMs.push(performance.now() - start);
        list.push({ ws, state: () => state });
      }),
    );
  }
  return {
    projector,
    students: list,
    connectMs,
    answered: async (n) => {
      await until(() => (view?.answered ?? 0) >= n);
      return performance.now();
    },
    phase: (p, index) => until(() => view?.phase === p && view.index === index),
  };
}

async function play(room: Room, questions: number): Promise<number[]> {
  const latencies: number[] = [];
  for (let q = 0; q < questions; q++) {
    room.projector.send(JSON.stringify({ t: 'control', command: q === 0 ? 'open' : 'next' }));
    await room.phase('open', q);
    if (process.env.BENCH_DEBUG) console.log('open', q);
    // Every student answers; the projector's count reaching n marks the n-th answer's arrival.
    const sent: number[] = [];
    const arrivals = room.students.map((_, i) => room.answered(i + 1));
    for (const s of room.students) {
      sent.push(performance.now());
      s.ws.send(JSON.stringify({ t: 'answer', question: q, choice: [Math.floor(Math.random() * 2)] }));
    }
    const seen = await Promise.all(arrivals);
    if (process.env.BENCH_DEBUG) console.log('answered', q);
    seen.forEach((t, i) => latencies.push(t - (sent[i] ?? t)));
    room.projector.send(JSON.stringify({ t: 'control', command: 'reveal' }));
    await room.phase('revealed', q);
  }
  return latencies;
}

export async function run(): Promise<void> {
  if (!existsSync('dist/question-bank.json')) {
    console.log('dist/가 없습니다: 먼저 `npm run build`를 실행하세요.');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'classroom-bench-'));
  const server = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', 'server/classroom/main.ts'], {
    stdio: 'ignore',
    env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', CLASSROOM_DB: join(dir, 'rooms.sqlite'), CLASSROOM_CREATE_BURST: '50' },
  });
  const stop = setTimeout(() => {
    console.log(`시간 제한(${LIMIT_MS / 1000}s)에 걸려 멈췄습니다.`);
    server.kill();
    process.exit(1);
  }, LIMIT_MS);
  try {
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(`${BASE}/api/health`)).ok) break;
      } catch { /* starting */ }
      await new Promise((r) => setTimeout(r, 100));
    }
    const pid = server.pid ?? 0;
    const before = usage(pid);

    const t0 = performance.now();
    const room = await openRoom(Number(process.env.BENCH_STUDENTS ?? 300), 10);
    const connected = performance.now() - t0;
    if (process.env.BENCH_DEBUG) console.log("joined", connected);
    const latencies = await play(room, 10);
    const after = usage(pid);
    console.log(`1 room × 300 students × 10 questions (${latencies.length} answers)`);
    console.log(`  connect+join: p50 ${pct(room.connectMs, 50).toFixed(1)} ms, p95 ${pct(room.connectMs, 95).toFixed(1)} ms, all 300 in ${connected.toFixed(0)} ms`);
    console.log(`  answer → projector: p50 ${pct(latencies, 50).toFixed(1)} ms, p95 ${pct(latencies, 95).toFixed(1)} ms`);
    console.log(`  server CPU ${(after.cpuMs - before.cpuMs).toFixed(0)} ms, RSS ${after.rssMb.toFixed(1)} MB`);
    for (const s of room.students) s.ws.terminate();
    room.projector.terminate();

    const rooms: Room[] = [];
    const t1 = performance.now();
    for (let r = 0; r < 20; r++) rooms.push(await openRoom(100, 3));
    const joinedAll = performance.now() - t1;
    const mid = usage(pid);
    const lat = (await Promise.all(rooms.map((r) => play(r, 3)))).flat();
    const end = usage(pid);
    console.log(`20 rooms × 100 students (2,000 connections) × 3 questions (${lat.length} answers)`);
    console.log(`  all joined in ${joinedAll.toFixed(0)} ms; RSS with everyone connected ${mid.rssMb.toFixed(1)} MB`);
    console.log(`  answer → projector: p50 ${pct(lat, 50).toFixed(1)} ms, p95 ${pct(lat, 95).toFixed(1)} ms; server CPU ${(end.cpuMs - mid.cpuMs).toFixed(0)} ms, RSS ${end.rssMb.toFixed(1)} MB`);
    for (const r of rooms) {
      for (const s of r.students) s.ws.terminate();
      r.projector.terminate();
    }
  } finally {
    clearTimeout(stop);
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

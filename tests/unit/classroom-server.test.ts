// Integration: the classroom server on a loopback port with real WebSocket clients.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startClassroom, type Classroom } from '../../server/classroom/app.ts';
import { ROOM_IDLE_MS, RoomStore } from '../../server/classroom/store.ts';
import { createRoom as newRoom } from '../../src/lib/classroom/index.ts';

const option = (text: string) => ({ text, why: `${text} 이유` });
const base = { section: 's', explanation: '해설', difficulty: 1, tags: [], lesson: 'l1' };
const bank = {
  lessons: [{ id: 'l1', title: '레슨 하나', order: 1, keyPoints: ['a', 'b', 'c'], sections: {} }],
  questions: [
    { ...base, id: 'q1', kind: 'single', prompt: '첫 문제', options: [option('가'), option('나'), option('다'), option('라')], answer: 1 },
    { ...base, id: 'q2', kind: 'true-false', prompt: '둘째 문제', answer: false },
    { ...base, id: 'q3', kind: 'multiple', prompt: '셋째 문제', options: [option('가'), option('나'), option('다'), option('라')], answers: [0, 2] },
  ],
};
const REVIEW = 'lessons=all&n=3&order=written&timer=0&keypoints=0';

let dir: string;
let dbPath: string;
let classroom: Classroom;
const open: WebSocket[] = [];

type Message = Record<string, unknown> & { t: string };

/** A client that keeps every message it receives and can wait for one that matches. */
async function client(url: string, origin?: string): Promise<{ ws: WebSocket; inbox: Message[]; next(pred: (m: Message) => boolean, label?: string): Promise<Message>; send(m: unknown): void }> {
  const ws = new WebSocket(url, origin ? { origin } : {});
  open.push(ws);
  const inbox: Message[] = [];
  const waiters: { pred: (m: Message) => boolean; resolve: (m: Message) => void }[] = [];
  ws.on('message', (data) => {
    const message = JSON.parse(data.toString()) as Message;
    inbox.push(message);
    for (const w of [...waiters]) if (w.pred(message)) { waiters.splice(waiters.indexOf(w), 1); w.resolve(message); }
  });
  await new Promise<void>((resolve, reject) => { ws.once('open', () => resolve()); ws.once('error', reject); });
  return {
    ws,
    inbox,
    send: (m) => ws.send(typeof m === 'string' ? m : JSON.stringify(m)),
    next: (pred, label = 'message') =>
      new Promise((resolve, reject) => {
        const found = inbox.find(pred);
        if (found) { inbox.splice(inbox.indexOf(found), 1); return resolve(found); }
        const timer = setTimeout(() => reject(new Error(`timed out waiting for ${label}`)), 5000);
        waiters.push({ pred, resolve: (m) => { clearTimeout(timer); inbox.splice(inbox.indexOf(m), 1); resolve(m); } });
      }),
  };
}

async function start(): Promise<Classroom> {
  return startClassroom({ distDir: dir, dbPath, port: 0, host: '127.0.0.1', version: 'test' });
}

async function createRoom(): Promise<{ code: string; secret: string }> {
  const response = await fetch(`${classroom.url}/api/rooms`, { method: 'POST', body: JSON.stringify({ review: REVIEW }) });
  expect(response.status).toBe(201);
  return (await response.json()) as { code: string; secret: string };
}

const wsUrl = () => `${classroom.url.replace('http', 'ws')}/ws`;
const isState = (m: Message) => m.t === 'state';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'classroom-'));
  writeFileSync(join(dir, 'question-bank.json'), JSON.stringify(bank));
  writeFileSync(join(dir, '404.html'), '<!doctype html><title>없음</title>');
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>홈</title>');
  dbPath = join(dir, 'rooms.sqlite');
  classroom = await start();
});

afterAll(async () => {
  for (const ws of open) ws.terminate();
  await classroom.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('classroom server', () => {
  it('answers health and serves the site', async () => {
    const health = (await (await fetch(`${classroom.url}/api/health`)).json()) as Record<string, unknown>;
    expect(health).toMatchObject({ ok: true, version: 'test', rooms: expect.any(Number), connections: expect.any(Number) });
    expect((await fetch(`${classroom.url}/`)).status).toBe(200);
    expect((await fetch(`${classroom.url}/nowhere/`)).status).toBe(404);
    expect((await fetch(`${classroom.url}/api/nothing`)).status).toBe(404);
  });

  it('refuses bad room requests with Korean reasons', async () => {
    const cases: [RequestInit, number][] = [
      [{ method: 'POST', body: 'nope' }, 400],
      [{ method: 'POST', body: JSON.stringify({}) }, 400],
      [{ method: 'POST', body: JSON.stringify({ review: 'lessons=none-such' }) }, 201],
      [{ method: 'POST', body: JSON.stringify({ review: 'x'.repeat(9000) }) }, 413],
      [{ method: 'POST', body: JSON.stringify({ review: REVIEW }), headers: { Origin: 'https://evil.example' } }, 403],
    ];
    for (const [init, status] of cases) {
      const response = await fetch(`${classroom.url}/api/rooms`, init);
      expect(response.status, String(init.body).slice(0, 30)).toBe(status);
      if (status !== 201) expect(((await response.json()) as { error: string }).error).toMatch(/[가-힣]/u);
    }
  });

  it('counts every answer of 50 students exactly once, keeps answers over a reconnect and a restart', async () => {
    const { code, secret } = await createRoom();
    const projector = await client(wsUrl());
    projector.send({ t: 'host', code, secret });
    await projector.next((m) => m.t === 'hosted', 'hosted');

    const students = await Promise.all(Array.from({ length: 50 }, () => client(wsUrl())));
    const tokens: string[] = [];
    await Promise.all(
      students.map(async (s, i) => {
        s.send({ t: 'join', code, nickname: `학생${i}` });
        const joined = await s.next((m) => m.t === 'joined', 'joined');
        tokens[i] = String(joined['token']);
      }),
    );
    await projector.next((m) => isState(m) && (m['view'] as { joined: number }).joined === 50, '50 joined');

    projector.send({ t: 'control', command: 'open' });
    await Promise.all(students.map((s) => s.next((m) => isState(m) && (m['view'] as { phase: string }).phase === 'open', 'open')));
    // Key is at display index key[0]; half answer right. Every student also changes their mind once.
    await Promise.all(
      students.map(async (s, i) => {
        s.send({ t: 'answer', question: 0, choice: [3] });
        await s.next((m) => m.t === 'answered', 'answered');
        s.send({ t: 'answer', question: 0, choice: [i % 4] });
        await s.next((m) => m.t === 'answered', 'answered again');
      }),
    );
    const counted = await projector.next((m) => isState(m) && (m['view'] as { answered: number }).answered === 50, '50 answered');
    expect((counted['view'] as { answered: number }).answered).toBe(50);
    // Students never see the key before the reveal.
    for (const s of students) for (const m of s.inbox) expect(JSON.stringify(m)).not.toContain('"key"');

    // A student drops and comes back with the session token: same answer.
    students[7]?.ws.terminate();
    const back = await client(wsUrl());
    back.send({ t: 'resume', code, token: tokens[7] });
    await back.next((m) => m.t === 'joined', 'rejoined');
    const resumed = await back.next(isState, 'state after resume');
    expect((resumed['view'] as { myChoice: number[] }).myChoice).toEqual([7 % 4]);

    // The server restarts: the room, the students and the answers are still there.
    for (const ws of open) ws.terminate();
    await classroom.close();
    classroom = await start();
    const projector2 = await client(wsUrl());
    projector2.send({ t: 'host', code, secret });
    await projector2.next((m) => m.t === 'hosted', 'hosted after restart');
    const state = await projector2.next(isState, 'state after restart');
    expect(state['view']).toMatchObject({ joined: 50, answered: 50, phase: 'open' });
    projector2.send({ t: 'control', command: 'reveal' });
    const revealed = await projector2.next((m) => isState(m) && (m['view'] as { phase: string }).phase === 'revealed', 'revealed');
    const reveal = (revealed['view'] as { reveal: { counts: number[]; key: number[] } }).reveal;
    expect(reveal.counts.reduce((a, b) => a + b, 0)).toBe(50);
    expect(reveal.counts).toEqual([13, 13, 12, 12]);

    // The report has one row per question and per student.
    const csv = await (await fetch(`${classroom.url}/api/rooms/${code}/report.csv`, { headers: { 'X-Room-Secret': secret } })).text();
    expect(csv.split('\r\n').filter((l) => l.startsWith('학생,'))).toHaveLength(50);
    expect((await fetch(`${classroom.url}/api/rooms/${code}/report.csv`, { headers: { 'X-Room-Secret': 'wrong-secret-wrong-secret' } })).status).toBe(403);
    expect((await fetch(`${classroom.url}/api/rooms/${code}/qr.svg`)).headers.get('content-type')).toBe('image/svg+xml');
  }, 30_000);

  it('refuses bad messages, strangers and impostors with a reason', async () => {
    const { code } = await createRoom();
    const c = await client(wsUrl());
    const bad: [unknown, string][] = [
      ['not json', 'not-json'],
      [{ t: 'nuke' }, 'invalid'],
      [{ t: 'answer', question: 0, choice: [1] }, 'not-joined'],
      [{ t: 'control', command: 'reveal' }, 'forbidden'],
      [{ t: 'host', code, secret: 'a'.repeat(32) }, 'forbidden'],
      [{ t: 'join', code, nickname: '   ' }, 'nickname-empty'],
    ];
    for (const [message, code_] of bad) {
      c.send(message);
      const error = await c.next((m) => m.t === 'error', String(code_));
      expect(error['code']).toBe(code_);
      expect(String(error['message'])).toMatch(/[가-힣]/u);
    }
    // A frame over the size limit closes the connection (ws answers 1009).
    const big = await client(wsUrl());
    const closed = new Promise<number>((resolve) => big.ws.on('close', (status) => resolve(status)));
    big.send('x'.repeat(5000));
    expect(await closed).toBe(1009);
  });

  it('rate-limits guessing room codes and flooding', async () => {
    const guesser = await client(wsUrl());
    const closed = new Promise<number>((resolve) => guesser.ws.on('close', (status) => resolve(status)));
    for (let i = 0; i < 12; i++) guesser.send({ t: 'join', code: 'ZZZZZ2', nickname: `g${i}` });
    expect(await closed).toBe(4029);
    expect(guesser.inbox.some((m) => m['code'] === 'rate-limited')).toBe(true);

    const flooder = await client(wsUrl());
    for (let i = 0; i < 40; i++) flooder.send({ t: 'ping' });
    await flooder.next((m) => m['code'] === 'rate-limited', 'flood refused');
  });

  it('refuses a WebSocket from another site', async () => {
    await expect(client(wsUrl(), 'https://evil.example')).rejects.toThrow();
  });
});

describe('room store', () => {
  it('expires a room, its members and its answers after 12 idle hours, and keeps a room an answer touched', () => {
    const store = new RoomStore(':memory:');
    const question = { id: 'q1', kind: 'single' as const, choices: 2, key: [0], lesson: 'l1', prompt: 'p', options: ['가', '나'], explanation: 'e', answerText: null };
    store.save(newRoom({ code: 'AAAAAA', review: '', questions: [question], now: 0 }), 'h1');
    store.save(newRoom({ code: 'BBBBBB', review: '', questions: [question], now: 0 }), 'h2');
    store.addMember('t1', { code: 'AAAAAA', studentId: 's1' });
    store.saveAnswer('AAAAAA', 'q1', 's1', { choice: [0], at: 0 });
    // An answer an hour in keeps BBBBBB alive past the 12th hour after its creation.
    store.saveAnswer('BBBBBB', 'q1', 's2', { choice: [1], at: 60 * 60 * 1000 });
    expect(ROOM_IDLE_MS).toBe(12 * 60 * 60 * 1000);
    expect(store.expire(ROOM_IDLE_MS)).toEqual([]);
    expect(store.expire(ROOM_IDLE_MS + 1)).toEqual(['AAAAAA']);
    expect(store.member('t1')).toBeNull();
    expect(store.loadAll(() => {}).map((r) => r.room.code)).toEqual(['BBBBBB']);
    store.close();
  });
});

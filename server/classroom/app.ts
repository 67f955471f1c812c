// The classroom server: the built site, a small HTTP API and the live WebSocket endpoint. Rooms live in memory
// and in SQLite; every message is checked against the schema in src/lib/classroom/messages.ts, and every change of
// a room goes through the pure reducer in src/lib/classroom/room.ts.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { renderSVG } from 'uqr';
import { WebSocketServer, type WebSocket } from 'ws';
import {
  CLASSROOM_COOKIE,
  MAX_MESSAGE_BYTES,
  RateLimiter,
  classReport,
  liveQuestionsFor,
  newRoomCode,
  parseClientMessage,
  projectorView,
  reduceRoom,
  reportCsv,
  standings,
  studentView,
  createRoom,
  type Actor,
  type LiveQuestion,
  type RoomCommand,
  type RoomState,
  type Standing,
} from '../../src/lib/classroom/index.ts';
import type { BankQuestion, LessonInfo } from '../../src/lib/review/session.ts';
import { serveStatic } from '../static-files.ts';
import { RoomStore, hashSecret } from './store.ts';

export interface ClassroomOptions {
  /** The built site (dist/), with question-bank.json in it. */
  readonly distDir: string;
  /** SQLite file, or ':memory:'. */
  readonly dbPath: string;
  readonly port: number;
  readonly host: string;
  readonly version: string;
  /** Base URL students reach from their phones (http://192.168.0.12:4322) when the projector runs on localhost. */
  readonly publicBase?: string | null;
  readonly now?: () => number;
  /** Log lines (start-up, refused rows); silent in tests. */
  readonly log?: (line: string) => void;
  /** Rooms one address may create at once before the one-a-minute limit (default 5; the load test raises it). */
  readonly createBurst?: number;
}

export interface Classroom {
  readonly port: number;
  readonly url: string;
  close(): Promise<void>;
  stats(): { rooms: number; connections: number };
}

interface Connection {
  readonly socket: WebSocket;
  readonly address: string;
  role: 'none' | 'instructor' | 'student';
  code: string | null;
  studentId: string | null;
  lastSent: string;
}

interface LiveRoom {
  room: RoomState;
  readonly secretHash: string;
}

/** Per connection: a burst of 20 messages, then 10 a second. */
const MESSAGE_RULE = { capacity: 20, perSecond: 10 };
/** Per address: room codes that don't exist (guessing), 10 at once then one every 6 seconds. */
const GUESS_RULE = { capacity: 10, perSecond: 1 / 6 };
/** Per address: rooms created, 5 at once then one a minute. */
const CREATE_RULE = { capacity: 5, perSecond: 1 / 60 };
const MAX_BODY_BYTES = 8192;

const token = (): string => randomBytes(24).toString('base64url');

/** Whether `given` is the room's secret, compared by hash in constant time (the socket and the report use it). */
function secretIs(live: LiveRoom, given: string): boolean {
  const a = Buffer.from(hashSecret(given));
  const b = Buffer.from(live.secretHash);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function startClassroom(options: ClassroomOptions): Promise<Classroom> {
  const now = options.now ?? Date.now;
  const log = options.log ?? (() => {});
  const bank = JSON.parse(readFileSync(join(options.distDir, 'question-bank.json'), 'utf8')) as { lessons: LessonInfo[]; questions: BankQuestion[] };
  const lessonTitles = new Map(bank.lessons.map((l) => [l.id, l.title]));
  const store = new RoomStore(options.dbPath);
  const rooms = new Map<string, LiveRoom>();
  for (const stored of store.loadAll((code, message) => log(`방 ${code}을 불러오지 못했습니다: ${message}`))) {
    rooms.set(stored.room.code, { room: stored.room, secretHash: stored.secretHash });
  }
  const connections = new Set<Connection>();
  const messageLimits = new Map<Connection, RateLimiter>();
  const guessLimit = new RateLimiter(GUESS_RULE);
  const createLimit = new RateLimiter({ ...CREATE_RULE, capacity: options.createBurst ?? CREATE_RULE.capacity });

  const send = (connection: Connection, message: unknown): void => {
    if (connection.socket.readyState === connection.socket.OPEN) connection.socket.send(JSON.stringify(message));
  };
  const refuse = (connection: Connection, code: string, message: string): void => send(connection, { t: 'error', code, message });

  const questionText = (room: RoomState, revealed: boolean) => {
    const question: LiveQuestion | undefined = room.questions[room.index];
    if (!question) return null;
    return {
      number: room.index + 1,
      kind: question.kind,
      lesson: lessonTitles.get(question.lesson) ?? question.lesson,
      prompt: question.prompt,
      options: question.options,
      explanation: revealed ? question.explanation : null,
      answerText: revealed ? question.answerText : null,
    };
  };

  // Scores change only when a question is revealed, a student joins or the scoring settings change, not with each
  // answer to the open question: keep the table until one of those happens.
  const standingsCache = new Map<string, { key: string; table: Standing[] }>();
  const standingsOf = (room: RoomState): Standing[] => {
    const key = `${room.revealed.length}|${room.students.length}|${room.settings.speedBonus}|${room.settings.seconds}`;
    const cached = standingsCache.get(room.code);
    if (cached?.key === key) return cached.table;
    const table = standings(room);
    standingsCache.set(room.code, { key, table });
    return table;
  };

  /**
   * Sends each connection of a room its view, skipping those whose view did not change. An answer changes only the
   * projector's count and the answering student's own view, so `onlyStudent` spares the rest of the class (and keeps
   * the work per answer constant instead of growing with the class).
   */
  const publish = (code: string, onlyStudent: string | null = null): void => {
    const live = rooms.get(code);
    if (!live) return;
    const { room } = live;
    const revealed = room.phase === 'revealed' || room.phase === 'ended';
    const table = standingsOf(room);
    const projector = JSON.stringify({
      t: 'state',
      role: 'projector',
      view: projectorView(room, table),
      question: questionText(room, revealed),
      report: room.phase === 'ended' ? classReport(room) : null,
    });
    for (const connection of connections) {
      if (connection.code !== code) continue;
      let payload: string;
      if (connection.role === 'instructor') payload = projector;
      else if (connection.role === 'student' && connection.studentId !== null && (onlyStudent === null || connection.studentId === onlyStudent)) {
        const view = studentView(room, connection.studentId, table);
        payload = JSON.stringify({ t: 'state', role: 'student', view, question: questionText(room, room.phase === 'revealed') });
      } else continue;
      if (payload === connection.lastSent) continue;
      connection.lastSent = payload;
      if (connection.socket.readyState === connection.socket.OPEN) connection.socket.send(payload);
    }
  };

  const apply = (code: string, command: RoomCommand, actor: Actor): { ok: true } | { ok: false; code: string; message: string } => {
    const live = rooms.get(code);
    if (!live) return { ok: false, code: 'no-room', message: '그런 방이 없습니다. 방 코드를 확인하세요.' };
    const result = reduceRoom(live.room, command, actor, now());
    if (!result.ok) return { ok: false, code: result.error.code, message: result.error.message };
    if (result.value !== live.room) {
      live.room = result.value;
      const question = live.room.questions[live.room.index];
      const answer = command.type === 'answer' && actor.role === 'student' && question ? live.room.answers.get(question.id)?.get(actor.studentId) : undefined;
      if (answer && question && actor.role === 'student') store.saveAnswer(code, question.id, actor.studentId, answer);
      else store.save(live.room, live.secretHash);
      // An answer changes the projector and that student's screen; a join, the projector and the newcomer's.
      const only = command.type === 'answer' && actor.role === 'student' ? actor.studentId : command.type === 'join' ? command.studentId : null;
      publish(code, only);
    }
    return { ok: true };
  };

  /** A wrong code counts against the sender's address; returns false when it may not try again yet. */
  const unknownCode = (connection: Connection): void => {
    if (!guessLimit.allow(connection.address, now())) {
      refuse(connection, 'rate-limited', '방 코드를 너무 많이 틀렸습니다. 잠시 뒤에 다시 시도하세요.');
      connection.socket.close(4029, 'too many guesses');
      return;
    }
    refuse(connection, 'no-room', '그런 방이 없습니다. 방 코드를 확인하세요.');
  };

  const onMessage = (connection: Connection, raw: string): void => {
    // The instructor is authenticated by the room secret and drives the class; everyone else is rate-limited.
    const limiter = messageLimits.get(connection);
    if (connection.role !== 'instructor' && limiter && !limiter.allow('all', now())) {
      refuse(connection, 'rate-limited', '메시지를 너무 빨리 보내고 있습니다. 잠시 기다리세요.');
      return;
    }
    const parsed = parseClientMessage(raw);
    if (!parsed.ok) {
      refuse(connection, parsed.error.code, parsed.error.message);
      return;
    }
    const message = parsed.value;
    switch (message.t) {
      case 'ping':
        send(connection, { t: 'pong' });
        return;
      case 'join': {
        if (!rooms.has(message.code)) return unknownCode(connection);
        const studentId = randomBytes(8).toString('hex');
        const result = apply(message.code, { type: 'join', studentId, nickname: message.nickname }, { role: 'system' });
        if (!result.ok) return refuse(connection, result.code, result.message);
        const sessionToken = token();
        store.addMember(hashSecret(sessionToken), { code: message.code, studentId });
        Object.assign(connection, { role: 'student', code: message.code, studentId, lastSent: '' });
        const nickname = rooms.get(message.code)?.room.students.find((s) => s.id === studentId)?.nickname ?? '';
        send(connection, { t: 'joined', code: message.code, token: sessionToken, nickname });
        publish(message.code);
        return;
      }
      case 'resume': {
        const member = store.member(hashSecret(message.token));
        if (!member || member.code !== message.code || !rooms.has(message.code)) return unknownCode(connection);
        const nickname = rooms.get(member.code)?.room.students.find((s) => s.id === member.studentId)?.nickname ?? '';
        Object.assign(connection, { role: 'student', code: member.code, studentId: member.studentId, lastSent: '' });
        send(connection, { t: 'joined', code: member.code, token: message.token, nickname });
        publish(member.code);
        return;
      }
      case 'host': {
        const live = rooms.get(message.code);
        if (!live) return unknownCode(connection);
        if (!secretIs(live, message.secret)) {
          if (!guessLimit.allow(connection.address, now())) connection.socket.close(4029, 'too many guesses');
          return refuse(connection, 'forbidden', '이 방을 진행할 권한이 없습니다.');
        }
        Object.assign(connection, { role: 'instructor', code: message.code, studentId: null, lastSent: '' });
        send(connection, { t: 'hosted', code: message.code });
        publish(message.code);
        return;
      }
      case 'answer': {
        if (connection.role !== 'student' || connection.code === null || connection.studentId === null) {
          return refuse(connection, 'not-joined', '먼저 닉네임을 입력해 참가하세요.');
        }
        const result = apply(connection.code, { type: 'answer', question: message.question, choice: message.choice }, { role: 'student', studentId: connection.studentId });
        if (!result.ok) return refuse(connection, result.code, result.message);
        send(connection, { t: 'answered', question: message.question });
        return;
      }
      case 'control':
      case 'settings': {
        if (connection.role !== 'instructor' || connection.code === null) return refuse(connection, 'forbidden', '강사만 수업을 진행할 수 있습니다.');
        const command: RoomCommand = message.t === 'control' ? { type: message.command } : { type: 'settings', leaderboard: message.leaderboard, speedBonus: message.speedBonus, seconds: message.seconds };
        const result = apply(connection.code, command, { role: 'instructor' });
        if (!result.ok) refuse(connection, result.code, result.message);
        return;
      }
    }
  };

  const json = (res: ServerResponse, status: number, body: unknown): void => {
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' }).end(JSON.stringify(body));
  };
  const addressOf = (req: IncomingMessage): string => req.socket.remoteAddress ?? 'unknown';
  /** Browsers send Origin on cross-site requests; it must be this server. Tools without a browser send none. */
  const sameOrigin = (req: IncomingMessage): boolean => {
    const origin = req.headers.origin;
    if (origin === undefined) return true;
    try {
      return new URL(origin).host === req.headers.host;
    } catch {
      return false;
    }
  };
  const joinUrl = (req: IncomingMessage, code: string): string => {
    const host = req.headers.host ?? `localhost:${port}`;
    const local = /^(localhost|127\.|\[::1\])/u.test(host);
    const base = local && options.publicBase ? options.publicBase : `http://${host}`;
    return `${base}/live/?code=${code}`;
  };
  /** The request body as text, or null past MAX_BODY_BYTES (drained so the client still gets the 413). */
  const readBody = (req: IncomingMessage): Promise<string | null> =>
    new Promise((resolve) => {
      let size = 0;
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size <= MAX_BODY_BYTES) chunks.push(chunk);
        else if (size > 64 * MAX_BODY_BYTES) req.destroy();
      });
      req.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')));
      req.on('error', () => resolve(null));
      req.on('close', () => resolve(null));
    });
  const roomFromPath = (pathname: string): LiveRoom | undefined => {
    const code = /^\/api\/rooms\/([A-HJ-NP-Z2-9]{6})\//u.exec(pathname)?.[1];
    return code === undefined ? undefined : rooms.get(code);
  };
  const secretMatches = (req: IncomingMessage, live: LiveRoom): boolean => {
    const given = req.headers['x-room-secret'];
    return typeof given === 'string' && secretIs(live, given);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/api/health') {
      return json(res, 200, { ok: true, version: options.version, rooms: rooms.size, connections: connections.size });
    }
    if (url.pathname === '/api/rooms' && req.method === 'POST') {
      if (!sameOrigin(req)) return json(res, 403, { error: '다른 사이트에서 온 요청은 받지 않습니다.' });
      if (!createLimit.allow(addressOf(req), now())) return json(res, 429, { error: '방을 너무 자주 만들고 있습니다. 잠시 뒤에 다시 시도하세요.' });
      const body = await readBody(req);
      if (body === null) return json(res, 413, { error: '요청이 너무 큽니다.' });
      let review: unknown;
      try {
        review = (JSON.parse(body) as { review?: unknown }).review;
      } catch {
        return json(res, 400, { error: '요청이 JSON 형식이 아닙니다.' });
      }
      if (typeof review !== 'string') return json(res, 400, { error: '복습 링크(review)가 필요합니다.' });
      const built = liveQuestionsFor(review.replace(/^\?/u, ''), bank.lessons, bank.questions);
      if (!built.ok) return json(res, 400, { error: built.error.message });
      let code = newRoomCode(Math.random);
      while (rooms.has(code)) code = newRoomCode(Math.random);
      const secret = token();
      const live: LiveRoom = { room: createRoom({ code, review: built.value.review, questions: built.value.questions, now: now() }), secretHash: hashSecret(secret) };
      rooms.set(code, live);
      store.save(live.room, live.secretHash);
      return json(res, 201, { code, secret, join: joinUrl(req, code), questions: built.value.questions.length });
    }
    const live = roomFromPath(url.pathname);
    if (live && url.pathname.endsWith('/qr.svg')) {
      const svg = renderSVG(joinUrl(req, live.room.code), { border: 2 });
      res.writeHead(200, { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'no-store' }).end(svg);
      return;
    }
    if (live && url.pathname.endsWith('/report.csv')) {
      if (!secretMatches(req, live)) return json(res, 403, { error: '이 방의 보고서를 받을 권한이 없습니다.' });
      const titles = new Map(live.room.questions.map((q) => [q.id, q.prompt.length > 60 ? `${q.prompt.slice(0, 59)}…` : q.prompt]));
      res.writeHead(200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="class-report-${live.room.code}.csv"`,
        'Cache-Control': 'no-store',
      });
      res.end(reportCsv(classReport(live.room), titles));
      return;
    }
    if (url.pathname.startsWith('/api/')) return json(res, 404, { error: '없는 API입니다.' });
    // Tells the static pages that a classroom server is here, so they ask /api/health only then (on a static host a
    // 404 from that request would be noise in every visitor's console).
    res.setHeader('Set-Cookie', `${CLASSROOM_COOKIE}=1; Path=/; SameSite=Strict`);
    serveStatic(options.distDir, req, res);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log(`요청 처리 중 오류: ${String(error)}`);
      if (!res.headersSent) json(res, 500, { error: '서버 오류가 났습니다.' });
    });
  });
  const sockets = new WebSocketServer({
    server,
    path: '/ws',
    maxPayload: MAX_MESSAGE_BYTES,
    verifyClient: ({ req }: { req: IncomingMessage }) => sameOrigin(req),
  });
  sockets.on('connection', (socket, req) => {
    const connection: Connection = { socket, address: addressOf(req), role: 'none', code: null, studentId: null, lastSent: '' };
    connections.add(connection);
    messageLimits.set(connection, new RateLimiter(MESSAGE_RULE));
    socket.on('message', (data, isBinary) => {
      if (isBinary) return refuse(connection, 'binary', '텍스트 메시지만 받습니다.');
      onMessage(connection, data.toString());
    });
    // ws closes the socket itself on an oversized frame (1009); errors are per connection and must not stop the server.
    socket.on('error', () => {});
    socket.on('close', () => {
      connections.delete(connection);
      messageLimits.delete(connection);
    });
  });

  // Countdowns lock questions by the clock; idle rooms expire after 12 hours.
  const ticker = setInterval(() => {
    for (const [code, live] of rooms) if (live.room.phase === 'open' && live.room.deadline !== null) apply(code, { type: 'tick' }, { role: 'system' });
  }, 250);
  const sweeper = setInterval(() => {
    for (const code of store.expire(now())) {
      rooms.delete(code);
      standingsCache.delete(code);
    }
    guessLimit.sweep(now());
    createLimit.sweep(now());
  }, 60_000);
  for (const code of store.expire(now())) rooms.delete(code);

  await new Promise<void>((resolve) => server.listen(options.port, options.host, resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://${options.host === '0.0.0.0' ? 'localhost' : options.host}:${port}`,
    stats: () => ({ rooms: rooms.size, connections: connections.size }),
    close: async () => {
      clearInterval(ticker);
      clearInterval(sweeper);
      for (const connection of connections) connection.socket.terminate();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
      store.close();
    },
  };
}

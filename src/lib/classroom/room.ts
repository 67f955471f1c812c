// A live classroom room as one pure reducer: the instructor opens, locks and reveals questions; students join with a
// nickname and answer on their phones. The server (server/classroom/) authenticates the actor and persists the state;
// everything that decides what happens lives here, with the clock passed in.
import { normalizeNickname } from './nickname.ts';

export type Phase = 'lobby' | 'open' | 'locked' | 'revealed' | 'ended';

/** A question as the room needs it: choices in display order (the order of the printed answer key). */
export interface LiveQuestion {
  readonly id: string;
  /** `discuss`: shown on the projector and discussed, not answered on phones (typed, ordering, matching). */
  readonly kind: 'single' | 'multiple' | 'true-false' | 'discuss';
  /** Number of choices a student can tap; 0 for `discuss`. */
  readonly choices: number;
  /** Right choices, as display indices (sorted). Empty for `discuss`. */
  readonly key: readonly number[];
  readonly lesson: string;
  /** Question text (may hold `code` in backticks; always rendered as text). */
  readonly prompt: string;
  /** Choice texts in display order (참/거짓 for true/false; empty for `discuss`). */
  readonly options: readonly string[];
  readonly explanation: string;
  /** The answer in words for a discussed question (typed answer, the right order, the pairs); null otherwise. */
  readonly answerText: string | null;
}

export interface Student {
  readonly id: string;
  readonly nickname: string;
  readonly joinedAt: number;
}

export interface Answer {
  /** Chosen display indices, sorted, without duplicates. */
  readonly choice: readonly number[];
  readonly at: number;
}

export interface RoomSettings {
  /** Seconds a question stays open; 0 = until the instructor locks it. */
  readonly seconds: number;
  readonly leaderboard: boolean;
  /** Faster right answers earn more; off by default (speed rewards guessing). */
  readonly speedBonus: boolean;
}

export interface RoomState {
  readonly code: string;
  /** The review link's query string: the session (questions and option order) the room was created from. */
  readonly review: string;
  readonly questions: readonly LiveQuestion[];
  readonly settings: RoomSettings;
  readonly phase: Phase;
  /** Current question; -1 in the lobby. */
  readonly index: number;
  readonly openedAt: number | null;
  /** When the open question locks by itself; null without a countdown. */
  readonly deadline: number | null;
  readonly students: readonly Student[];
  /** Answers by question id, then by student id. */
  readonly answers: ReadonlyMap<string, ReadonlyMap<string, Answer>>;
  /** Questions whose key has been shown: only these count toward scores. */
  readonly revealed: readonly string[];
  /** When each question was (last) opened, for the speed bonus. */
  readonly opened: ReadonlyMap<string, number>;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** A lecture hall; one process is measured with 300 in a room and 20 rooms of 100 (npm run bench -- classroom). */
export const MAX_STUDENTS = 300;
export const MAX_SECONDS = 600;
export const POINTS_RIGHT = 1000;
export const POINTS_SPEED_MAX = 500;

export type Actor = { readonly role: 'instructor' } | { readonly role: 'student'; readonly studentId: string } | { readonly role: 'system' };

export type RoomCommand =
  | { readonly type: 'join'; readonly studentId: string; readonly nickname: string }
  | { readonly type: 'answer'; readonly question: number; readonly choice: readonly number[] }
  | { readonly type: 'open' }
  | { readonly type: 'lock' }
  | { readonly type: 'reveal' }
  | { readonly type: 'next' }
  | { readonly type: 'end' }
  | { readonly type: 'settings'; readonly leaderboard?: boolean | undefined; readonly speedBonus?: boolean | undefined; readonly seconds?: number | undefined }
  /** The clock passed the deadline: lock the question. */
  | { readonly type: 'tick' };

export type RoomResult = { ok: true; value: RoomState } | { ok: false; error: { code: string; message: string } };

const refuse = (code: string, message: string): RoomResult => ({ ok: false, error: { code, message } });

export function createRoom(input: { code: string; review: string; questions: readonly LiveQuestion[]; settings?: Partial<RoomSettings>; now: number }): RoomState {
  return {
    code: input.code,
    review: input.review,
    questions: input.questions,
    settings: { seconds: 30, leaderboard: true, speedBonus: false, ...input.settings },
    phase: 'lobby',
    index: -1,
    openedAt: null,
    deadline: null,
    students: [],
    answers: new Map(),
    revealed: [],
    opened: new Map(),
    createdAt: input.now,
    updatedAt: input.now,
  };
}

const INSTRUCTOR_ONLY = new Set<RoomCommand['type']>(['open', 'lock', 'reveal', 'next', 'end', 'settings']);

/** Applies one command. Refusals carry a Korean reason for the sender and leave the room as it was. */
export function reduceRoom(room: RoomState, command: RoomCommand, actor: Actor, now: number): RoomResult {
  if (INSTRUCTOR_ONLY.has(command.type) && actor.role !== 'instructor') {
    return refuse('forbidden', '강사만 수업을 진행할 수 있습니다.');
  }
  const touched = (next: Omit<RoomState, 'updatedAt'>): RoomResult => ({ ok: true, value: { ...next, updatedAt: now } });
  switch (command.type) {
    case 'join':
      return join(room, command, actor, now);
    case 'answer':
      return answer(room, command, actor, now);
    case 'open': {
      if (room.phase === 'ended') return refuse('ended', '수업이 끝났습니다.');
      if (room.phase === 'open') return refuse('phase', '이미 문제가 열려 있습니다.');
      if (room.questions.length === 0) return refuse('empty', '이 수업에는 문제가 없습니다.');
      // From the lobby the first question opens; after a reveal, `next` moves on and opens.
      if (room.phase === 'revealed') return refuse('phase', '다음 문제로 넘어가려면 "다음"을 누르세요.');
      const index = room.phase === 'lobby' ? 0 : room.index;
      return touched(openQuestion(room, index, now));
    }
    case 'lock':
      if (room.phase !== 'open') return refuse('phase', '열려 있는 문제가 없습니다.');
      return touched({ ...room, phase: 'locked', deadline: null });
    case 'tick':
      if (room.phase !== 'open' || room.deadline === null || now < room.deadline) return { ok: true, value: room };
      return touched({ ...room, phase: 'locked', deadline: null });
    case 'reveal': {
      if (room.phase !== 'open' && room.phase !== 'locked') return refuse('phase', '공개할 문제가 없습니다.');
      const question = room.questions[room.index];
      if (!question) return refuse('phase', '공개할 문제가 없습니다.');
      const revealed = room.revealed.includes(question.id) ? room.revealed : [...room.revealed, question.id];
      return touched({ ...room, phase: 'revealed', deadline: null, revealed });
    }
    case 'next': {
      if (room.phase === 'ended') return refuse('ended', '수업이 끝났습니다.');
      if (room.phase === 'lobby') return touched(openQuestion(room, 0, now));
      const index = room.index + 1;
      if (index >= room.questions.length) return touched({ ...room, phase: 'ended', deadline: null, openedAt: null });
      return touched(openQuestion(room, index, now));
    }
    case 'end':
      if (room.phase === 'ended') return { ok: true, value: room };
      return touched({ ...room, phase: 'ended', deadline: null });
    case 'settings': {
      const seconds = command.seconds ?? room.settings.seconds;
      if (!Number.isInteger(seconds) || seconds < 0 || seconds > MAX_SECONDS) {
        return refuse('settings', `제한 시간은 0–${MAX_SECONDS}초의 정수여야 합니다.`);
      }
      return touched({
        ...room,
        settings: {
          seconds,
          leaderboard: command.leaderboard ?? room.settings.leaderboard,
          speedBonus: command.speedBonus ?? room.settings.speedBonus,
        },
      });
    }
  }
}

function openQuestion(room: RoomState, index: number, now: number): Omit<RoomState, 'updatedAt'> {
  const question = room.questions[index];
  // A discussion question has nothing to answer on phones: it opens straight into "locked" for the projector.
  const discuss = question?.kind === 'discuss';
  const opened = new Map(room.opened);
  if (question) opened.set(question.id, now);
  return {
    ...room,
    opened,
    phase: discuss ? 'locked' : 'open',
    index,
    openedAt: now,
    deadline: !discuss && room.settings.seconds > 0 ? now + room.settings.seconds * 1000 : null,
  };
}

function join(room: RoomState, command: Extract<RoomCommand, { type: 'join' }>, actor: Actor, now: number): RoomResult {
  if (actor.role !== 'system') return refuse('forbidden', '참가는 서버를 통해서만 할 수 있습니다.');
  if (room.phase === 'ended') return refuse('ended', '이미 끝난 수업입니다.');
  if (room.students.some((s) => s.id === command.studentId)) return refuse('duplicate-id', '이미 참가한 학생입니다.');
  if (room.students.length >= MAX_STUDENTS) return refuse('full', `이 수업은 정원(${MAX_STUDENTS}명)이 찼습니다.`);
  const checked = normalizeNickname(command.nickname);
  if (!checked.ok) return checked;
  const taken = room.students.some((s) => s.nickname.toLocaleLowerCase('ko') === checked.value.toLocaleLowerCase('ko'));
  if (taken) return refuse('nickname-taken', '이미 쓰고 있는 닉네임입니다. 다른 닉네임을 고르세요.');
  return {
    ok: true,
    value: { ...room, students: [...room.students, { id: command.studentId, nickname: checked.value, joinedAt: now }], updatedAt: now },
  };
}

function answer(room: RoomState, command: Extract<RoomCommand, { type: 'answer' }>, actor: Actor, now: number): RoomResult {
  if (actor.role !== 'student') return refuse('forbidden', '학생만 답할 수 있습니다.');
  if (!room.students.some((s) => s.id === actor.studentId)) return refuse('not-joined', '먼저 닉네임을 입력해 참가하세요.');
  if (command.question !== room.index) return refuse('stale', '지금 열린 문제가 아닙니다.');
  const question = room.questions[room.index];
  if (!question || question.kind === 'discuss') return refuse('not-answerable', '이 문제는 휴대폰으로 답하지 않습니다.');
  if (room.phase !== 'open' || (room.deadline !== null && now >= room.deadline)) return refuse('locked', '답이 이미 잠겼습니다.');
  const choice = [...new Set(command.choice)].sort((a, b) => a - b);
  if (choice.length === 0) return refuse('empty', '보기를 하나 이상 고르세요.');
  if (choice.some((c) => !Number.isInteger(c) || c < 0 || c >= question.choices)) return refuse('choice', '없는 보기입니다.');
  if (question.kind !== 'multiple' && choice.length !== 1) return refuse('choice', '보기를 하나만 고르세요.');
  const forQuestion = new Map(room.answers.get(question.id) ?? []);
  // Changing an answer replaces it: each student counts once per question.
  forQuestion.set(actor.studentId, { choice, at: now });
  const answers = new Map(room.answers);
  answers.set(question.id, forQuestion);
  return { ok: true, value: { ...room, answers, updatedAt: now } };
}

export function isRight(question: LiveQuestion, choice: readonly number[]): boolean {
  return question.key.length === choice.length && question.key.every((k, i) => choice[i] === k);
}

/** Points for one answer: a right answer scores; with the speed bonus on, earlier answers score more. */
export function pointsFor(room: RoomState, question: LiveQuestion, given: Answer): number {
  if (!isRight(question, given.choice)) return 0;
  if (!room.settings.speedBonus || room.settings.seconds <= 0) return POINTS_RIGHT;
  // The bonus falls linearly from the moment the question opened to the end of its time.
  const openedAt = room.opened.get(question.id) ?? given.at;
  const window = room.settings.seconds * 1000;
  const late = Math.min(1, Math.max(0, (given.at - openedAt) / window));
  return POINTS_RIGHT + Math.round(POINTS_SPEED_MAX * (1 - late));
}

export interface Standing {
  readonly studentId: string;
  readonly nickname: string;
  readonly score: number;
  readonly right: number;
  readonly answered: number;
  /** 1-based; equal scores share a rank. */
  readonly rank: number;
}

/** Scores over revealed questions, best first (ties by nickname, so the order is stable). */
export function standings(room: RoomState): Standing[] {
  const rows = room.students.map((student) => {
    let score = 0;
    let right = 0;
    let answered = 0;
    for (const id of room.revealed) {
      const question = room.questions.find((q) => q.id === id);
      const given = room.answers.get(id)?.get(student.id);
      if (!question || !given) continue;
      answered++;
      if (isRight(question, given.choice)) right++;
      score += pointsFor(room, question, given);
    }
    return { studentId: student.id, nickname: student.nickname, score, right, answered };
  });
  rows.sort((a, b) => b.score - a.score || a.nickname.localeCompare(b.nickname, 'ko'));
  let rank = 0;
  return rows.map((row, i) => {
    if (i === 0 || rows[i - 1]?.score !== row.score) rank = i + 1;
    return { ...row, rank };
  });
}

/** How many students chose each option of a question (display order), and how many answered. */
export function distribution(room: RoomState, questionIndex: number): { counts: number[]; answered: number } {
  const question = room.questions[questionIndex];
  if (!question) return { counts: [], answered: 0 };
  const counts = Array.from({ length: question.choices }, () => 0);
  const given = room.answers.get(question.id);
  for (const a of given?.values() ?? []) for (const c of a.choice) counts[c] = (counts[c] ?? 0) + 1;
  return { counts, answered: given?.size ?? 0 };
}

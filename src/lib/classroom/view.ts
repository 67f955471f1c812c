// What each screen may see of a room. Students never receive the key or others' answers before the reveal; the
// projector gets counts, and names only where the leaderboard is on.
import { distribution, isRight, standings, type Phase, type RoomState, type Standing } from './room.ts';

export interface ProjectorView {
  readonly code: string;
  readonly phase: Phase;
  readonly index: number;
  readonly total: number;
  readonly deadline: number | null;
  readonly joined: number;
  /** Who has joined, latest first (lobby only; at most NICKNAMES_SHOWN). */
  readonly nicknames: readonly string[];
  readonly answered: number;
  /** Per option counts and the key, only once revealed. */
  readonly reveal: { readonly counts: readonly number[]; readonly key: readonly number[] } | null;
  /** The top of the table (at most LEADERBOARD_SHOWN); the full table is in the class report. */
  readonly leaderboard: readonly Standing[] | null;
  readonly settings: RoomState['settings'];
}

export const NICKNAMES_SHOWN = 60;
export const LEADERBOARD_SHOWN = 10;

export interface StudentView {
  readonly code: string;
  readonly phase: Phase;
  readonly index: number;
  readonly total: number;
  readonly deadline: number | null;
  readonly nickname: string;
  readonly kind: 'single' | 'multiple' | 'true-false' | 'discuss' | null;
  readonly choices: number;
  /** This student's answer to the current question, if any. */
  readonly myChoice: readonly number[] | null;
  /** After the reveal: the key and whether this student was right. */
  readonly result: { readonly key: readonly number[]; readonly right: boolean } | null;
  readonly score: number;
  readonly rank: number | null;
}

/** Where the class is: the part of the room every screen shows alike. */
function progressOf(room: RoomState) {
  return { code: room.code, phase: room.phase, index: room.index, total: room.questions.length, deadline: room.deadline };
}

export function projectorView(room: RoomState, table: readonly Standing[] = standings(room)): ProjectorView {
  const question = room.questions[room.index];
  const shown = question !== undefined && room.revealed.includes(question.id) && room.phase === 'revealed';
  const dist = distribution(room, room.index);
  return {
    ...progressOf(room),
    joined: room.students.length,
    nicknames: room.phase === 'lobby' ? room.students.slice(-NICKNAMES_SHOWN).map((s) => s.nickname).reverse() : [],
    answered: dist.answered,
    reveal: shown ? { counts: dist.counts, key: question.key } : null,
    leaderboard: room.settings.leaderboard || room.phase === 'ended' ? table.slice(0, LEADERBOARD_SHOWN) : null,
    settings: room.settings,
  };
}

/** `table` lets a server building every student's view compute the standings once. */
export function studentView(room: RoomState, studentId: string, table: readonly Standing[] = standings(room)): StudentView | null {
  const student = room.students.find((s) => s.id === studentId);
  if (!student) return null;
  const question = room.questions[room.index];
  const mine = question ? room.answers.get(question.id)?.get(studentId) : undefined;
  const shown = question !== undefined && room.phase === 'revealed';
  const standing = table.find((s) => s.studentId === studentId);
  return {
    ...progressOf(room),
    nickname: student.nickname,
    kind: question?.kind ?? null,
    choices: question?.choices ?? 0,
    myChoice: mine?.choice ?? null,
    result: shown && question.kind !== 'discuss' ? { key: question.key, right: mine !== undefined && isRight(question, mine.choice) } : null,
    score: standing?.score ?? 0,
    rank: room.settings.leaderboard || room.phase === 'ended' ? (standing?.rank ?? null) : null,
  };
}

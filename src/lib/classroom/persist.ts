// A room as JSON for the server's SQLite table and back. Parsing a stored row is checked like any other input:
// a row that does not fit is reported, never half-loaded.
import type { Answer, LiveQuestion, RoomState, Student } from './room.ts';

interface StoredRoom extends Omit<RoomState, 'answers' | 'opened'> {
  readonly answers: [string, [string, Answer][]][];
  readonly opened: [string, number][];
}

/**
 * A room as JSON. `withAnswers: false` leaves the answers out: the server stores each answer as its own row, so an
 * answer costs one small write instead of rewriting every answer of the room.
 */
export function serializeRoom(room: RoomState, withAnswers = true): string {
  const stored: StoredRoom = {
    ...room,
    answers: withAnswers ? [...room.answers].map(([q, byStudent]) => [q, [...byStudent]]) : [],
    opened: [...room.opened],
  };
  return JSON.stringify(stored);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown): v is number => Number.isInteger(v);

function isQuestion(v: unknown): v is LiveQuestion {
  return (
    isObject(v) && typeof v['id'] === 'string' && ['single', 'multiple', 'true-false', 'discuss'].includes(String(v['kind'])) &&
    isInt(v['choices']) && Array.isArray(v['key']) && v['key'].every(isInt) && typeof v['lesson'] === 'string' &&
    typeof v['prompt'] === 'string' && Array.isArray(v['options']) && v['options'].every((o) => typeof o === 'string') &&
    typeof v['explanation'] === 'string' && (v['answerText'] === null || typeof v['answerText'] === 'string')
  );
}
function isStudent(v: unknown): v is Student {
  return isObject(v) && typeof v['id'] === 'string' && typeof v['nickname'] === 'string' && isInt(v['joinedAt']);
}
function isAnswer(v: unknown): v is Answer {
  return isObject(v) && Array.isArray(v['choice']) && v['choice'].every(isInt) && isInt(v['at']);
}

export function parseRoom(text: string): { ok: true; value: RoomState } | { ok: false; error: { code: string; message: string } } {
  const bad = (message: string) => ({ ok: false as const, error: { code: 'stored-room', message } });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return bad('저장된 방 데이터가 JSON이 아닙니다.');
  }
  if (!isObject(data)) return bad('저장된 방 데이터의 형식이 아닙니다.');
  const { code, review, questions, settings, phase, index, openedAt, deadline, students, answers, revealed, opened, createdAt, updatedAt } = data;
  if (typeof code !== 'string' || typeof review !== 'string') return bad('방 코드나 복습 링크가 없습니다.');
  if (!Array.isArray(questions) || !questions.every(isQuestion)) return bad('문제 목록이 잘못되었습니다.');
  if (!isObject(settings) || !isInt(settings['seconds']) || typeof settings['leaderboard'] !== 'boolean' || typeof settings['speedBonus'] !== 'boolean') return bad('설정이 잘못되었습니다.');
  if (!['lobby', 'open', 'locked', 'revealed', 'ended'].includes(String(phase)) || !isInt(index)) return bad('진행 상태가 잘못되었습니다.');
  if (!(openedAt === null || isInt(openedAt)) || !(deadline === null || isInt(deadline))) return bad('시각이 잘못되었습니다.');
  if (!Array.isArray(students) || !students.every(isStudent)) return bad('학생 목록이 잘못되었습니다.');
  if (!Array.isArray(revealed) || !revealed.every((r) => typeof r === 'string')) return bad('공개한 문제 목록이 잘못되었습니다.');
  if (!isInt(createdAt) || !isInt(updatedAt)) return bad('시각이 잘못되었습니다.');
  if (!Array.isArray(answers)) return bad('답안이 잘못되었습니다.');
  const answerMap = new Map<string, Map<string, Answer>>();
  for (const entry of answers) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !Array.isArray(entry[1])) return bad('답안이 잘못되었습니다.');
    const byStudent = new Map<string, Answer>();
    for (const row of entry[1]) {
      if (!Array.isArray(row) || typeof row[0] !== 'string' || !isAnswer(row[1])) return bad('답안이 잘못되었습니다.');
      byStudent.set(row[0], row[1]);
    }
    answerMap.set(entry[0], byStudent);
  }
  if (!Array.isArray(opened) || !opened.every((o) => Array.isArray(o) && typeof o[0] === 'string' && isInt(o[1]))) return bad('문제 시작 시각이 잘못되었습니다.');
  return {
    ok: true,
    value: {
      code,
      review,
      questions,
      settings: { seconds: settings['seconds'] as number, leaderboard: settings['leaderboard'] as boolean, speedBonus: settings['speedBonus'] as boolean },
      phase: phase as RoomState['phase'],
      index,
      openedAt,
      deadline,
      students,
      answers: answerMap,
      revealed,
      opened: new Map(opened as [string, number][]),
      createdAt,
      updatedAt,
    },
  };
}

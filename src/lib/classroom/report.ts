// The class report: right-answer rate per question, the hardest questions, and each student's score; as CSV too.
import { isRight, standings, type RoomState } from './room.ts';

export interface QuestionRow {
  readonly number: number;
  readonly id: string;
  readonly answered: number;
  readonly right: number;
  /** 0–1; null when nobody answered or the question was discussed, not answered. */
  readonly rate: number | null;
}

export interface ClassReport {
  readonly questions: readonly QuestionRow[];
  /** Answered questions, lowest right-answer rate first (at most five). */
  readonly hardest: readonly QuestionRow[];
  readonly students: ReturnType<typeof standings>;
}

export function classReport(room: RoomState): ClassReport {
  const questions = room.questions.map((question, i): QuestionRow => {
    const given = [...(room.answers.get(question.id)?.values() ?? [])];
    const right = question.kind === 'discuss' ? 0 : given.filter((a) => isRight(question, a.choice)).length;
    return { number: i + 1, id: question.id, answered: given.length, right, rate: given.length > 0 && question.kind !== 'discuss' ? right / given.length : null };
  });
  const hardest = questions
    .filter((q) => q.rate !== null)
    .sort((a, b) => (a.rate ?? 0) - (b.rate ?? 0) || a.number - b.number)
    .slice(0, 5);
  return { questions, hardest, students: standings(room) };
}

/** RFC 4180 quoting; a leading =, +, - or @ is neutralised so a spreadsheet never runs a nickname as a formula. */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/u.test(text)) text = `'${text}`;
  return /[",\r\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The report as CSV with a byte-order mark, so spreadsheet programs read the Korean correctly. */
export function reportCsv(report: ClassReport, titles: ReadonlyMap<string, string>): string {
  const lines: string[] = [];
  lines.push(['구분', '번호', '문제', '응답 수', '정답 수', '정답률(%)'].map(csvCell).join(','));
  for (const q of report.questions) {
    const rate = q.rate === null ? '' : Math.round(q.rate * 1000) / 10;
    lines.push(['문제', q.number, titles.get(q.id) ?? q.id, q.answered, q.right, rate].map(csvCell).join(','));
  }
  lines.push('');
  lines.push(['구분', '순위', '닉네임', '점수', '정답 수', '응답 수'].map(csvCell).join(','));
  for (const s of report.students) lines.push(['학생', s.rank, s.nickname, s.score, s.right, s.answered].map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

// Cross-file checks of the question bank, run during `astro build` (from the quiz page frontmatter).
// Each problem names the file and the question so the writer can fix it in one go.
import type { Question } from './question-schema.ts';
import { compactAnswer } from './grading.ts';

export interface BankFile {
  /** Path shown in messages, e.g. src/content/questions/ami.yaml */
  file: string;
  lesson: string;
  questions: readonly Question[];
}

export interface LessonAnchors {
  id: string;
  /** Heading slugs of the lesson (`render(entry).headings[].slug`). */
  anchors: ReadonlySet<string>;
}

export interface BankIssue {
  file: string;
  questionId: string | null;
  code: 'duplicate-id' | 'unknown-lesson' | 'unknown-section' | 'answer-key' | 'too-few-options' | 'too-few-steps' | 'too-few-pairs' | 'duplicate-item' | 'empty-answer';
  message: string;
}

export function checkBank(files: readonly BankFile[], lessons: readonly LessonAnchors[]): BankIssue[] {
  const issues: BankIssue[] = [];
  const byLesson = new Map(lessons.map((l) => [l.id, l.anchors]));
  const seen = new Map<string, string>();
  for (const f of files) {
    const anchors = byLesson.get(f.lesson);
    const add = (q: Question | null, code: BankIssue['code'], message: string) =>
      issues.push({ file: f.file, questionId: q ? q.id : null, code, message });
    if (!anchors) {
      add(null, 'unknown-lesson', `레슨 id "${f.lesson}"인 레슨이 없습니다 (있는 레슨: ${[...byLesson.keys()].join(', ') || '없음'})`);
    }
    for (const q of f.questions) {
      const other = seen.get(q.id);
      if (other !== undefined) add(q, 'duplicate-id', `문항 id가 중복됩니다 (처음 나온 곳: ${other})`);
      else seen.set(q.id, f.file);
      if (anchors && !anchors.has(q.section)) {
        add(q, 'unknown-section', `레슨 ${f.lesson}에 절 앵커 #${q.section}이(가) 없습니다 (있는 앵커: ${[...anchors].join(', ')})`);
      }
      switch (q.kind) {
        case 'single':
        case 'multiple': {
          if (q.options.length < 3) add(q, 'too-few-options', `선택형 문항은 보기가 3개 이상이어야 합니다 (지금 ${q.options.length}개)`);
          const keys = q.kind === 'single' ? [q.answer] : q.answers;
          const bad = keys.filter((k) => !Number.isInteger(k) || k < 0 || k >= q.options.length);
          if (bad.length > 0) add(q, 'answer-key', `정답 번호 ${bad.join(', ')}에 해당하는 보기가 없습니다 (보기 ${q.options.length}개, 0부터 셉니다)`);
          if (q.kind === 'multiple') {
            if (keys.length === 0) add(q, 'answer-key', '복수 선택 문항에 정답이 하나도 없습니다');
            if (new Set(keys).size !== keys.length) add(q, 'answer-key', '정답 번호가 중복되었습니다');
          }
          const texts = q.options.map((o) => compactAnswer(o.text));
          if (new Set(texts).size !== texts.length) add(q, 'duplicate-item', '보기 중에 같은 내용이 있습니다');
          break;
        }
        case 'ordering': {
          if (q.steps.length < 3) add(q, 'too-few-steps', `순서 문항은 단계가 3개 이상이어야 합니다 (지금 ${q.steps.length}개)`);
          if (new Set(q.steps.map(compactAnswer)).size !== q.steps.length) add(q, 'duplicate-item', '같은 단계가 두 번 나옵니다 (순서를 채점할 수 없습니다)');
          break;
        }
        case 'matching': {
          if (q.pairs.length < 3) add(q, 'too-few-pairs', `연결 문항은 짝이 3개 이상이어야 합니다 (지금 ${q.pairs.length}개)`);
          if (new Set(q.pairs.map((p) => compactAnswer(p.left))).size !== q.pairs.length) add(q, 'duplicate-item', '왼쪽 항목 중에 같은 내용이 있습니다');
          break;
        }
        case 'typed': {
          if (q.accepted.length === 0 || q.accepted.some((a) => compactAnswer(a).length === 0)) {
            add(q, 'empty-answer', '인정 답안이 비었거나 문장 부호만 있습니다');
          }
          break;
        }
        case 'true-false':
          break;
      }
    }
  }
  return issues;
}

export function formatBankIssues(issues: readonly BankIssue[]): string {
  return [
    `문항 은행 검사에서 문제 ${issues.length}건을 찾았습니다:`,
    ...issues.map((i) => `- ${i.file}${i.questionId ? ` · 문항 ${i.questionId}` : ''}: ${i.message}`),
  ].join('\n');
}

/** Throws (failing the build) when the bank has problems. */
export function assertBank(files: readonly BankFile[], lessons: readonly LessonAnchors[]): void {
  const issues = checkBank(files, lessons);
  if (issues.length > 0) throw new Error(formatBankIssues(issues));
}

// Cross-file checks of the question bank, run during `astro build` (bank-data.ts, for /question-bank.json and the
// quiz pages). Each problem names the file and the question so the writer can fix it in one go.
// Two families: structural problems (a broken key, an unknown anchor) always fail the build; cue checks (a bank a
// test-wise learner could score on without knowing: true/false skew, the longest option as key, one multi-select
// key size, an answer printed in its own prompt, prompts citing note files, a missing source or `wrong:` list) fail
// it too while ENFORCE_CUE_CHECKS is on (off, they are printed as warnings).
import type { Question } from './question-schema.ts';
import { answerVariants, checkTyped, compactAnswer } from './grading.ts';
import { answerMatcher, distractorTexts } from './leaks.ts';

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
  code: StructuralCode | CueCode;
  message: string;
}

export type StructuralCode = 'duplicate-id' | 'unknown-lesson' | 'unknown-section' | 'answer-key' | 'too-few-options' | 'too-few-steps' | 'too-few-pairs' | 'duplicate-item' | 'empty-answer' | 'grader-disagrees';

export const CUE_CODES = ['true-false-balance', 'key-longest', 'multiple-key-size', 'matching-right-repeated', 'prompt-gives-answer', 'note-citation', 'missing-source', 'missing-wrong'] as const;
export type CueCode = (typeof CUE_CODES)[number];

export const isCueIssue = (i: BankIssue): boolean => (CUE_CODES as readonly string[]).includes(i.code);

/** The thresholds the cue checks hold the bank to (issue 13 §2). */
export const CUE_LIMITS = {
  /** Share of true keys among true/false items, over the bank. */
  trueShare: { min: 0.4, max: 0.6 },
  /** Share of true keys in any one lesson. */
  lessonTrueShare: { min: 0.3, max: 0.7 },
  /** Share of single-choice items whose key is the strictly longest option. */
  keyLongestShare: 0.35,
} as const;

/** Fail the build on cue issues (off: they are printed as warnings). */
export const ENFORCE_CUE_CHECKS = true;

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
          // The grader must agree with the author: every accepted answer right, every listed near miss wrong.
          const options = { exact: q.exact, wrong: q.wrong };
          const rejected = q.accepted.filter((a) => compactAnswer(a).length > 0 && checkTyped(a, q.accepted, options).result !== 'correct');
          if (rejected.length > 0) add(q, 'grader-disagrees', `채점기가 인정 답안 ${rejected.map((a) => `"${a}"`).join(', ')}을(를) 정답으로 받지 않습니다`);
          const passed = (q.wrong ?? []).filter((w) => checkTyped(w, q.accepted, options).result !== 'wrong');
          if (passed.length > 0) add(q, 'grader-disagrees', `wrong:에 적은 ${passed.map((w) => `"${w}"`).join(', ')}을(를) 채점기가 정답(또는 오타)으로 받습니다. 인정 답안과 겹치지 않는지, exact: true가 필요한지 확인합니다`);
          break;
        }
        case 'true-false':
          break;
      }
    }
  }
  return issues;
}

const percent = (x: number) => `${Math.round(x * 100)}%`;

/** `hits` of `n` is within [min, max], or no count could be (one item of one is neither 30 % nor 70 %). */
function withinShare(hits: number, n: number, min: number, max: number): boolean {
  const achievable = Math.ceil(min * n - 1e-9) <= Math.floor(max * n + 1e-9);
  return n === 0 || !achievable || (hits / n >= min - 1e-9 && hits / n <= max + 1e-9);
}

/** Strictly longer than every other option (characters, spaces removed). */
export function keyIsStrictlyLongest(q: Question): boolean {
  if (q.kind !== 'single') return false;
  const lengths = q.options.map((o) => [...compactAnswer(o.text)].length);
  const key = lengths[q.answer] ?? 0;
  return lengths.every((l, i) => i === q.answer || l < key);
}

/** A prompt that prints its own answer: a typed question's accepted answer, or a single-choice key without its distractors. */
export function promptGivesAnswer(q: Question): string | null {
  const prompt = compactAnswer(q.prompt).length > 0 ? q.prompt.normalize('NFKC').toLowerCase().replace(/[\p{P}\p{S}]+/gu, ' ') : '';
  const shows = (text: string) => answerMatcher(text)?.test(prompt) === true;
  if (q.kind === 'typed') return answerVariants(q.accepted).find(shows) ?? null;
  if (q.kind === 'single') {
    const key = q.options[q.answer]?.text ?? '';
    return shows(key) && !distractorTexts(q).some(shows) ? key : null;
  }
  return null;
}

const NOTE_CITATION = /노트\s*[0-9０-９]{1,4}|\b[0-9]{3}_[^\s]*\.txt/u;

/** Cue checks over the whole bank: statistics against CUE_LIMITS and per-question rules. */
export function checkCues(files: readonly BankFile[]): BankIssue[] {
  const issues: BankIssue[] = [];
  const bankWide = 'src/content/questions/';
  let trueKeys = 0;
  let tfCount = 0;
  let singles = 0;
  const longest: { file: string; lesson: string; id: string }[] = [];
  const multiSizes = new Map<number, number>();
  for (const f of files) {
    const add = (q: Question, code: CueCode, message: string) => issues.push({ file: f.file, questionId: q.id, code, message });
    let lessonTrue = 0;
    let lessonTf = 0;
    for (const q of f.questions) {
      if (q.source === undefined) add(q, 'missing-source', '근거가 된 AWS 문서 URL(source)이 없습니다');
      const visible = [q.prompt, ...(q.kind === 'single' || q.kind === 'multiple' ? q.options.map((o) => o.text) : [])].join(' ');
      const cited = visible.match(NOTE_CITATION);
      if (cited) add(q, 'note-citation', `문항이 노트 파일("${cited[0]}")을 가리킵니다. 노트를 보지 않은 학습자도 풀 수 있게, 파일 대신 오해 자체를 적습니다 ("흔히 …라고 알려져 있습니다")`);
      const given = promptGivesAnswer(q);
      if (given !== null) add(q, 'prompt-gives-answer', `문제 문장에 정답 "${given}"이(가) 그대로 들어 있습니다. 정답 이름 대신 기능을 설명합니다`);
      switch (q.kind) {
        case 'true-false':
          lessonTf++;
          if (q.answer) lessonTrue++;
          break;
        case 'single':
          singles++;
          if (keyIsStrictlyLongest(q)) longest.push({ file: f.file, lesson: f.lesson, id: q.id });
          break;
        case 'multiple':
          multiSizes.set(q.answers.length, (multiSizes.get(q.answers.length) ?? 0) + 1);
          break;
        case 'matching': {
          const rights = q.pairs.map((p) => compactAnswer(p.right));
          const repeated = rights.filter((r, i) => rights.indexOf(r) !== i);
          if (repeated.length > 0) add(q, 'matching-right-repeated', '오른쪽 항목 중에 같은 내용이 있습니다. 짝이 일대일이 되도록, 두 범주에 들어맞는 항목은 고쳐 씁니다');
          break;
        }
        case 'typed':
          if (q.wrong.length === 0) add(q, 'missing-wrong', '주관식 문항에 틀려야 하는 근접 오답(wrong:)이 하나도 없습니다 (예: gp3에 대한 gp2)');
          break;
        case 'ordering':
          break;
      }
    }
    trueKeys += lessonTrue;
    tfCount += lessonTf;
    const { min, max } = CUE_LIMITS.lessonTrueShare;
    if (!withinShare(lessonTrue, lessonTf, min, max)) {
      issues.push({ file: f.file, questionId: null, code: 'true-false-balance', message: `레슨 ${f.lesson}의 참/거짓 문항 ${lessonTf}개 중 참이 ${lessonTrue}개(${percent(lessonTrue / lessonTf)})입니다. 한 레슨에서 참은 ${percent(min)}~${percent(max)}여야 합니다` });
    }
  }
  const { min, max } = CUE_LIMITS.trueShare;
  if (!withinShare(trueKeys, tfCount, min, max)) {
    issues.push({ file: bankWide, questionId: null, code: 'true-false-balance', message: `문항 은행 전체의 참/거짓 문항 ${tfCount}개 중 참이 ${trueKeys}개(${percent(trueKeys / tfCount)})입니다. 참은 ${percent(min)}~${percent(max)}여야 합니다` });
  }
  if (singles > 0 && longest.length / singles > CUE_LIMITS.keyLongestShare) {
    const byLesson = new Map<string, number>();
    for (const l of longest) byLesson.set(l.lesson, (byLesson.get(l.lesson) ?? 0) + 1);
    const worst = [...byLesson].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([l, n]) => `${l} ${n}개`).join(', ');
    issues.push({ file: bankWide, questionId: null, code: 'key-longest', message: `하나 고르기 문항 ${singles}개 중 ${longest.length}개(${percent(longest.length / singles)})에서 정답이 가장 긴 보기입니다. ${percent(CUE_LIMITS.keyLongestShare)} 이하여야 합니다 (많은 레슨: ${worst})` });
  }
  const multiTotal = [...multiSizes.values()].reduce((a, b) => a + b, 0);
  if (multiTotal >= 2 && multiSizes.size === 1) {
    const [size] = [...multiSizes.keys()];
    issues.push({ file: bankWide, questionId: null, code: 'multiple-key-size', message: `맞는 것 모두 고르기 문항 ${multiTotal}개의 정답 수가 모두 ${size}개입니다. 정답 수를 문항마다 다르게 합니다` });
  }
  return issues;
}

/** Figures behind the cue checks, for `npm run bench -- bank` and the build log. */
export interface CueStats {
  trueFalse: { lesson: string; true: number; total: number }[];
  singles: number;
  keyLongest: number;
  multipleKeySizes: Map<number, number>;
}

export function cueStats(files: readonly BankFile[]): CueStats {
  const trueFalse = files.map((f) => {
    const tf = f.questions.filter((q) => q.kind === 'true-false');
    return { lesson: f.lesson, true: tf.filter((q) => q.answer).length, total: tf.length };
  });
  const all = files.flatMap((f) => f.questions);
  const multipleKeySizes = new Map<number, number>();
  for (const q of all) if (q.kind === 'multiple') multipleKeySizes.set(q.answers.length, (multipleKeySizes.get(q.answers.length) ?? 0) + 1);
  return { trueFalse, singles: all.filter((q) => q.kind === 'single').length, keyLongest: all.filter(keyIsStrictlyLongest).length, multipleKeySizes };
}

export function formatBankIssues(issues: readonly BankIssue[]): string {
  return [
    `문항 은행 검사에서 문제 ${issues.length}건을 찾았습니다:`,
    ...issues.map((i) => `- ${i.file}${i.questionId ? ` · 문항 ${i.questionId}` : ''}: ${i.message}`),
  ].join('\n');
}

export interface AssertOptions {
  /** Fail on cue issues too (default ENFORCE_CUE_CHECKS). */
  enforceCues?: boolean;
  /** Where warnings go (default console.warn). */
  warn?: (message: string) => void;
}

/**
 * Throws (failing the build) when the bank has structural problems, or cue problems once they are enforced;
 * cue problems not yet enforced are printed as warnings.
 */
export function assertBank(files: readonly BankFile[], lessons: readonly LessonAnchors[], options: AssertOptions = {}): void {
  const enforce = options.enforceCues ?? ENFORCE_CUE_CHECKS;
  const issues = [...checkBank(files, lessons), ...checkCues(files)];
  const failing = enforce ? issues : issues.filter((i) => !isCueIssue(i));
  if (failing.length > 0) throw new Error(formatBankIssues(failing));
  if (issues.length > 0) (options.warn ?? console.warn)(`\n[경고: 아직 빌드를 멈추지 않는 문항 은행 단서 검사] ${formatBankIssues(issues)}`);
}

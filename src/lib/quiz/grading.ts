// Grading of every question kind. Pure: no DOM, no zod (the question types are imported as types only).
import { disassemble } from 'es-hangul';
import type { Question } from './question-schema.ts';

export type QuizQuestion = Question & { lesson: string };

export type QuizResponse =
  | { kind: 'single'; choice: number }
  | { kind: 'multiple'; choices: readonly number[] }
  | { kind: 'true-false'; value: boolean }
  | { kind: 'typed'; text: string }
  /** Original step indices in the order the learner put them. */
  | { kind: 'ordering'; order: readonly number[] }
  /** For each left item (pair index), the pair index of the right item chosen, or -1. */
  | { kind: 'matching'; map: readonly number[] };

export interface Verdict {
  correct: boolean;
  /** Typed answer accepted with one typo. */
  typo: boolean;
  /** Korean one-line result for the live region. */
  message: string;
  /** Per-item correctness: options (single/multiple: was the learner's mark right), steps, or pairs. */
  items: boolean[];
  /** Typed: the accepted answer that matched (or the first one). */
  expected?: string;
}

/** NFKC, lower case, punctuation and symbols to spaces, spaces collapsed. */
export function normalizeAnswer(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[\p{P}\p{S}]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

/** Normalized and without spaces: Korean spacing varies (보안 그룹 = 보안그룹). */
export function compactAnswer(s: string): string {
  return normalizeAnswer(s).replace(/ /g, '');
}

/** An accepted answer, plus its parts around parentheses: "보안 그룹(Security Group)" also accepts each name. */
export function answerVariants(accepted: readonly string[]): string[] {
  const out: string[] = [];
  for (const a of accepted) {
    out.push(a);
    const inner = [...a.matchAll(/[(（]([^)）]+)[)）]/g)].map((m) => m[1] ?? '');
    if (inner.length > 0) {
      out.push(a.replace(/[(（][^)）]*[)）]/g, ' '));
      out.push(...inner);
    }
  }
  return out.filter((v) => compactAnswer(v).length > 0);
}

/** Restricted Damerau–Levenshtein (a swap of two neighbours counts as one edit). */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  const d: number[][] = Array.from({ length: x.length + 1 }, (_, i) => Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const row = d[i] as number[];
      const prev = d[i - 1] as number[];
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) v = Math.min(v, ((d[i - 2] as number[])[j - 2] as number) + 1);
      row[j] = v;
    }
  }
  return (d[x.length] as number[])[y.length] as number;
}

/** Answers shorter than this (in characters, spaces removed) must be exact: EBS vs EFS stays wrong. */
export const TYPO_MIN_LENGTH = 4;

export interface TypedCheck {
  result: 'correct' | 'typo' | 'wrong';
  matched: string;
}

/** Checks a typed answer: exact after normalization, else one typo counted per jamo (보안그릅 ≈ 보안그룹). */
export function checkTyped(input: string, accepted: readonly string[]): TypedCheck {
  const typed = compactAnswer(input);
  const variants = answerVariants(accepted);
  const first = accepted[0] ?? '';
  if (typed.length === 0) return { result: 'wrong', matched: first };
  for (const v of variants) if (compactAnswer(v) === typed) return { result: 'correct', matched: v };
  const typedJamo = disassemble(typed);
  for (const v of variants) {
    const cv = compactAnswer(v);
    if ([...cv].length < TYPO_MIN_LENGTH) continue;
    if (editDistance(typedJamo, disassemble(cv)) <= 1) return { result: 'typo', matched: v };
  }
  return { result: 'wrong', matched: first };
}

export interface DiffPart {
  text: string;
  /** same: in both; missing: expected but not typed; extra: typed but not expected. */
  op: 'same' | 'missing' | 'extra';
}

/** Character diff between what was typed and the expected answer (both normalized), for the comparison view. */
export function diffAnswer(typed: string, expected: string): DiffPart[] {
  const a = [...normalizeAnswer(typed)];
  const b = [...normalizeAnswer(expected)];
  const L: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const row = L[i] as number[];
      row[j] = a[i] === b[j] ? ((L[i + 1] as number[])[j + 1] as number) + 1 : Math.max((L[i + 1] as number[])[j] as number, row[j + 1] as number);
    }
  }
  const parts: DiffPart[] = [];
  const push = (text: string, op: DiffPart['op']) => {
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += text;
    else parts.push({ text, op });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push(a[i] as string, 'same');
      i++;
      j++;
    } else if (((L[i + 1] as number[])[j] as number) >= ((L[i] as number[])[j + 1] as number)) push(a[i++] as string, 'extra');
    else push(b[j++] as string, 'missing');
  }
  while (i < a.length) push(a[i++] as string, 'extra');
  while (j < b.length) push(b[j++] as string, 'missing');
  return parts;
}

const OK = '정답입니다.';
const NO = '오답입니다.';

/** Grades a response. A response of another kind than the question is simply wrong. */
export function grade(q: Question, r: QuizResponse): Verdict {
  switch (q.kind) {
    case 'single': {
      const choice = r.kind === 'single' ? r.choice : -1;
      const correct = choice === q.answer;
      const items = q.options.map((_, i) => i === q.answer);
      const right = q.options[q.answer]?.text ?? '';
      return { correct, typo: false, items, message: correct ? OK : `${NO} 정답: ${right}` };
    }
    case 'multiple': {
      const chosen = new Set(r.kind === 'multiple' ? r.choices : []);
      const key = new Set(q.answers);
      const items = q.options.map((_, i) => chosen.has(i) === key.has(i));
      const correct = items.every(Boolean);
      const right = q.answers.map((i) => q.options[i]?.text ?? '').join(', ');
      return { correct, typo: false, items, message: correct ? OK : `${NO} 정답: ${right}` };
    }
    case 'true-false': {
      const correct = r.kind === 'true-false' && r.value === q.answer;
      return { correct, typo: false, items: [correct], message: correct ? OK : `${NO} 정답: ${q.answer ? '참(O)' : '거짓(X)'}` };
    }
    case 'typed': {
      const c = checkTyped(r.kind === 'typed' ? r.text : '', q.accepted);
      const expected = c.result === 'wrong' ? (q.accepted[0] ?? '') : c.matched;
      const correct = c.result !== 'wrong';
      const message = c.result === 'correct' ? OK : c.result === 'typo' ? `정답입니다 (오타 하나를 허용했습니다). 정확한 표기: ${expected}` : `${NO} 정답: ${q.accepted[0] ?? ''}`;
      return { correct, typo: c.result === 'typo', items: [correct], message, expected };
    }
    case 'ordering': {
      const order = r.kind === 'ordering' ? r.order : [];
      const items = q.steps.map((_, pos) => order[pos] === pos);
      const correct = order.length === q.steps.length && items.every(Boolean);
      return { correct, typo: false, items, message: correct ? OK : `${NO} 올바른 순서: ${q.steps.join(' → ')}` };
    }
    case 'matching': {
      const map = r.kind === 'matching' ? r.map : [];
      const items = q.pairs.map((_, i) => map[i] === i || (map[i] !== undefined && map[i] !== -1 && q.pairs[map[i] as number]?.right === q.pairs[i]?.right));
      const correct = items.every(Boolean);
      const wrongCount = items.filter((x) => !x).length;
      return { correct, typo: false, items, message: correct ? OK : `${NO} ${q.pairs.length}쌍 중 ${wrongCount}쌍이 틀렸습니다.` };
    }
  }
}


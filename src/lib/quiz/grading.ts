// Grading of every question kind. Pure: no DOM, no zod (the question types are imported as types only).
import { disassemble } from 'es-hangul';
import type { Question } from './question-schema.ts';
import { Grade, type GradeValue } from '../srs/types.ts';
import { editDistance } from '../edit-distance.ts';

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
  /** Typed, accepted with a typo: which character differed. */
  typoDetail?: TypoDetail;
  /** Typed: character diff of the learner's text against `expected`, for the comparison view. */
  diff?: DiffPart[];
  /** The grade to preselect before the learner says whether they were sure (see suggestGrade). */
  suggested: GradeValue;
}

export interface GradeSignals {
  correct: boolean;
  /** Accepted with a typo. */
  typo: boolean;
  /** The learner marked "확실하지 않음" before submitting. */
  unsure: boolean;
}

/**
 * The grade to suggest for an answer: wrong → 다시 (Again); right but unsure → 다시 too (a guess is not retrieval);
 * right with a typo → 어려움 (Hard); right → 알맞음 (Good). Easy is always the learner's own choice.
 */
export function suggestGrade({ correct, typo, unsure }: GradeSignals): GradeValue {
  if (!correct || unsure) return Grade.Again;
  return typo ? Grade.Hard : Grade.Good;
}

/** NFKC, lower case, punctuation and symbols to spaces, spaces collapsed. */
export function normalizeAnswer(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[\p{P}\p{S}]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

/** Normalized and without spaces: Korean spacing varies (보안 그룹 = 보안그룹). */
export function compactAnswer(s: string): string {
  return normalizeAnswer(s).replace(/ /g, '');
}

/** The text outside parentheses and each parenthesised part: "탄력적 네트워크 인터페이스(ENI)" → both names. */
export function splitParentheses(text: string): { outside: string; inside: string[] } {
  const inside = [...text.matchAll(/[(（]([^)）]*)[)）]/g)].map((m) => m[1] ?? '');
  return { outside: text.replace(/[(（][^)）]*[)）]/g, ' '), inside };
}

/** An accepted answer, plus its parts around parentheses: "보안 그룹(Security Group)" also accepts each name. */
export function answerVariants(accepted: readonly string[]): string[] {
  const out: string[] = [];
  for (const a of accepted) {
    out.push(a);
    const { outside, inside } = splitParentheses(a);
    if (inside.length > 0) out.push(outside, ...inside);
  }
  return out.filter((v) => compactAnswer(v).length > 0);
}

/** Restricted Damerau–Levenshtein (a swap of two neighbours counts as one edit), shared with the decoder. */
export { editDistance };

/** Answers shorter than this (in characters, spaces removed) must be exact: EBS vs EFS stays wrong. */
export const TYPO_MIN_LENGTH = 4;

/**
 * Numbers are facts: the runs of digits (and how they are split: 169.254.169.254, not 169.254.169.25.4) must be
 * the same on both sides, whatever else is forgiven.
 */
export function digitRuns(s: string): string {
  return (normalizeAnswer(s).match(/\d+/g) ?? []).join('.');
}

/**
 * A token of an accepted answer that names something exactly: it has a digit (gp3, t3.micro, 120초), two capitals
 * (AWSALB, ENI, IP), a capital inside (DeleteOnTermination) or punctuation between letters (Pending:Wait,
 * cloud-init-output.log). One edit in such a token is another fact, never a typo.
 */
export function isIdentifierToken(token: string): boolean {
  const t = token.normalize('NFKC');
  if (/\d/.test(t)) return true;
  if ((t.match(/[A-Z]/g) ?? []).length >= 2) return true;
  if (/[a-z][A-Z]/.test(t)) return true;
  return /[\p{L}\p{N}][.:/_\-@=][\p{L}\p{N}]/u.test(t);
}

/**
 * For each character of `compactAnswer(text)`, whether a typo may fall on it (false inside digits and identifiers).
 * When the token-by-token reading does not line up with the whole, nothing is forgiven (safe default).
 */
export function typoMask(text: string): boolean[] {
  const whole = compactAnswer(text);
  const mask: boolean[] = [];
  let joined = '';
  for (const token of text.split(/[\s(（)）]+/)) {
    const c = compactAnswer(token);
    if (c.length === 0) continue;
    const soft = !isIdentifierToken(token);
    for (const ch of c) mask.push(soft && !/\d/.test(ch));
    joined += c;
  }
  if (joined !== whole) return [...whole].map(() => false);
  return mask;
}

/** Where two compact strings differ: the differing middle of each after their common prefix and suffix. */
export function differingSpan(typed: string, expected: string): { start: number; typed: string; expected: string } {
  const a = [...typed];
  const b = [...expected];
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  return { start: p, typed: a.slice(p, a.length - s).join(''), expected: b.slice(p, b.length - s).join('') };
}

const ENDINGS = ['입니다', '이에요', '예요', '이요', '요', '임', '이다'];
const HEDGES_AFTER = ['정도', '쯤', '가량', '내외', '남짓', '안팎', '전후'];
const PARTICLES = ['에서', '으로', '이라고', '라고', '은', '는', '이', '가', '을', '를', '에', '로', '와', '과', '도', '의'];
const LEADING_HEDGE = /^(?:약|대략|대충|about|around|approximately|approx|roughly)(?=[\s\d])\s*/;
const BEFORE = /(\d|분|초|시간|일|min|mins|minutes?|seconds?|secs?)\s*(?:이전에|이전|전에|전|before)$/;

/**
 * Natural ways of writing the same answer: the normalized text, then the same without a leading hedge (약, about)
 * and, one at a time, trailing endings, hedges and particles (입니다, 정도, 쯤, 2분 전에 → 2분). Grading accepts
 * an input when any of its forms is accepted, so stripping only ever adds right answers built on a right core.
 */
export function answerForms(input: string): string[] {
  const forms: string[] = [];
  const queue = [normalizeAnswer(input)];
  while (queue.length > 0 && forms.length < 32) {
    const f = (queue.shift() ?? '').trim();
    if (f.length === 0 || forms.includes(f)) continue;
    forms.push(f);
    const lead = f.replace(LEADING_HEDGE, '');
    if (lead !== f) queue.push(lead);
    for (const e of [...ENDINGS, ...HEDGES_AFTER]) if (f.endsWith(e) && f.length > e.length) queue.push(f.slice(0, -e.length));
    for (const pt of PARTICLES) if (f.endsWith(pt) && f.length > pt.length && !/\s/.test(f.charAt(f.length - pt.length - 1))) queue.push(f.slice(0, -pt.length));
    const before = f.match(BEFORE);
    if (before) queue.push(f.slice(0, f.length - before[0].length + (before[1] ?? '').length));
  }
  return forms;
}

export interface TypoDetail {
  /** The characters of the accepted answer that differ (normalized, spaces removed); empty when one was added. */
  expected: string;
  /** What the learner typed in their place; empty when one was left out. */
  typed: string;
}

export interface TypedCheck {
  result: 'correct' | 'typo' | 'wrong';
  /** The accepted answer (or parenthesised part of it) that matched, else the first accepted answer. */
  matched: string;
  /** Set when result is 'typo': which character differed, for the learner to see. */
  typo?: TypoDetail;
}

export interface TypedOptions {
  /** No typo tolerance at all (addresses, ports, identifiers). */
  exact?: boolean | undefined;
  /** Near misses that are other facts: typed exactly (or a typo closer to one of them) they are wrong. */
  wrong?: readonly string[] | undefined;
}

interface Variant {
  text: string;
  compact: string;
  jamo: string;
  digits: string;
  mask: boolean[];
}

function toVariant(text: string): Variant {
  const compact = compactAnswer(text);
  return { text, compact, jamo: disassemble(compact), digits: digitRuns(text), mask: typoMask(text) };
}

type PartMatch = { result: 'correct'; matched: string } | { result: 'typo'; matched: string; typo: TypoDetail } | { result: 'wrong' };

/** Is one jamo edit from `variant` a typo the grader may forgive (not on a digit or identifier, not a listed near miss)? */
function typoAgainst(form: string, variant: Variant, wrong: readonly Variant[]): TypoDetail | null {
  const compact = compactAnswer(form);
  if ([...variant.compact].length < TYPO_MIN_LENGTH) return null;
  if (digitRuns(form) !== variant.digits) return null;
  const jamo = disassemble(compact);
  if (editDistance(jamo, variant.jamo) > 1) return null;
  const span = differingSpan(compact, variant.compact);
  const len = [...span.expected].length;
  // A changed character must be a soft one; an added one must not sit against a digit or an identifier.
  const touched = len > 0 ? variant.mask.slice(span.start, span.start + len) : [variant.mask[span.start - 1] ?? true, variant.mask[span.start] ?? true];
  if (touched.some((soft) => !soft) || /\d/.test(span.typed)) return null;
  // A near miss listed as wrong that is as close as the accepted answer: the learner may well mean that one.
  if (wrong.some((w) => w.compact === compact || editDistance(jamo, w.jamo) <= 1)) return null;
  return { expected: span.expected, typed: span.typed };
}

function matchPart(text: string, variants: readonly Variant[], wrong: readonly Variant[], exact: boolean): PartMatch {
  const forms = answerForms(text);
  for (const f of forms) {
    const c = compactAnswer(f);
    const digits = digitRuns(f);
    const hit = variants.find((v) => v.compact === c && v.digits === digits);
    if (hit) return { result: 'correct', matched: hit.text };
  }
  if (exact) return { result: 'wrong' };
  if (forms.some((f) => wrong.some((w) => w.compact === compactAnswer(f)))) return { result: 'wrong' };
  for (const f of forms) {
    for (const v of variants) {
      const typo = typoAgainst(f, v, wrong);
      if (typo) return { result: 'typo', matched: v.text, typo };
    }
  }
  return { result: 'wrong' };
}

/**
 * Checks a typed answer. Right: equal to an accepted answer (or one of its parenthesised parts) after
 * normalization, ignoring hedges and trailing particles; the learner's own "한글(English)" is right when each part
 * is. Typo: one jamo edit, never inside digits or identifiers, never when `exact`, never towards a `wrong` answer.
 */
export function checkTyped(input: string, accepted: readonly string[], options: TypedOptions = {}): TypedCheck {
  const first = accepted[0] ?? '';
  if (compactAnswer(input).length === 0) return { result: 'wrong', matched: first };
  const variants = answerVariants(accepted).map(toVariant);
  const wrong = (options.wrong ?? []).filter((w) => compactAnswer(w).length > 0).map(toVariant);
  const exact = options.exact === true;
  const whole = matchPart(input, variants, wrong, exact);
  if (whole.result === 'correct') return { result: 'correct', matched: whole.matched };
  const { outside, inside } = splitParentheses(input);
  const parts = [outside, ...inside].filter((p) => compactAnswer(p).length > 0);
  if (inside.length > 0 && parts.length > 0) {
    const results = parts.map((p) => matchPart(p, variants, wrong, exact));
    const right = results.filter((r) => r.result === 'correct');
    const typos = results.flatMap((r) => (r.result === 'typo' ? [r] : []));
    if (right.length === results.length) return { result: 'correct', matched: right[0]?.matched ?? first };
    const typo = typos[0];
    if (typo && right.length + typos.length === results.length && typos.length === 1) return { result: 'typo', matched: typo.matched, typo: typo.typo };
  }
  if (whole.result === 'typo') return { result: 'typo', matched: whole.matched, typo: whole.typo };
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

/** "‘릅’ 대신 ‘룹’": the differing characters in words a learner reads at a glance. */
export function typoPhrase(t: TypoDetail): string {
  if (t.typed === '') return `‘${t.expected}’ 빠짐`;
  if (t.expected === '') return `‘${t.typed}’ 더 씀`;
  return `‘${t.typed}’ 대신 ‘${t.expected}’`;
}

const OK = '정답입니다.';
const NO = '오답입니다.';

/** Grades a response. A response of another kind than the question is simply wrong. */
export function grade(q: Question, r: QuizResponse): Verdict {
  const v = gradeKind(q, r);
  return { ...v, suggested: suggestGrade({ correct: v.correct, typo: v.typo, unsure: false }) };
}

function gradeKind(q: Question, r: QuizResponse): Omit<Verdict, 'suggested'> {
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
      const c = checkTyped(r.kind === 'typed' ? r.text : '', q.accepted, { exact: q.exact, wrong: q.wrong });
      const expected = c.result === 'wrong' ? (q.accepted[0] ?? '') : c.matched;
      const correct = c.result !== 'wrong';
      const diff = diffAnswer(r.kind === 'typed' ? r.text : '', expected);
      if (c.result === 'typo' && c.typo) {
        // Which character differed is in typoDetail (typoPhrase words it), for the UI to show beside this line.
        const message = `정답입니다 (오타 하나를 허용했습니다). 정확한 표기: ${expected}`;
        return { correct, typo: true, items: [correct], message, expected, typoDetail: c.typo, diff };
      }
      const message = c.result === 'correct' ? OK : `${NO} 정답: ${q.accepted[0] ?? ''}`;
      return { correct, typo: false, items: [correct], message, expected, diff };
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


// Clueing between items: question B "reveals" question A when A's answer is printed in B's prompt or options, or
// in the feedback the learner reads after answering B (its explanation and each option's why).
// Computed once at build time (shipped in /question-bank.json) so the queue can keep A away from just after B.
import type { Question } from './question-schema.ts';
import { answerVariants, normalizeAnswer } from './grading.ts';

import type { LeakList } from './leak-map.ts';

// The runtime half (the list as a map) lives in leak-map.ts, so the quiz does not load the grader to read it.
export { leakMap, type LeakList } from './leak-map.ts';

/** The texts that would give a question's answer away if a learner saw them just before: typed accepted answers and choice keys. */
export function answerTexts(q: Question): string[] {
  switch (q.kind) {
    case 'typed':
      return answerVariants(q.accepted);
    case 'single':
      return [q.options[q.answer]?.text ?? ''];
    case 'multiple':
      return q.answers.map((i) => q.options[i]?.text ?? '');
    // A true/false key, an order or a set of pairs is not a phrase another question can print.
    case 'true-false':
    case 'ordering':
    case 'matching':
      return [];
  }
}

/** Everything a learner has read by the next card: the prompt, the options, steps or pairs, and the feedback. */
export function visibleText(q: Question): string {
  switch (q.kind) {
    case 'single':
    case 'multiple':
      return [q.prompt, ...q.options.flatMap((o) => [o.text, o.why]), q.explanation].join('\n');
    case 'ordering':
      return [q.prompt, ...q.steps, q.explanation].join('\n');
    case 'matching':
      return [q.prompt, ...q.pairs.flatMap((p) => [p.left, p.right]), q.explanation].join('\n');
    case 'true-false':
    case 'typed':
      return [q.prompt, q.explanation].join('\n');
  }
}

const escape = (ch: string) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WORDLIKE = /[a-z0-9]/;

/**
 * A matcher for one answer text inside another question's normalized text: spacing may differ (보안그룹 = 보안 그룹),
 * a Latin or digit edge must not run on into a longer word (SP is not in "spot", 2 is not in "20"), and a Korean edge
 * may carry a particle (게이트웨이를). Bare numbers of one or two digits are too common to count. Null when the text
 * is too short or too generic to be a clue.
 */
export function answerMatcher(answer: string): RegExp | null {
  const n = normalizeAnswer(answer);
  const chars = [...n.replace(/ /g, '')];
  if (chars.length === 0 || /^\d{1,2}$/.test(chars.join(''))) return null;
  const first = chars[0] ?? '';
  const last = chars[chars.length - 1] ?? '';
  const body = chars.map(escape).join(' ?');
  const before = WORDLIKE.test(first) ? '(?<![a-z0-9])' : '(?<![가-힣])';
  const after = WORDLIKE.test(last) ? '(?![a-z0-9])' : '';
  return new RegExp(`${before}${body}${after}`, 'u');
}

/** A choice question's distractors: a text that prints them next to the key lists the same alternatives, not the answer. */
export function distractorTexts(q: Question): string[] {
  if (q.kind === 'single') return q.options.filter((_, i) => i !== q.answer).map((o) => o.text);
  if (q.kind === 'multiple') return q.options.filter((_, i) => !q.answers.includes(i)).map((o) => o.text);
  return [];
}

/** A phrase to look for: its spaceless form (a cheap necessary test) and its word-edged matcher. */
interface Needle {
  compact: string;
  matcher: RegExp;
}

interface Clue {
  answers: Needle[];
  distractors: Needle[];
}

function needles(texts: readonly string[]): Needle[] {
  return texts.flatMap((t) => {
    const matcher = answerMatcher(t);
    return matcher ? [{ compact: normalizeAnswer(t).replace(/ /g, ''), matcher }] : [];
  });
}

function clueFor(q: Question): Clue {
  return { answers: needles(answerTexts(q)), distractors: needles(distractorTexts(q)) };
}

interface Haystack {
  text: string;
  compact: string;
}

const found = (hay: Haystack, n: Needle) => hay.compact.includes(n.compact) && n.matcher.test(hay.text);

/** Does a text give the answer away: it prints an answer and none of the distractors beside it? */
function reveals(hay: Haystack, clue: Clue): boolean {
  return clue.answers.some((n) => found(hay, n)) && !clue.distractors.some((n) => found(hay, n));
}

/**
 * The reveal relation over a bank: for each question, which other questions' answers its prompt, options or
 * feedback print (for a choice question: its key without its distractors). Only questions that reveal something
 * are listed.
 */
export function computeLeaks(questions: readonly Question[]): LeakList {
  const clues = questions.map(clueFor);
  const texts: Haystack[] = questions.map((q) => {
    const text = normalizeAnswer(visibleText(q));
    return { text, compact: text.replace(/ /g, '') };
  });
  const out: LeakList = [];
  questions.forEach((b, bi) => {
    const revealed: string[] = [];
    questions.forEach((a, ai) => {
      if (ai !== bi && a.id !== b.id && reveals(texts[bi] ?? { text: '', compact: '' }, clues[ai] ?? { answers: [], distractors: [] })) revealed.push(a.id);
    });
    if (revealed.length > 0) out.push([b.id, revealed]);
  });
  return out;
}

// A response and a question's key as Korean text, for the mock exam's results and the card browser.
import type { QuizQuestion, QuizResponse } from '../quiz/grading.ts';

const TF = (v: boolean) => (v ? '참 (O)' : '거짓 (X)');

export function responseText(q: QuizQuestion, r: QuizResponse | null): string {
  if (r === null) return '답하지 않음';
  switch (q.kind) {
    case 'single':
      return r.kind === 'single' ? (q.options[r.choice]?.text ?? '–') : '–';
    case 'multiple':
      return r.kind === 'multiple' && r.choices.length ? [...r.choices].sort((a, b) => a - b).map((i) => q.options[i]?.text ?? '–').join(', ') : '–';
    case 'true-false':
      return r.kind === 'true-false' ? TF(r.value) : '–';
    case 'typed':
      return r.kind === 'typed' ? r.text.trim() || '–' : '–';
    case 'ordering':
      return r.kind === 'ordering' ? r.order.map((i) => q.steps[i] ?? '–').join(' → ') : '–';
    case 'matching':
      return r.kind === 'matching' ? q.pairs.map((p, i) => `${p.left} → ${r.map[i] === undefined || r.map[i] === -1 ? '(고르지 않음)' : (q.pairs[r.map[i] as number]?.right ?? '–')}`).join('; ') : '–';
  }
}

export function keyText(q: QuizQuestion): string {
  switch (q.kind) {
    case 'single': return q.options[q.answer]?.text ?? '–';
    case 'multiple': return q.answers.map((i) => q.options[i]?.text ?? '–').join(', ');
    case 'true-false': return TF(q.answer);
    case 'typed': return q.accepted.join(' / ');
    case 'ordering': return q.steps.join(' → ');
    case 'matching': return q.pairs.map((p) => `${p.left} → ${p.right}`).join('; ');
  }
}

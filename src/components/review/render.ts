// DOM builders for review slides, shared by the audience screen, the instructor's window and the worksheets.
// Text from the question bank is inserted with textContent only; `code` spans become <code> elements.
import type { Slide } from '~/lib/review/session';
import { correctTallyIndices, tallyLabels } from '~/lib/review/session';
import { KIND_LABELS } from '~/lib/quiz/kinds';
import type { Step } from '~/lib/review/presenter';
import type { Question } from '~/lib/quiz/question-schema';
import { h, richText } from '../dom';

const LETTERS = 'ABCDEFGHIJ';

export function optionLabel(index: number): string {
  return LETTERS[index] ?? String(index + 1);
}

/** The correct answer of a question in one line of text (for the instructor and the answer key). */
export function answerText(question: Question): string {
  switch (question.kind) {
    case 'single': return `${optionLabel(question.answer)}. ${question.options[question.answer]?.text ?? ''}`;
    case 'multiple': return question.answers.map((i) => `${optionLabel(i)}. ${question.options[i]?.text ?? ''}`).join(' · ');
    case 'true-false': return question.answer ? '참 (O)' : '거짓 (X)';
    case 'typed': return question.accepted.join(' / ');
    case 'ordering': return question.steps.map((s, i) => `${i + 1}. ${s}`).join(' → ');
    case 'matching': return question.pairs.map((p) => `${p.left} ↔ ${p.right}`).join(' · ');
  }
}

/** The body of a question: prompt, then (from the options step) what the class chooses from, then the answer. */
export function renderQuestion(slide: Extract<Slide, { kind: 'question' }>, step: Step, opts: { withExplanation: boolean }): HTMLElement {
  const { question } = slide;
  const revealed = step === 'answer';
  const showOptions = step !== 'prompt' || question.kind === 'typed';
  const root = h('div', { class: 'q' });
  root.append(h('p', { class: 'q-meta' }, `${slide.number}번 · ${KIND_LABELS[question.kind]} · ${slide.lesson.title}`));
  root.append(h('h2', { class: 'q-prompt' }, richText(question.prompt)));
  const correct = new Set(correctTallyIndices(question));
  if (showOptions) {
    if (question.kind === 'single' || question.kind === 'multiple') {
      const list = h('ol', { class: 'q-options', type: 'A' });
      question.options.forEach((option, i) => {
        const item = h('li', { class: revealed ? (correct.has(i) ? 'is-correct' : 'is-wrong') : '' }, h('span', { class: 'q-letter', 'aria-hidden': 'true' }, optionLabel(i)), h('span', {}, richText(option.text)));
        if (revealed && correct.has(i)) item.append(h('span', { class: 'q-mark' }, ' 정답'));
        list.append(item);
      });
      root.append(list);
      if (question.kind === 'multiple') root.append(h('p', { class: 'q-hint' }, '정답을 모두 고르세요.'));
    } else if (question.kind === 'true-false') {
      const list = h('ol', { class: 'q-options q-tf' });
      ['참 (O)', '거짓 (X)'].forEach((label, i) => {
        const item = h('li', { class: revealed ? (correct.has(i) ? 'is-correct' : 'is-wrong') : '' }, label);
        if (revealed && correct.has(i)) item.append(h('span', { class: 'q-mark' }, ' 정답'));
        list.append(item);
      });
      root.append(list);
    } else if (question.kind === 'ordering') {
      const shown = revealed ? question.steps.map((_, i) => i) : slide.shuffledIndices;
      const list = h('ol', { class: 'q-options q-steps' });
      for (const i of shown) list.append(h('li', { class: revealed ? 'is-correct' : '' }, richText(question.steps[i] ?? '')));
      root.append(h('p', { class: 'q-hint' }, revealed ? '올바른 순서' : '올바른 순서로 배열하세요.'), list);
    } else if (question.kind === 'matching') {
      const table = h('table', { class: 'q-match' });
      const body = h('tbody');
      question.pairs.forEach((pair, row) => {
        const rightIndex = revealed ? row : (slide.shuffledIndices[row] ?? row);
        body.append(h('tr', { class: revealed ? 'is-correct' : '' }, h('th', { scope: 'row' }, richText(pair.left)), h('td', {}, revealed ? '↔' : ''), h('td', {}, `${revealed ? '' : `${optionLabel(row)}. `}`, richText(question.pairs[rightIndex]?.right ?? ''))));
      });
      table.append(h('caption', { class: 'sr-only' }, revealed ? '올바른 연결' : '왼쪽 항목에 맞는 오른쪽 항목을 고르세요'), body);
      root.append(table);
    }
  }
  if (revealed) {
    const answer = h('div', { class: 'q-answer', role: 'region', 'aria-label': '정답과 해설' });
    answer.append(h('p', { class: 'q-answer-line' }, h('strong', {}, '정답: '), richText(answerText(question))));
    if (opts.withExplanation) {
      answer.append(h('p', {}, richText(question.explanation)));
      answer.append(h('p', { class: 'q-link' }, h('a', { href: `/lessons/${slide.lesson.id}/#${question.section}` }, `레슨에서 다시 보기: ${slide.lesson.title}`)));
    }
    root.append(answer);
  }
  return root;
}

export function renderKeyPoints(slide: Extract<Slide, { kind: 'key-points' }>): HTMLElement {
  return h('div', { class: 'kp' },
    h('p', { class: 'q-meta' }, `레슨 ${slide.lesson.order} 핵심 정리`),
    h('h2', {}, slide.lesson.title),
    h('ul', {}, ...slide.lesson.keyPoints.map((point) => h('li', {}, richText(point)))),
  );
}

/** A horizontal bar chart of a show of hands, with the right answers marked; accessible as a table too. */
export function renderTally(question: Question, counts: readonly number[], revealed: boolean): HTMLElement | null {
  const labels = tallyLabels(question);
  if (labels.length === 0) return null;
  const total = counts.reduce((a, b) => a + b, 0);
  const correct = new Set(correctTallyIndices(question));
  const figure = h('figure', { class: 'tally' });
  const list = h('ul', { class: 'tally-bars' });
  labels.forEach((label, i) => {
    const n = counts[i] ?? 0;
    const share = total > 0 ? n / total : 0;
    const bar = h('span', { class: `tally-bar${revealed && correct.has(i) ? ' is-correct' : ''}` });
    bar.style.inlineSize = `${Math.round(share * 100)}%`;
    list.append(h('li', {},
      h('span', { class: 'tally-label' }, question.kind === 'true-false' ? label : `${optionLabel(i)}. ${label}`),
      h('span', { class: 'tally-track' }, bar),
      h('span', { class: 'tally-count' }, `${n}명${total > 0 ? ` (${Math.round(share * 100)}%)` : ''}${revealed && correct.has(i) ? ' ✓' : ''}`),
    ));
  });
  figure.append(h('figcaption', {}, `손들기 결과: 모두 ${total}명`), list);
  return figure;
}

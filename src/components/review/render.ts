// DOM builders for review slides, shared by the audience screen, the instructor's window and the worksheets.
// Text from the question bank is inserted with textContent only; `code` spans become <code> elements.
// Choices always appear in the session's display order (slide.choiceOrder): letter A is the same option on the
// projector, in the instructor's window, on the worksheet, in the answer key and in the tally.
import { answerText, choiceLabels, choiceLetter, correctChoices, displayedOptions, type QuestionSlide, type Slide } from '~/lib/review/session';
import { KIND_LABELS } from '~/lib/quiz/kinds';
import type { Step } from '~/lib/review/presenter';
import { h, richText } from '../dom';

/** The body of a question: prompt, then (from the options step) what the class chooses from, then the answer. */
export function renderQuestion(slide: QuestionSlide, step: Step, opts: { withExplanation: boolean }): HTMLElement {
  const { question } = slide;
  const revealed = step === 'answer';
  const showOptions = step !== 'prompt' || question.kind === 'typed';
  const root = h('div', { class: `q q-${question.kind}${revealed ? ' is-revealed' : ''}` });
  const head = h('div', { class: 'q-head' },
    h('p', { class: 'q-meta' }, `${slide.number}번 · ${KIND_LABELS[question.kind]} · ${slide.lesson.title}`),
    h('h2', { class: 'q-prompt' }, richText(question.prompt)));
  root.append(head);
  const body = h('div', { class: 'q-body' });
  const correct = new Set(correctChoices(slide));
  if (showOptions) {
    if (question.kind === 'single' || question.kind === 'multiple') {
      const list = h('ol', { class: 'q-options', type: 'A' });
      displayedOptions(slide).forEach((option, i) => {
        const item = h('li', { class: revealed ? (correct.has(i) ? 'is-correct' : 'is-wrong') : '', 'data-letter': choiceLetter(i) },
          h('span', { class: 'q-letter', 'aria-hidden': 'true' }, choiceLetter(i)), h('span', {}, richText(option.text)));
        if (revealed && correct.has(i)) item.append(h('span', { class: 'q-mark' }, ' 정답'));
        list.append(item);
      });
      body.append(list);
      if (question.kind === 'multiple') body.append(h('p', { class: 'q-hint' }, '정답을 모두 고르세요.'));
    } else if (question.kind === 'true-false') {
      const list = h('ol', { class: 'q-options q-tf' });
      ['참 (O)', '거짓 (X)'].forEach((label, i) => {
        const item = h('li', { class: revealed ? (correct.has(i) ? 'is-correct' : 'is-wrong') : '' }, label);
        if (revealed && correct.has(i)) item.append(h('span', { class: 'q-mark' }, ' 정답'));
        list.append(item);
      });
      body.append(list);
    } else if (question.kind === 'ordering') {
      const shown = revealed ? question.steps.map((_, i) => i) : slide.shuffledIndices;
      const list = h('ol', { class: 'q-options q-steps' });
      for (const i of shown) list.append(h('li', { class: revealed ? 'is-correct' : '' }, richText(question.steps[i] ?? '')));
      body.append(h('p', { class: 'q-hint' }, revealed ? '올바른 순서' : '올바른 순서로 배열하세요.'), list);
    } else if (question.kind === 'matching') {
      const table = h('table', { class: 'q-match' });
      const rows = h('tbody');
      question.pairs.forEach((pair, row) => {
        const rightIndex = revealed ? row : (slide.shuffledIndices[row] ?? row);
        rows.append(h('tr', { class: revealed ? 'is-correct' : '' }, h('th', { scope: 'row' }, richText(pair.left)), h('td', {}, revealed ? '↔' : ''), h('td', {}, `${revealed ? '' : `${choiceLetter(row)}. `}`, richText(question.pairs[rightIndex]?.right ?? ''))));
      });
      table.append(h('caption', { class: 'sr-only' }, revealed ? '올바른 연결' : '왼쪽 항목에 맞는 오른쪽 항목을 고르세요'), rows);
      body.append(table);
    }
  }
  root.append(body);
  if (revealed) {
    const answer = h('div', { class: 'q-answer', role: 'region', 'aria-label': '정답과 해설' });
    answer.append(h('p', { class: 'q-answer-line' }, h('strong', {}, '정답: '), richText(answerText(slide))));
    if (opts.withExplanation) {
      answer.append(h('p', { class: 'q-explanation' }, richText(question.explanation)));
      answer.append(h('p', { class: 'q-link' }, h('a', { href: `/lessons/${slide.lesson.id}/#${question.section}` }, `레슨에서 다시 보기: ${slide.lesson.title}`)));
    }
    const side = h('div', { class: 'q-side' }, answer);
    root.append(side);
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
export function renderTally(slide: QuestionSlide, counts: readonly number[], revealed: boolean): HTMLElement | null {
  const labels = choiceLabels(slide);
  if (labels.length === 0) return null;
  const total = counts.reduce((a, b) => a + b, 0);
  const correct = new Set(correctChoices(slide));
  const figure = h('figure', { class: 'tally' });
  const list = h('ul', { class: 'tally-bars' });
  labels.forEach((label, i) => {
    const n = counts[i] ?? 0;
    const share = total > 0 ? n / total : 0;
    const bar = h('span', { class: `tally-bar${revealed && correct.has(i) ? ' is-correct' : ''}` });
    bar.style.inlineSize = `${Math.round(share * 100)}%`;
    list.append(h('li', {},
      h('span', { class: 'tally-label' }, slide.question.kind === 'true-false' ? label : choiceLetter(i)),
      h('span', { class: 'tally-track' }, bar),
      h('span', { class: 'tally-count' }, `${n}명${total > 0 ? ` (${Math.round(share * 100)}%)` : ''}${revealed && correct.has(i) ? ' ✓' : ''}`),
    ));
  });
  figure.append(h('figcaption', {}, `손들기 결과: 모두 ${total}명`), list);
  return figure;
}

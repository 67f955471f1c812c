// DOM builders for review slides, shared by the audience screen, the instructor's window and the worksheets.
// Text from the question bank is inserted with textContent only; `code` spans become <code> elements.
import type { Slide } from '~/lib/review/session';
import { KIND_LABELS, correctTallyIndices, tallyLabels } from '~/lib/review/session';
import type { Step } from '~/lib/review/presenter';
import type { Question } from '~/lib/quiz/question-schema';

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** Text with `inline code` spans, as DOM nodes. */
export function inline(text: string): Node[] {
  return text.split(/(`[^`]+`)/).filter(Boolean).map((part) =>
    part.startsWith('`') && part.endsWith('`') && part.length > 2 ? el('code', {}, part.slice(1, -1)) : document.createTextNode(part),
  );
}

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
  const root = el('div', { class: 'q' });
  root.append(el('p', { class: 'q-meta' }, `${slide.number}번 · ${KIND_LABELS[question.kind]} · ${slide.lesson.title}`));
  root.append(el('h2', { class: 'q-prompt' }, ...inline(question.prompt)));
  const correct = new Set(correctTallyIndices(question));
  if (showOptions) {
    if (question.kind === 'single' || question.kind === 'multiple') {
      const list = el('ol', { class: 'q-options', type: 'A' });
      question.options.forEach((option, i) => {
        const item = el('li', { class: revealed ? (correct.has(i) ? 'is-correct' : 'is-wrong') : '' }, el('span', { class: 'q-letter', 'aria-hidden': 'true' }, optionLabel(i)), el('span', {}, ...inline(option.text)));
        if (revealed && correct.has(i)) item.append(el('span', { class: 'q-mark' }, ' 정답'));
        list.append(item);
      });
      root.append(list);
      if (question.kind === 'multiple') root.append(el('p', { class: 'q-hint' }, '정답을 모두 고르세요.'));
    } else if (question.kind === 'true-false') {
      const list = el('ol', { class: 'q-options q-tf' });
      ['참 (O)', '거짓 (X)'].forEach((label, i) => {
        const item = el('li', { class: revealed ? (correct.has(i) ? 'is-correct' : 'is-wrong') : '' }, label);
        if (revealed && correct.has(i)) item.append(el('span', { class: 'q-mark' }, ' 정답'));
        list.append(item);
      });
      root.append(list);
    } else if (question.kind === 'ordering') {
      const shown = revealed ? question.steps.map((_, i) => i) : slide.shuffledIndices;
      const list = el('ol', { class: 'q-options q-steps' });
      for (const i of shown) list.append(el('li', { class: revealed ? 'is-correct' : '' }, ...inline(question.steps[i] ?? '')));
      root.append(el('p', { class: 'q-hint' }, revealed ? '올바른 순서' : '올바른 순서로 배열하세요.'), list);
    } else if (question.kind === 'matching') {
      const table = el('table', { class: 'q-match' });
      const body = el('tbody');
      question.pairs.forEach((pair, row) => {
        const rightIndex = revealed ? row : (slide.shuffledIndices[row] ?? row);
        body.append(el('tr', { class: revealed ? 'is-correct' : '' }, el('th', { scope: 'row' }, ...inline(pair.left)), el('td', {}, revealed ? '↔' : ''), el('td', {}, `${revealed ? '' : `${optionLabel(row)}. `}`, ...inline(question.pairs[rightIndex]?.right ?? ''))));
      });
      table.append(el('caption', { class: 'sr-only' }, revealed ? '올바른 연결' : '왼쪽 항목에 맞는 오른쪽 항목을 고르세요'), body);
      root.append(table);
    }
  }
  if (revealed) {
    const answer = el('div', { class: 'q-answer', role: 'region', 'aria-label': '정답과 해설' });
    answer.append(el('p', { class: 'q-answer-line' }, el('strong', {}, '정답: '), ...inline(answerText(question))));
    if (opts.withExplanation) {
      answer.append(el('p', {}, ...inline(question.explanation)));
      answer.append(el('p', { class: 'q-link' }, el('a', { href: `/lessons/${slide.lesson.id}/#${question.section}` }, `레슨에서 다시 보기: ${slide.lesson.title}`)));
    }
    root.append(answer);
  }
  return root;
}

export function renderKeyPoints(slide: Extract<Slide, { kind: 'key-points' }>): HTMLElement {
  return el('div', { class: 'kp' },
    el('p', { class: 'q-meta' }, `레슨 ${slide.lesson.order} 핵심 정리`),
    el('h2', {}, slide.lesson.title),
    el('ul', {}, ...slide.lesson.keyPoints.map((point) => el('li', {}, ...inline(point)))),
  );
}

/** A horizontal bar chart of a show of hands, with the right answers marked; accessible as a table too. */
export function renderTally(question: Question, counts: readonly number[], revealed: boolean): HTMLElement | null {
  const labels = tallyLabels(question);
  if (labels.length === 0) return null;
  const total = counts.reduce((a, b) => a + b, 0);
  const correct = new Set(correctTallyIndices(question));
  const figure = el('figure', { class: 'tally' });
  const list = el('ul', { class: 'tally-bars' });
  labels.forEach((label, i) => {
    const n = counts[i] ?? 0;
    const share = total > 0 ? n / total : 0;
    const bar = el('span', { class: `tally-bar${revealed && correct.has(i) ? ' is-correct' : ''}` });
    bar.style.inlineSize = `${Math.round(share * 100)}%`;
    list.append(el('li', {},
      el('span', { class: 'tally-label' }, question.kind === 'true-false' ? label : `${optionLabel(i)}. ${label}`),
      el('span', { class: 'tally-track' }, bar),
      el('span', { class: 'tally-count' }, `${n}명${total > 0 ? ` (${Math.round(share * 100)}%)` : ''}${revealed && correct.has(i) ? ' ✓' : ''}`),
    ));
  });
  figure.append(el('figcaption', {}, `손들기 결과: 모두 ${total}명`), list);
  return figure;
}

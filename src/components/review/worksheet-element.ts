// <review-worksheet>: the printable worksheet (questions only) or answer key (answers and explanations) of the
// session the page's URL describes — the same questions, in the same order, as the presenter shows.
import { KIND_LABELS } from '~/lib/quiz/kinds';
import { loadSession } from './bank';
import { h, richText } from '../dom';
import { answerText, choiceLetter, displayedOptions, questionSlides, worksheetKey } from '~/lib/review/session';

class ReviewWorksheet extends HTMLElement {
  async connectedCallback() {
    const withAnswers = this.dataset.answers === 'true';
    const list = this.querySelector<HTMLElement>('[data-questions]');
    const meta = this.querySelector<HTMLElement>('[data-meta]');
    if (!list) return;
    let loaded;
    try {
      loaded = await loadSession(location.search);
    } catch (error) {
      list.replaceChildren(h('li', {}, error instanceof Error ? error.message : '세션을 불러오지 못했습니다.'));
      return;
    }
    const { session, bank } = loaded;
    const lessonTitles = session.config.lessons.length > 0 ? bank.lessons.filter((l) => session.config.lessons.includes(l.id)).map((l) => l.title) : ['전체 레슨'];
    // The set number also fixes the option letters, so the sheet names it even in written order.
    if (meta) meta.textContent = [`${lessonTitles.join(', ')} · ${session.questionCount}문제 · 문제 세트 번호 ${session.config.seed}`, ...session.notes].join(' ');
    const items = questionSlides(session);
    const quickKey = this.querySelector<HTMLElement>('[data-quick-key]');
    if (quickKey && withAnswers) {
      quickKey.replaceChildren(...items.map((slide) => h('li', { 'data-key': worksheetKey(slide) }, h('span', { class: 'ws-key-number' }, `${slide.number}.`), ' ', worksheetKey(slide))));
      quickKey.closest<HTMLElement>('[data-quick-key-section]')?.removeAttribute('hidden');
    }
    list.replaceChildren(...items.map((slide) => {
      const { question } = slide;
      const item = h('li', { class: 'ws-item' });
      item.append(h('p', { class: 'ws-kind' }, `${KIND_LABELS[question.kind]} · ${slide.lesson.title}`));
      item.append(h('p', { class: 'ws-prompt' }, richText(question.prompt)));
      if (!withAnswers) {
        if (question.kind === 'single' || question.kind === 'multiple') {
          item.append(h('ol', { class: 'ws-options' }, ...displayedOptions(slide).map((o, i) => h('li', { 'data-letter': choiceLetter(i) }, h('span', { class: 'ws-bubble', 'aria-hidden': 'true' }, choiceLetter(i)), ' ', richText(o.text)))));
          if (question.kind === 'multiple') item.append(h('p', { class: 'ws-hint' }, '정답을 모두 고르세요.'));
        } else if (question.kind === 'true-false') {
          item.append(h('p', { class: 'ws-tf' }, '참 (O)   /   거짓 (X)'));
        } else if (question.kind === 'typed') {
          item.append(h('p', { class: 'ws-blank' }, '답: ', h('span', { class: 'ws-line' })));
        } else if (question.kind === 'ordering') {
          item.append(h('p', { class: 'ws-hint' }, '빈칸에 순서 번호를 쓰세요.'));
          item.append(h('ul', { class: 'ws-steps' }, ...slide.shuffledIndices.map((i) => h('li', {}, h('span', { class: 'ws-box', 'aria-hidden': 'true' }), ' ', richText(question.steps[i] ?? '')))));
        } else if (question.kind === 'matching') {
          item.append(h('p', { class: 'ws-hint' }, '왼쪽 항목 옆에 알맞은 오른쪽 기호를 쓰세요.'));
          const table = h('table', { class: 'ws-match' });
          table.append(h('tbody', {}, ...question.pairs.map((pair, row) => h('tr', {},
            h('td', {}, h('span', { class: 'ws-box', 'aria-hidden': 'true' }), ' ', richText(pair.left)),
            h('td', {}, `${choiceLetter(row)}. `, richText(question.pairs[slide.shuffledIndices[row] ?? row]?.right ?? '')),
          ))));
          item.append(table);
        }
      } else {
        item.append(h('p', { class: 'ws-answer' }, h('strong', {}, '정답: '), richText(answerText(slide))));
        if (question.kind === 'matching') {
          // The worksheet lettered the shuffled right column: give the letters too.
          const letters = worksheetKey(slide).split(' ');
          item.append(h('p', { class: 'ws-hint' }, `학습지 기호: ${question.pairs.map((p, row) => `${p.left} → ${letters[row] ?? ''}`).join(', ')}`));
        }
        if (question.kind === 'ordering') {
          item.append(h('p', { class: 'ws-hint' }, `학습지의 위에서부터 순서 번호: ${worksheetKey(slide).split(' ').join(', ')}`));
        }
        item.append(h('p', {}, richText(question.explanation)));
        item.append(h('p', { class: 'ws-link' }, '레슨: ', h('a', { href: `/lessons/${slide.lesson.id}/#${question.section}` }, `${location.origin}/lessons/${slide.lesson.id}/`)));
      }
      return item;
    }));
    this.dataset.ready = 'true';
  }
}

customElements.define('review-worksheet', ReviewWorksheet);

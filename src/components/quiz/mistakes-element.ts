// <mistakes-list>: renders the 오답 노트 selection (src/lib/study/plans.ts) for the chosen window and lessons,
// and points the start link at the quiz with the same selection.
import { systemClock } from '~/lib/srs/types.ts';
import { countMistakes, selectMistakes, type MistakeReason } from '~/lib/study/plans.ts';
import { controller } from './controller.ts';
import { fetchQuestionBank } from '../question-bank.ts';
import { h, richText } from '../dom.ts';
import type { ClientBank } from './bank-data.ts';

const REASONS: Record<MistakeReason, string> = { wrong: '최근에 틀림', leech: '거머리 문항', flagged: '표시한 문항' };

class MistakesList extends HTMLElement {
  private bank!: ClientBank;

  async connectedCallback() {
    try {
      this.bank = await fetchQuestionBank();
    } catch (error) {
      (this.querySelector('[data-counts]') as HTMLElement).textContent = error instanceof Error ? error.message : '문제 은행을 불러오지 못했습니다.';
      return;
    }
    this.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[disabled]').forEach((el) => (el.disabled = false));
    this.querySelector('[data-form]')?.addEventListener('change', () => this.render());
    controller().onChange(() => this.render());
    this.dataset.ready = 'true';
    this.render();
  }

  private render() {
    const days = Number((this.querySelector('#mistake-days') as HTMLSelectElement).value);
    const boxes = [...this.querySelectorAll<HTMLInputElement>('input[name="lesson"]')];
    const picked = boxes.filter((b) => b.checked).map((b) => b.value);
    const lessons = picked.length === boxes.length ? null : picked;
    const list = selectMistakes(controller().progress(), this.bank.questions.map((q) => ({ id: q.id, lesson: q.lesson })), systemClock, systemClock.now(), { days, lessons: lessons ? new Set(lessons) : null });
    const c = countMistakes(list);
    const period = days === 1 ? '오늘' : `최근 ${days}일`;
    (this.querySelector('[data-counts]') as HTMLElement).textContent = c.total
      ? `모두 ${c.total}문항: ${period} 틀림 ${c.wrong} · 거머리 ${c.leech} · 표시 ${c.flagged} (오늘 복습할 차례 ${c.due})`
      : picked.length === 0 ? '레슨을 하나 이상 고르세요.' : `${period} 동안 틀린 문항, 거머리 문항, 표시한 문항이 없습니다.`;
    const start = this.querySelector('[data-start]') as HTMLAnchorElement;
    const params = new URLSearchParams({ mode: 'mistakes', days: String(days) });
    if (lessons) params.set('lessons', lessons.join(','));
    start.href = `/quiz/?${params}`;
    start.setAttribute('aria-disabled', String(c.total === 0));
    start.textContent = c.total ? `오답 노트 풀기 (${c.total}문항)` : '오답 노트 풀기';
    const ul = this.querySelector('[data-items]') as HTMLElement;
    ul.textContent = '';
    const byId = new Map(this.bank.questions.map((q) => [q.id, q]));
    for (const m of list) {
      const q = byId.get(m.id);
      if (!q) continue;
      const lesson = this.bank.lessons.find((l) => l.id === q.lesson);
      const tags = h('span', { class: 'tags' }, ...m.reasons.map((r) => h('span', { class: 'tag' }, REASONS[r])), m.due ? h('span', { class: 'tag' }, '오늘 복습 차례') : null);
      ul.append(h('li', {}, h('span', {}, richText(q.prompt)), ' ', h('a', { href: `/lessons/${q.lesson}/#${encodeURIComponent(q.section)}` }, `(${lesson?.title ?? q.lesson})`), tags));
    }
  }
}

customElements.define('mistakes-list', MistakesList);

// <card-browser>: the /quiz/cards/ list. State and transitions live in src/lib/study/card-browser.ts; this element
// runs the reducer's effects (saves through the progress keeper, the hand-over to the quiz, focus), renders from
// the state, and maps DOM events to actions. Rows are rebuilt from progress on every change, including another
// tab's (the controller's `storage` merge).
// Module by module, not the ~/lib/srs barrel, which would bring ts-fsrs (this page never schedules).
import { studyDay } from '~/lib/srs/day.ts';
import { systemClock, type GradeValue } from '~/lib/srs/types.ts';
import {
  applyChange, countText, dateText, deriveRows, PAGE_SIZE, difficultyText, dueText, GRADE_LABELS, initialBrowserState, noticeText, PHASE_LABELS,
  practiceResume, reduceBrowser, searchIndex, stabilityText, visibleRows,
  type BrowserAction, type BrowserBank, type BrowserEffect, type BrowserState, type CardRow, type FocusTarget,
} from '~/lib/study/card-browser.ts';
import { RESUME_KEY, writeJson } from '~/lib/study/storage-keys.ts';
import { KIND_LABELS } from '~/lib/quiz/kinds.ts';
import type { QuestionKind } from '~/lib/quiz/question-schema.ts';
import { controller, readBankData } from './controller.ts';
import { h, richText } from '../dom.ts';

type RowAction = 'flag' | 'suspend' | 'reset' | 'practise';

class CardBrowser extends HTMLElement {
  private bank!: BrowserBank;
  private index!: ReturnType<typeof searchIndex>;
  private prompts = new Map<string, string>();
  private ctl = controller();
  private state!: BrowserState;
  private pendingFocus: FocusTarget | null = null;
  /** While a dispatch runs, the store's change events wait for its one render at the end. */
  private busy = false;
  /** The order of the last render, held while acted-on rows are kept (see `visibleRows`). */
  private order: string[] = [];

  private $<T extends HTMLElement = HTMLElement>(sel: string): T {
    const el = this.querySelector<T>(sel);
    if (!el) throw new Error(`card-browser: ${sel} 요소가 없습니다`);
    return el;
  }

  connectedCallback() {
    this.bank = readBankData<BrowserBank>(this);
    this.index = searchIndex(this.bank);
    for (const q of this.bank.questions) this.prompts.set(q.id, q.prompt);
    const kinds = [...new Set(this.bank.questions.map((q) => q.kind))];
    this.state = initialBrowserState(this.bank.lessons.map((l) => l.id), kinds);
    if (this.ctl.readOnly || this.ctl.loaded.problem || this.ctl.store.corruptCopies().length > 0) {
      const e = this.$('[data-error]');
      e.hidden = false;
      e.textContent = this.ctl.readOnly
        ? '새 버전에서 저장된 진도라 이 탭에서는 바꿀 수 없습니다. 페이지를 새로 고치세요.'
        : '저장된 퀴즈 진도를 읽을 수 없습니다. 퀴즈 첫 화면에서 원본 데이터를 내려받을 수 있습니다.';
    }
    this.wire();
    this.ctl.onChange(() => {
      if (!this.busy) this.render();
    });
    this.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>('[disabled]').forEach((el) => (el.disabled = false));
    this.dataset.ready = 'true';
    this.render();
  }

  private wire() {
    const form = this.$<HTMLFormElement>('[data-controls]');
    const field = <T extends Element>(name: string) => form.elements.namedItem(name) as T | null;
    form.addEventListener('submit', (e) => e.preventDefault());
    form.addEventListener('input', (e) => {
      const t = e.target as HTMLInputElement;
      if (t.name === 'query') this.dispatch({ type: 'query', text: t.value });
    });
    form.addEventListener('change', (e) => {
      const t = e.target as HTMLInputElement | HTMLSelectElement;
      if (t.name === 'lesson') this.dispatch({ type: 'lesson', lesson: t.value });
      if (t.name === 'state') this.dispatch({ type: 'state', state: t.value });
      if (t.name === 'kind') this.dispatch({ type: 'kind', kind: t.value });
      if (t.name === 'sort') this.dispatch({ type: 'sort', by: t.value });
      if (t.name === 'flagged') this.dispatch({ type: 'flagged-only', on: (t as HTMLInputElement).checked });
    });
    this.$('[data-clear]').addEventListener('click', () => {
      this.dispatch({ type: 'clear-filters' });
      field<HTMLInputElement>('query')?.focus();
    });
    this.$('[data-more]').addEventListener('click', () => this.dispatch({ type: 'more' }));
    this.$('[data-undo]').addEventListener('click', () => this.dispatch({ type: 'undo' }));
    // One listener for every row's buttons: rows are rebuilt on each render.
    this.$('[data-rows]').addEventListener('click', (e) => {
      const btn = (e.target as Element).closest<HTMLButtonElement>('button[data-row-action]');
      const id = btn?.closest<HTMLElement>('tr')?.dataset.id;
      if (!btn || id === undefined || btn.disabled) return;
      const action = btn.dataset.rowAction as RowAction;
      const on = btn.dataset.on !== 'true';
      if (action === 'flag') this.dispatch({ type: 'flag', id, on });
      else if (action === 'suspend') this.dispatch({ type: 'suspend', id, on });
      else if (action === 'reset') this.dispatch({ type: 'reset', id });
      else if (action === 'practise') this.dispatch({ type: 'practise', id });
    });
  }

  // ---------- the reducer loop ----------
  private dispatch(action: BrowserAction) {
    const queue: BrowserAction[] = [action];
    this.busy = true;
    try {
      while (queue.length) {
        const step = reduceBrowser(this.state, queue.shift() as BrowserAction);
        this.state = step.state;
        for (const effect of step.effects) {
          const next = this.run(effect);
          if (next) queue.push(next);
        }
      }
    } finally {
      this.busy = false;
    }
    this.render();
  }

  private run(effect: BrowserEffect): BrowserAction | null {
    switch (effect.type) {
      case 'save': {
        const applied = applyChange(this.ctl.progress(), effect.change, systemClock.now());
        if (!applied.ok) return { type: 'save-failed', change: effect.change, message: applied.error.message };
        // The keeper switches its state only once the save succeeded: a full disk changes nothing.
        const saved = this.ctl.replace(applied.value.progress);
        return saved.ok
          ? { type: 'saved', change: effect.change, undo: applied.value.undo }
          : { type: 'save-failed', change: effect.change, message: saved.error.message };
      }
      case 'practise': {
        const now = systemClock.now();
        const seed = (now ^ Math.floor(Math.random() * 0x7fffffff)) >>> 0;
        if (!writeJson(RESUME_KEY, practiceResume(effect.id, studyDay(systemClock, now), seed))) {
          return { type: 'practise-failed', message: '브라우저 저장소를 쓸 수 없어 퀴즈에 문항을 넘기지 못했습니다. 퀴즈 화면에서 레슨 연습으로 풀어 보세요.' };
        }
        location.assign('/quiz/');
        return null;
      }
      case 'focus':
        this.pendingFocus = effect.target;
        return null;
    }
  }

  // ---------- rendering ----------
  private render() {
    const now = systemClock.now();
    const rows = deriveRows(this.bank, this.ctl.progress(), systemClock, now);
    const { rows: shown, total, order } = visibleRows(rows, this.state, this.index, this.order);
    this.order = order;
    this.$('[data-count]').textContent = countText(total, shown.length, rows.length, this.state);
    const body = this.$('[data-rows]');
    body.textContent = '';
    const kept = new Set(this.state.kept);
    for (const row of shown) body.append(this.renderRow(row, now, kept.has(row.id)));
    const more = this.$<HTMLButtonElement>('[data-more]');
    more.hidden = shown.length >= total;
    more.textContent = `더 보기 (${Math.min(total - shown.length, PAGE_SIZE)}문항)`;
    this.renderStatus();
    this.applyFocus();
  }

  private renderStatus() {
    const n = this.state.notice;
    const box = this.$('[data-notice-box]');
    box.hidden = n === null && this.state.undo === null;
    box.dataset.tone = n?.kind === 'error' ? 'error' : 'info';
    const text = n === null ? '' : noticeText(n, n.kind === 'error' ? '' : (this.prompts.get(n.id) ?? n.id));
    const status = this.$('[data-notice]');
    if (status.textContent !== text) status.textContent = text;
    const undo = this.$<HTMLButtonElement>('[data-undo]');
    undo.hidden = this.state.undo === null;
    if (this.state.undo) undo.setAttribute('aria-describedby', `cb-p-${this.rowKey(this.state.undo.id)}`);
  }

  private applyFocus() {
    const f = this.pendingFocus;
    this.pendingFocus = null;
    if (!f) return;
    if (f.kind === 'undo') {
      this.$<HTMLButtonElement>('[data-undo]').focus();
      return;
    }
    const row = this.querySelector<HTMLElement>(`tr[data-id="${CSS.escape(f.id)}"]`);
    const btn = row?.querySelector<HTMLButtonElement>(`[data-row-action="${f.action}"]`);
    if (btn && !btn.disabled) btn.focus();
    else row?.querySelector<HTMLButtonElement>('[data-row-action="practise"]')?.focus();
  }

  /** An id safe for an element id (question ids are slugs, but never trust that). */
  private rowKey(id: string): string {
    return encodeURIComponent(id).replace(/[^A-Za-z0-9_-]/g, '_');
  }

  private renderRow(row: CardRow, now: number, kept: boolean): HTMLTableRowElement {
    const promptId = `cb-p-${this.rowKey(row.id)}`;
    const kind = Object.hasOwn(KIND_LABELS, row.kind) ? KIND_LABELS[row.kind as QuestionKind] : row.kind;
    const head = h('th', { scope: 'row' },
      h('span', { class: 'cb-prompt', id: promptId }, richText(row.prompt)),
      h('span', { class: 'cb-meta' },
        h('span', { class: 'cb-kind' }, kind),
        h('a', { href: `/lessons/${row.lesson}/#${encodeURIComponent(row.section)}` }, `${row.lessonTitle} › ${row.sectionTitle}`)));
    const tags = h('span', { class: 'cb-tags' }, h('span', { class: `cb-tag${row.phase === 'new' ? ' is-muted' : ''}` }, PHASE_LABELS[row.phase]));
    if (row.dueToday) tags.append(h('span', { class: 'cb-tag is-warn' }, '오늘 복습'));
    if (row.suspended) tags.append(h('span', { class: 'cb-tag is-muted' }, '보류'));
    if (row.leech) tags.append(h('span', { class: 'cb-tag is-warn' }, '거머리'));
    if (row.flagged) tags.append(h('span', { class: 'cb-tag is-flag' }, '표시함'));
    const recent = row.recent.length
      ? h('ul', { class: 'cb-recent' }, ...row.recent.map((r) => h('li', {}, h('span', { class: `g${r.grade}` }, GRADE_LABELS[r.grade as GradeValue]), ` ${dateText(r.at, systemClock)}`)))
      : h('span', { class: 'muted' }, '아직 없음');
    // The label says what a press does ("보류" / "보류 해제"); `data-on` is the card's current mark.
    const button = (action: RowAction, label: string, on: boolean | null, disabled = false) => h('button', {
      type: 'button', class: `button${on ? ' is-on' : ''}`, 'data-row-action': action, 'aria-describedby': promptId,
      'data-on': on === null ? null : String(on), disabled,
    }, label);
    const actions = h('div', { class: 'cb-actions' },
      button('flag', row.flagged ? '표시 해제' : '오답 노트에 표시', row.flagged),
      button('suspend', row.suspended ? '보류 해제' : '보류', row.suspended),
      button('reset', '초기화', null, !row.resettable),
      button('practise', '바로 풀기', null));
    const tr = h('tr', { 'data-id': row.id, class: kept ? 'is-kept' : null },
      head,
      h('td', { 'data-label': '상태', 'data-col': 'state' }, tags),
      h('td', { 'data-label': '다음 복습', 'data-col': 'due', class: 'cb-num cb-half cb-first' }, dueText(row.due, now, systemClock)),
      h('td', { 'data-label': '안정도', 'data-col': 'stability', class: 'cb-num cb-half' }, stabilityText(row.stability)),
      h('td', { 'data-label': '난이도', 'data-col': 'difficulty', class: 'cb-num cb-half' }, difficultyText(row.difficulty)),
      h('td', { 'data-label': '최근 답', 'data-col': 'recent' }, recent),
      h('td', { 'data-label': '작업', class: 'cb-actions-cell' }, actions));
    return tr;
  }
}

customElements.define('card-browser', CardBrowser);

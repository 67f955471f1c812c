// <quiz-app>: dashboard, review/practice sessions, settings, backup. Logic lives in src/lib;
// this file only wires it to the DOM and the keyboard.
import { grade as gradeResponse, type QuizQuestion, type Verdict } from '~/lib/quiz/grading.ts';
import { shuffle } from '~/lib/random.ts';
import {
  buildQueue, createSession, exportProgress, formatInterval, mergeProgress, parseExport, PROGRESS_KEY, systemClock,
  type GradeValue, type Session,
} from '~/lib/srs/index.ts';
import { controller, download, formatDateTime } from './controller.ts';
import { fetchQuestionBank } from '../question-bank.ts';
import { h, richText } from '../dom.ts';
import { createWidget, type Widget } from './widgets.ts';
import { KIND_LABELS } from '~/lib/quiz/kinds.ts';
import type { ClientBank } from './bank-data.ts';

const RATE_NAMES: Record<GradeValue, string> = { 1: '다시', 2: '어려움', 3: '알맞음', 4: '쉬움' };

class QuizApp extends HTMLElement {
  private bank!: ClientBank;
  private byId = new Map<string, QuizQuestion>();
  private ctl = controller();
  private session: Session | null = null;
  private widget: Widget | null = null;
  private phase: 'idle' | 'question' | 'answered' = 'idle';
  private verdict: Verdict | null = null;
  private suggested: GradeValue = 3;
  private composing = false;
  private asked = false;

  private $<T extends HTMLElement = HTMLElement>(sel: string): T {
    const el = this.querySelector<T>(sel);
    if (!el) throw new Error(`quiz-app: ${sel} 요소가 없습니다`);
    return el;
  }

  async connectedCallback() {
    try {
      // The bank is a separate, cached file so the page's HTML stays small and paints fast.
      this.bank = await fetchQuestionBank();
    } catch (error) {
      this.showError(error instanceof Error ? error.message : '문제 은행을 불러오지 못했습니다.');
      return;
    }
    for (const q of this.bank.questions) this.byId.set(q.id, q);
    this.ctl.onChange(() => {
      if (this.phase === 'idle') this.renderDashboard();
    });
    this.ctl.onError((m) => this.showError(m));
    this.showStoredProblems();
    this.wireDashboard();
    this.wireSession();
    this.wireBackup();
    this.wireSettings();
    this.querySelectorAll<HTMLInputElement | HTMLButtonElement | HTMLSelectElement>('[disabled]:not([data-undo])').forEach((el) => (el.disabled = false));
    this.applyLessonParam();
    this.renderDashboard();
    void this.showPersistence(false);
  }

  // ---------- dashboard ----------
  private bankItems() {
    return this.bank.questions.map((q) => ({ id: q.id, lesson: q.lesson }));
  }

  private lessonTitle(id: string): string {
    return this.bank.lessons.find((l) => l.id === id)?.title ?? id;
  }

  private renderDashboard() {
    const now = systemClock.now();
    const p = this.ctl.progress();
    const q = buildQueue(p, this.bankItems(), systemClock, now);
    const due = q.learning.length + q.review.length;
    const today = this.$('[data-today]');
    today.textContent = '';
    today.append(
      h('strong', {}, `복습 ${due}개`), ' · ', h('strong', {}, `새 문항 ${q.new.length}개`),
      h('span', { class: 'muted' }, ` (오늘 푼 새 문항 ${q.doneToday.new}/${p.settings.newPerDay}, 복습 ${q.doneToday.reviews}/${p.settings.reviewsPerDay})`),
    );
    const start = this.$<HTMLButtonElement>('[data-start-all]');
    start.textContent = due + q.new.length > 0 ? `전체 복습 시작 (${due + q.new.length}문항)` : '오늘 할 복습이 없습니다';
    start.disabled = due + q.new.length === 0;
    for (const lc of q.perLesson) {
      const row = this.querySelector(`[data-lesson-row="${CSS.escape(lc.lesson)}"]`);
      if (!row) continue;
      (row.querySelector('[data-count="due"]') as HTMLElement).textContent = String(lc.due);
      (row.querySelector('[data-count="unseen"]') as HTMLElement).textContent = String(lc.unseen) + (lc.suspended ? ` (보류 ${lc.suspended})` : '');
    }
    const last = this.$('[data-last-backup]');
    last.textContent = p.lastBackup ? `마지막 내보내기: ${formatDateTime(p.lastBackup)}` : '아직 진도를 내보낸 적이 없습니다.';
    this.renderFocusLesson();
  }

  private focusLesson: string | null = null;

  private applyLessonParam() {
    const id = new URLSearchParams(location.search).get('lesson');
    if (!id) return;
    const box = this.querySelector<HTMLInputElement>(`#pick-${CSS.escape(id)}`);
    if (!box) {
      this.showError(`"${id}" 레슨의 퀴즈 문항을 찾지 못했습니다. 아래 목록에서 레슨을 고르세요.`);
      return;
    }
    this.focusLesson = id;
    box.checked = true;
    box.closest('tr')?.classList.add('is-focus');
    const sel = this.$<HTMLSelectElement>('[data-practice-lesson]');
    sel.value = id;
  }

  private renderFocusLesson() {
    const box = this.$('[data-focus-lesson]');
    if (!this.focusLesson) return;
    const id = this.focusLesson;
    const q = buildQueue(this.ctl.progress(), this.bankItems(), systemClock, systemClock.now(), new Set([id]));
    const n = q.learning.length + q.review.length + q.new.length;
    box.hidden = false;
    box.textContent = '';
    const startBtn = h('button', { type: 'button', class: 'button primary' }, n > 0 ? `이 레슨 복습 시작 (${n}문항)` : '이 레슨은 오늘 복습할 문항이 없습니다');
    startBtn.toggleAttribute('disabled', n === 0);
    startBtn.addEventListener('click', () => this.startReview(new Set([id])));
    const practiceBtn = h('button', { type: 'button', class: 'button' }, '이 레슨 연습 (일정 변경 없음)');
    practiceBtn.addEventListener('click', () => this.startPractice(id));
    box.append(h('p', {}, h('strong', {}, this.lessonTitle(id)), ` 레슨: 복습 ${q.learning.length + q.review.length}개 · 새 문항 ${q.new.length}개`), h('p', { class: 'focus-actions' }, startBtn, practiceBtn));
  }

  private wireDashboard() {
    this.$('[data-start-all]').addEventListener('click', () => this.startReview(null));
    this.$('[data-start-selected]').addEventListener('click', () => {
      const picked = [...this.querySelectorAll<HTMLInputElement>('[data-pick]:checked')].map((i) => i.value);
      if (picked.length === 0) {
        this.announce('복습할 레슨을 하나 이상 고르세요.');
        this.showError('복습할 레슨을 하나 이상 고르세요.');
        return;
      }
      this.startReview(new Set(picked));
    });
    this.$('[data-start-practice]').addEventListener('click', () => this.startPractice(this.$<HTMLSelectElement>('[data-practice-lesson]').value));
  }

  // ---------- sessions ----------
  private deps() {
    return { clock: systemClock, getProgress: () => this.ctl.progress(), commit: (p: Parameters<typeof this.ctl.commit>[0]) => this.ctl.commit(p) };
  }

  private startReview(lessons: Set<string> | null) {
    const q = buildQueue(this.ctl.progress(), this.bankItems(), systemClock, systemClock.now(), lessons);
    if (q.learning.length + q.review.length + q.new.length === 0) {
      this.announce('오늘 복습할 문항이 없습니다.');
      return;
    }
    this.session = createSession(this.deps(), q);
    this.$('[data-session-title]').textContent = lessons && lessons.size === 1 ? `복습: ${this.lessonTitle([...lessons][0] as string)}` : '복습 세션';
    this.enterSession();
  }

  private startPractice(lesson: string) {
    const ids = this.bank.questions.filter((q) => q.lesson === lesson).map((q) => q.id);
    if (ids.length === 0) return;
    const shuffled = shuffle(ids, Math.random);
    this.session = createSession(this.deps(), { learning: [], review: [], new: shuffled }, true);
    this.$('[data-session-title]').textContent = `연습: ${this.lessonTitle(lesson)}`;
    this.enterSession();
  }

  private enterSession() {
    this.$('[data-dashboard]').hidden = true;
    this.querySelectorAll<HTMLElement>('[data-outside-session]').forEach((el) => (el.hidden = true));
    this.$('[data-summary]').hidden = true;
    this.$('[data-session]').hidden = false;
    this.showNext(this.session?.advance() ?? null);
  }

  private showNext(id: string | null): void {
    const s = this.session;
    if (!s) return;
    if (id === null) return this.finish();
    const q = this.byId.get(id);
    if (!q) {
      // A question removed from the bank since it was studied: skip it.
      return this.showNext(s.advance());
    }
    this.phase = 'question';
    this.verdict = null;
    const slot = this.$('[data-widget-slot]');
    slot.textContent = '';
    this.widget = createWidget(q, Math.random, (m) => this.announce(m));
    slot.append(this.widget.el);
    const meta = this.$('[data-meta]');
    meta.textContent = '';
    const card = this.ctl.progress().cards[id];
    const status = s.practice ? '연습' : !card || card.state === 0 ? '새 문항' : card.state === 2 ? '복습' : '학습 중';
    meta.append(h('span', { class: 'kind' }, KIND_LABELS[q.kind]), `${this.lessonTitle(q.lesson)} · ${status}`);
    this.$('[data-submit-row]').hidden = false;
    this.$<HTMLButtonElement>('[data-submit]').disabled = false;
    this.$('[data-feedback]').hidden = true;
    this.$('[data-rating]').hidden = true;
    this.$('[data-next-row]').hidden = true;
    this.$<HTMLButtonElement>('[data-suspend]').hidden = s.practice;
    this.updateProgress();
    const input = this.widget.textInput;
    if (input) {
      input.addEventListener('compositionstart', () => (this.composing = true));
      input.addEventListener('compositionend', () => (this.composing = false));
    }
    this.widget.focus();
  }

  private updateProgress() {
    const s = this.session;
    if (!s) return;
    const r = s.remaining();
    const sum = s.summary();
    const left = r.main + r.learning + (this.phase === 'question' ? 1 : 0);
    this.$('[data-session-progress]').textContent = `푼 문항 ${sum.answered} · 남은 문항 ${left}${r.learning ? ` (다시 볼 문항 ${r.learning} 포함)` : ''}`;
    const meter = this.$<HTMLProgressElement>('[data-session-meter]');
    meter.max = Math.max(1, sum.answered + left);
    meter.value = sum.answered;
    meter.setAttribute('aria-label', `진행: ${sum.answered}/${sum.answered + left}`);
    this.$<HTMLButtonElement>('[data-undo]').disabled = !s.canUndo();
  }

  private submit() {
    if (this.phase !== 'question' || !this.widget || !this.session) return;
    const id = this.session.current();
    const q = id ? this.byId.get(id) : undefined;
    if (!q) return;
    const r = this.widget.response();
    if (!r) {
      this.announce(q.kind === 'typed' ? '답을 입력하세요.' : '답을 고르세요.');
      return;
    }
    const typed = r.kind === 'typed' ? r.text : undefined;
    const v = gradeResponse(q, r);
    this.verdict = v;
    this.phase = 'answered';
    this.widget.lock(v, typed);
    this.widget.el.disabled = q.kind !== 'typed';
    this.$('[data-submit-row]').hidden = true;
    this.suggested = v.correct ? 3 : 1;
    this.renderFeedback(q, v);
    this.announce(`${v.message} ${this.session.practice ? '' : `추천 평가: ${RATE_NAMES[this.suggested]}.`}`);
  }

  private renderFeedback(q: QuizQuestion, v: Verdict) {
    const s = this.session as Session;
    const fb = this.$('[data-feedback]');
    fb.hidden = false;
    const verdict = this.$('[data-verdict]');
    verdict.className = `verdict ${v.correct ? 'ok' : 'bad'}`;
    verdict.textContent = `${v.correct ? '✓' : '✗'} ${v.message}`;
    const ex = this.$('[data-explanation]');
    ex.textContent = '';
    ex.append(h('p', {}, richText(q.explanation)));
    const link = this.$('[data-lesson-link]');
    link.textContent = '';
    const lesson = this.bank.lessons.find((l) => l.id === q.lesson);
    const sectionText = lesson?.sections[q.section] ?? q.section;
    link.append('레슨에서 다시 보기: ', h('a', { href: `/lessons/${q.lesson}/#${encodeURIComponent(q.section)}`, target: '_blank', rel: 'noopener' }, `${lesson?.title ?? q.lesson} › ${sectionText}`));
    this.$('[data-leech]').hidden = true;
    if (s.practice) {
      this.$('[data-next-row]').hidden = false;
      this.$<HTMLButtonElement>('[data-next]').focus();
      return;
    }
    const preview = s.preview();
    const now = systemClock.now();
    this.$('[data-rating]').hidden = false;
    this.querySelectorAll<HTMLButtonElement>('[data-rate]').forEach((b) => {
      const g = Number(b.dataset.rate) as GradeValue;
      const ivl = preview ? formatInterval(preview[g] - now) : '';
      (b.querySelector('[data-ivl]') as HTMLElement).textContent = ivl;
      b.classList.toggle('suggested', g === this.suggested);
      // Visible text starts the accessible name (WCAG 2.5.3): "다시 1분 뒤 다시 복습 (추천)".
      (b.querySelector('[data-rate-sr]') as HTMLElement).textContent = ` 뒤 다시 복습${g === this.suggested ? ' (추천)' : ''}`;
    });
    this.querySelector<HTMLButtonElement>(`[data-rate="${this.suggested}"]`)?.focus();
  }

  private rate(g: GradeValue) {
    const s = this.session;
    if (!s || this.phase !== 'answered' || !this.verdict) return;
    const out = s.rate(g, this.verdict.correct);
    if (!s.practice && !this.asked) {
      this.asked = true;
      void this.showPersistence(true);
    }
    if (out.becameLeech) {
      const q = this.byId.get(s.current() ?? '');
      this.showError(`"${q?.prompt.slice(0, 40) ?? ''}…" 문항을 8번 틀려 '거머리 문항'으로 표시했습니다. 학습 통계에서 확인하고, 필요하면 보류하세요.`, true);
    }
    this.showNext(s.advance());
  }

  private undo() {
    const s = this.session;
    if (!s) return;
    const r = s.undo();
    if (!r) {
      this.announce('되돌릴 평가가 없습니다.');
      return;
    }
    this.$('[data-summary]').hidden = true;
    this.$('[data-session]').hidden = false;
    this.showNext(r.id);
    this.announce('마지막 평가를 되돌렸습니다. 같은 문항을 다시 풉니다.');
  }

  private finish() {
    const s = this.session;
    if (!s) return;
    this.phase = 'idle';
    this.widget = null;
    const sum = s.summary();
    this.$('[data-session]').hidden = true;
    const box = this.$('[data-summary]');
    box.hidden = false;
    const set = (k: string, v: string) => (this.$(`[data-sum="${k}"]`).textContent = v);
    set('answered', String(sum.answered));
    set('right', String(sum.right));
    set('wrong', String(sum.wrong));
    const now = systemClock.now();
    set('next', s.practice ? '연습 모드 (일정 변경 없음)' : sum.nextDue === null ? '–' : sum.nextDue <= now ? '지금' : `${formatInterval(sum.nextDue - now)} 뒤 (${formatDateTime(sum.nextDue)})`);
    const r = s.remaining();
    this.$('[data-sum-note]').textContent = r.learning > 0
      ? `다시 볼 문항 ${r.learning}개는 잠시 뒤에 다시 나옵니다. 그때 퀴즈 첫 화면에서 복습을 이어 가세요.`
      : sum.answered > 0 ? `정답률 ${Math.round((sum.right / sum.answered) * 100)}%.` : '';
    this.$<HTMLButtonElement>('[data-sum-undo]').hidden = !s.canUndo();
    box.focus();
    this.announce(`세션을 마쳤습니다. 푼 문항 ${sum.answered}, 맞힘 ${sum.right}, 틀림 ${sum.wrong}.`);
  }

  private backToDashboard() {
    this.session = null;
    this.phase = 'idle';
    this.$('[data-summary]').hidden = true;
    this.$('[data-session]').hidden = true;
    this.$('[data-dashboard]').hidden = false;
    this.querySelectorAll<HTMLElement>('[data-outside-session]').forEach((el) => (el.hidden = false));
    this.renderDashboard();
    this.$('#quiz-today-h').setAttribute('tabindex', '-1');
    this.$('#quiz-today-h').focus();
  }

  private wireSession() {
    this.$<HTMLFormElement>('[data-answer-form]').addEventListener('submit', (e) => {
      e.preventDefault();
      if (this.composing) return;
      this.submit();
    });
    this.querySelectorAll<HTMLButtonElement>('[data-rate]').forEach((b) => b.addEventListener('click', () => this.rate(Number(b.dataset.rate) as GradeValue)));
    this.$('[data-next]').addEventListener('click', () => this.rate(this.suggested));
    this.$('[data-undo]').addEventListener('click', () => this.undo());
    this.$('[data-sum-undo]').addEventListener('click', () => this.undo());
    this.$('[data-back]').addEventListener('click', () => this.backToDashboard());
    this.$('[data-end]').addEventListener('click', () => this.finish());
    this.$('[data-suspend]').addEventListener('click', () => {
      const s = this.session;
      if (!s || s.practice) return;
      const id = s.current();
      s.suspendCurrent();
      this.announce('이 문항을 보류했습니다. 학습 통계에서 다시 켤 수 있습니다.');
      if (id) this.showNext(s.advance());
    });
    document.addEventListener('keydown', (e) => this.onKey(e));
  }

  private onKey(e: KeyboardEvent) {
    if (!this.session || this.$('[data-session]').hidden && this.$('[data-summary]').hidden) return;
    const t = e.target as HTMLElement | null;
    const inText = !!t && (t instanceof HTMLTextAreaElement || (t instanceof HTMLInputElement && (t.type === 'text' || t.type === 'number')));
    if ((e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'z' && !inText) {
      e.preventDefault();
      this.undo();
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    // Enter while a Hangul syllable is still being composed must never submit.
    // keyCode 229: WebKit may deliver the confirming Enter after compositionend.
    if (e.key === 'Enter' && (e.isComposing || (e as { keyCode?: number }).keyCode === 229 || this.composing)) {
      if (inText) e.preventDefault();
      return;
    }
    if (inText) return; // digits and Space belong to the text box
    const interactive = !!t && !!t.closest('button, a, select, summary, input[type="file"]');
    if (this.phase === 'question') {
      if (/^[1-9]$/.test(e.key) && this.widget?.choose(Number(e.key))) {
        e.preventDefault();
      } else if (e.key === 'Enter' && !(t && t.closest('button, a, select, summary'))) {
        e.preventDefault();
        this.submit();
      }
    } else if (this.phase === 'answered') {
      if (!this.session.practice && /^[1-4]$/.test(e.key)) {
        e.preventDefault();
        this.rate(Number(e.key) as GradeValue);
      } else if ((e.key === ' ' || e.key === 'Enter') && !interactive) {
        e.preventDefault();
        this.rate(this.suggested);
      }
    }
  }

  // ---------- messages ----------
  private announce(m: string) {
    const live = this.$('[data-live]');
    live.textContent = '';
    // A fresh text node after clearing makes screen readers repeat identical messages.
    requestAnimationFrame(() => (live.textContent = m));
  }

  private showError(m: string, info = false) {
    const el = this.$('[data-error]');
    el.hidden = false;
    el.textContent = m;
    el.classList.toggle('info', info);
  }

  private showStoredProblems() {
    const banner = this.$('[data-banner]');
    const problem = this.ctl.loaded.problem;
    const copies = this.ctl.store.corruptCopies();
    if (!problem && copies.length === 0) {
      banner.hidden = true;
      return;
    }
    banner.hidden = false;
    banner.textContent = '';
    banner.append(h('p', {}, h('strong', {}, '저장된 퀴즈 진도를 읽을 수 없습니다.'), ` ${problem?.message ?? copies[0]?.message ?? ''}`));
    if (problem && !problem.keptAs) {
      banner.append(h('p', {}, '저장 공간이 부족해 원본을 따로 보관하지 못했습니다. 원본을 덮어쓰지 않도록, 원본을 지우기 전까지 이번 방문의 진도는 저장하지 않습니다.'));
    } else {
      banner.append(h('p', {}, '원본 데이터는 지우지 않고 따로 보관했습니다. 내려받아 두세요. 퀴즈는 새 진도로 계속 쓸 수 있습니다.'));
    }
    const actions = h('p', { class: 'banner-actions' });
    const dl = h('button', { type: 'button', class: 'button' }, '원본 데이터 내려받기');
    dl.addEventListener('click', () => {
      const raw = problem && !problem.keptAs ? problem.raw : copies.map((c) => this.ctl.store.readCorrupt(c.key) ?? '').join('\n');
      download('ec2-study-lab-progress-unreadable.txt', raw, 'text/plain');
    });
    const del = h('button', { type: 'button', class: 'button' }, '보관한 원본 지우기');
    del.addEventListener('click', () => {
      if (!confirm('보관한 원본 데이터를 지울까요? 내려받아 두지 않았다면 되살릴 수 없습니다.')) return;
      for (const c of this.ctl.store.corruptCopies()) this.ctl.store.discardCorrupt(c.key);
      if (problem && !problem.keptAs) this.ctl.store.discardCorrupt(PROGRESS_KEY);
      banner.hidden = true;
      this.announce('보관한 원본 데이터를 지웠습니다.');
    });
    actions.append(dl, del);
    banner.append(actions);
  }

  private async showPersistence(ask: boolean) {
    const el = this.$('[data-persist-status]');
    const sm = navigator.storage;
    if (!sm || typeof sm.persisted !== 'function') {
      el.textContent = '이 브라우저는 영구 저장 요청을 지원하지 않습니다. 진도를 자주 내보내 두세요.';
      return;
    }
    const already = await sm.persisted().catch(() => false);
    const state = already ? 'granted' : ask ? await this.ctl.requestPersistence() : null;
    el.textContent = state === 'granted'
      ? '이 브라우저가 진도를 영구 저장하도록 허용했습니다 (브라우저 데이터를 직접 지우기 전까지 보존).'
      : state === 'denied'
        ? '브라우저가 영구 저장을 허용하지 않았습니다. 저장 공간이 부족하면 진도가 지워질 수 있으니 내보내기로 백업해 두세요.'
        : '첫 복습을 마치면 브라우저에 진도 영구 저장을 요청합니다.';
  }

  // ---------- backup ----------
  private wireBackup() {
    const msg = this.$('[data-backup-msg]');
    this.$('[data-export]').addEventListener('click', () => {
      const now = systemClock.now();
      const p = { ...this.ctl.progress(), lastBackup: now };
      const text = exportProgress(p, now);
      const saved = this.ctl.commit(p);
      const d = new Date(now);
      const stamp = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      download(`ec2-study-lab-progress-${stamp}.json`, text);
      msg.textContent = `진도를 파일로 내보냈습니다 (카드 ${Object.keys(p.cards).length}개, 복습 기록 ${p.log.length}개).${saved.ok ? '' : ' ' + saved.error.message}`;
    });
    const input = this.$<HTMLInputElement>('[data-import]');
    input.addEventListener('change', async () => {
      const file = input.files?.[0];
      if (!file) return;
      const text = await file.text();
      input.value = '';
      const r = parseExport(text);
      if (!r.ok) {
        msg.textContent = r.error.message;
        return;
      }
      const merged = mergeProgress(this.ctl.progress(), r.value);
      const saved = this.ctl.commit(merged);
      msg.textContent = saved.ok
        ? `진도를 가져왔습니다: 파일의 카드 ${Object.keys(r.value.cards).length}개, 복습 기록 ${r.value.log.length}개를 지금 진도와 합쳤습니다.`
        : saved.error.message;
      this.renderDashboard();
      this.syncSettingsForm();
    });
  }

  // ---------- settings ----------
  private syncSettingsForm() {
    const s = this.ctl.progress().settings;
    const f = this.$<HTMLFormElement>('[data-settings]');
    (f.elements.namedItem('newPerDay') as HTMLInputElement).value = String(s.newPerDay);
    (f.elements.namedItem('reviewsPerDay') as HTMLInputElement).value = String(s.reviewsPerDay);
    (f.elements.namedItem('retention') as HTMLInputElement).value = String(Math.round(s.retention * 100));
  }

  private wireSettings() {
    this.syncSettingsForm();
    const f = this.$<HTMLFormElement>('[data-settings]');
    f.addEventListener('submit', (e) => {
      e.preventDefault();
      const num = (n: string) => Number((f.elements.namedItem(n) as HTMLInputElement).value);
      const newPerDay = num('newPerDay');
      const reviewsPerDay = num('reviewsPerDay');
      const retention = num('retention') / 100;
      const msg = this.$('[data-settings-msg]');
      if (!Number.isInteger(newPerDay) || newPerDay < 0 || !Number.isInteger(reviewsPerDay) || reviewsPerDay < 0 || !(retention >= 0.7 && retention <= 0.99)) {
        msg.textContent = '값을 확인하세요: 문항 수는 0 이상의 정수, 목표 기억률은 70–99%입니다.';
        return;
      }
      const p = this.ctl.progress();
      const saved = this.ctl.commit({ ...p, settings: { newPerDay, reviewsPerDay, retention, mod: systemClock.now() } });
      msg.textContent = saved.ok ? '설정을 저장했습니다.' : saved.error.message;
      this.renderDashboard();
    });
  }
}

customElements.define('quiz-app', QuizApp);

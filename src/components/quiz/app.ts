// <quiz-app>: the /quiz/ screen. The state and its transitions live in src/lib/study/review-machine.ts; this
// element runs the reducer's effects (a session runner, storage, focus), renders from the state, and maps
// DOM events and keys to reducer events. Modes are planned in src/lib/study/plans.ts.
import type { QuizQuestion, Verdict } from '~/lib/quiz/grading.ts';
import type { LeakList } from '~/lib/quiz/leaks.ts';
// Module by module, not the ~/lib/srs barrel: ts-fsrs and the session come with the session kit, not the dashboard.
import { exportProgress, NEWER_VERSION_MESSAGE } from '~/lib/srs/progress.ts';
import { formatInterval, studyDay } from '~/lib/srs/day.ts';
import { PROGRESS_KEY, type ResetOutcome } from '~/lib/srs/store.ts';
import { systemClock, type GradeValue, type Progress } from '~/lib/srs/types.ts';
import {
  initialStudyState, parseResume, reduceStudy, studyEventForKey, type ModeSpec, type StudyEffect, type StudyEvent, type StudyState,
} from '~/lib/study/review-machine.ts';
import {
  addExtension, cardOf, countMistakes, DEFAULT_MISTAKE_DAYS, extensionMap, isFlagged, lessonLoop, parseExtensions, planSegments,
  resumeSegments, selectMistakes, type Extensions, type LoopOptions,
} from '~/lib/study/plans.ts';
import type { Runner } from '~/lib/study/runner.ts';
import type { SessionDeps } from '~/lib/srs/session.ts';
import type { Widget } from './widgets.ts';
import { setFlags } from '~/lib/study/notebook.ts';
import { RESUME_KEY, EXTENSIONS_KEY, readJson, writeJson, removeKey } from '~/lib/study/storage-keys.ts';
import { backupName, controller, download, formatDateTime } from './controller.ts';
import { h, richText } from '../dom.ts';
import { QueryElement } from './query-element.ts';
import { KIND_LABELS } from '~/lib/quiz/kinds.ts';
import { questionSource, type BankIndex, type QuestionSource } from '~/lib/quiz/bank-index.ts';
import type { BankItem } from '~/lib/srs/queue.ts';
import { fetchJson, readIndex } from './bank-client.ts';
import { loadOnce } from '../load-once.ts';

const RATE_NAMES: Record<GradeValue, string> = { 1: '다시', 2: '어려움', 3: '알맞음', 4: '쉬움' };

class QuizApp extends QueryElement {
  /** The bank's index (ids, lessons, sections) from the page; full questions load per lesson (src/lib/quiz/bank-index.ts). */
  private source!: QuestionSource;
  private items: BankItem[] = [];
  private titles = new Map<string, string>();
  /** The cards of the open session, in plan order: their lessons load in the background once the first card is up. */
  private sessionIds: string[] = [];
  private loadingFor: string | null = null;
  private prefetching: string[] | null = null;
  /** An answer waits for its card's feedback file. */
  private checking = false;
  private leaks = new Map<string, readonly string[]>();
  private lastReset: ResetOutcome | null = null;
  private ctl = controller();
  private state: StudyState = initialStudyState();
  private runner: Runner | null = null;
  private widget: Widget | null = null;
  private widgetFor: StudyState['screen'] | null = null;
  private verdict: Verdict | null = null;
  private composing = false;
  private asked = false;
  private queue: StudyEvent[] = [];
  private busy = false;
  private pendingFocus: StudyEffect & { type: 'focus' } | null = null;
  private focusLesson: string | null = null;
  /** Widgets and runner: loaded after the dashboard is up, awaited before a session opens. */
  private readonly sessionKit = loadOnce(() => import('./session-kit.ts'));
  private kit: typeof import('./session-kit.ts') | null = null;
  /** Grader and scheduler (es-hangul, ts-fsrs): requested once a card is on screen, awaited when an answer is checked. */
  private readonly answerKitModule = loadOnce(() => import('./answer-kit.ts'));
  private answerKit: typeof import('./answer-kit.ts') | null = null;

  async connectedCallback() {
    const index = readIndex(this);
    if (!index) {
      this.showError('문항 목록을 읽지 못했습니다. 페이지를 새로 고쳐 보세요.');
      return;
    }
    this.useIndex(index);
    this.ctl.onChange(() => {
      if (this.state.screen.name === 'dashboard') this.renderDashboard();
    });
    this.ctl.onError((m) => this.showError(m));
    this.showStoredProblems();
    this.wireDashboard();
    this.wireSession();
    this.wireBackup();
    this.wireSettings();
    this.wireReset();
    this.querySelectorAll<HTMLInputElement | HTMLButtonElement | HTMLSelectElement>('[disabled]:not([data-undo])').forEach((el) => (el.disabled = false));
    this.applyLessonParam();
    this.dataset.ready = 'true';
    const saved = parseResume(readJson(RESUME_KEY), this.day());
    if (saved && this.source.has(saved.current)) {
      void this.source.load([saved.current]).catch(() => undefined); // fetched alongside the session modules
      void this.begin({ type: 'resume', saved });
    } else if (!this.applyModeParam()) this.render();
    void this.loadKit().catch(() => undefined);
    void this.showPersistence(false);
  }

  private useIndex(index: BankIndex) {
    this.source = questionSource(index, fetchJson);
    this.items = index.questions.map(([id, lesson, section]) => ({ id, lesson, section }));
    this.titles = new Map(index.lessons.map((l) => [l.id, l.title]));
  }

  private day() {
    return studyDay(systemClock, systemClock.now());
  }

  private async loadKit() {
    const kit = await this.sessionKit();
    if (!this.kit) {
      this.kit = kit;
      this.leaks = this.kit.leakMap(this.source.index.leaks as LeakList);
    }
    return this.kit;
  }

  private async loadAnswerKit() {
    this.answerKit ??= await this.answerKitModule();
    return this.answerKit;
  }

  /** Session starts wait for the runner module, then go through the reducer like every other event. */
  private async begin(event: StudyEvent) {
    try {
      await this.loadKit();
    } catch {
      this.showError('퀴즈 세션을 여는 데 필요한 파일을 불러오지 못했습니다. 연결을 확인하고 새로 고치세요.');
      return;
    }
    this.dispatch(event);
  }

  // ---------- the reducer loop ----------
  private dispatch(event: StudyEvent) {
    this.queue.push(event);
    if (this.busy) return;
    this.busy = true;
    try {
      while (this.queue.length) {
        const step = reduceStudy(this.state, this.queue.shift() as StudyEvent, this.day());
        this.state = step.state;
        for (const effect of step.effects) this.run(effect);
      }
    } finally {
      this.busy = false;
    }
    this.render();
  }

  private run(effect: StudyEffect) {
    switch (effect.type) {
      case 'open': {
        const ctx = { progress: this.ctl.progress(), bank: this.bankItems(), clock: systemClock, now: systemClock.now(), ...this.loopOptions() };
        const planned = planSegments(effect.mode, effect.seed, ctx);
        const segments = effect.first === null && effect.seen.length === 0 ? planned : resumeSegments(planned, effect.first, effect.seen, ctx.progress, ctx.now);
        this.sessionIds = segments.flatMap((g) => [...g.learning, ...g.review, ...g.new]);
        this.runner = this.kit?.openRunner({ ...this.deps(), known: (id) => this.source.has(id) }, segments) ?? null;
        break;
      }
      case 'advance': {
        const shown = this.runner?.advance() ?? { id: null, scheduled: false, learningLeft: 0 };
        this.queue.push({ type: 'shown', ...shown });
        break;
      }
      case 'rate': {
        const out = this.runner?.rate(effect.grade, effect.correct, effect.flags) ?? { error: null, saveError: null, becameLeech: false };
        if (this.state.mode?.kind !== 'practice' && !this.asked && out.error === null) {
          this.asked = true;
          void this.showPersistence(true);
        }
        if (out.becameLeech) {
          const q = this.source.get(this.runner?.current() ?? '');
          this.showError(`"${q?.prompt.slice(0, 40) ?? ''}…" 문항을 8번 틀려 '거머리 문항'으로 표시했습니다. 오답 노트와 학습 통계에서 확인하고, 필요하면 보류하세요.`, true);
        }
        this.queue.push({ type: 'rated', error: out.error, saveError: out.saveError });
        break;
      }
      case 'undo': {
        const r = this.runner?.undo() ?? { id: null, scheduled: false, error: null };
        this.queue.push({ type: 'undone', ...r });
        break;
      }
      case 'suspend': {
        const r = this.runner?.suspend();
        if (r && !r.ok) this.showError(r.error.message);
        break;
      }
      case 'reset-card': {
        const r = this.runner?.resetCurrent() ?? { ok: true as const, value: null };
        this.queue.push({ type: 'card-reset', error: r.ok ? null : r.error.message });
        break;
      }
      case 'skip-card':
        this.runner?.skipCurrent();
        break;
      case 'save-resume':
        writeJson(RESUME_KEY, effect.resume);
        break;
      case 'clear-resume':
        removeKey(RESUME_KEY);
        break;
      case 'close':
        this.runner = null;
        this.sessionIds = [];
        break;
      case 'focus':
        this.pendingFocus = effect;
        break;
    }
  }

  private deps() {
    return {
      clock: systemClock,
      getProgress: () => this.ctl.progress(),
      commit: (p: Progress) => this.ctl.commit(p),
      replace: (p: Progress) => this.ctl.replace(p),
      // Asked for only to preview or rate, which follow a checked answer, and checking waits for the answer kit.
      createScheduler: (...args: Parameters<SessionDeps['createScheduler']>) => {
        if (!this.answerKit) throw new Error('scheduler not loaded');
        return this.answerKit.createScheduler(...args);
      },
    };
  }

  // ---------- rendering ----------
  private render() {
    const s = this.state.screen;
    const inSession = s.name !== 'dashboard' && s.name !== 'summary';
    this.$('[data-dashboard]').hidden = s.name !== 'dashboard';
    this.querySelectorAll<HTMLElement>('[data-outside-session]').forEach((el) => (el.hidden = s.name !== 'dashboard'));
    this.$('[data-session]').hidden = !inSession;
    this.$('[data-summary]').hidden = s.name !== 'summary';
    this.dataset.screen = s.name;
    if (s.name === 'dashboard') this.renderDashboard();
    if (inSession) this.renderSession();
    if (s.name === 'summary') this.renderSummary();
    if (this.state.message) this.announce(this.state.message);
    this.applyFocus();
  }

  private applyFocus() {
    const f = this.pendingFocus;
    this.pendingFocus = null;
    if (!f) return;
    switch (f.target) {
      case 'question':
        if (this.widget) this.widget.focus();
        else this.pendingFocus = f; // the card's lesson is still loading: focus it once mounted
        break;
      case 'rating': this.querySelector<HTMLButtonElement>('[data-rate].suggested')?.focus(); break;
      case 'next': this.$<HTMLButtonElement>('[data-next]').focus(); break;
      case 'summary': this.$('[data-summary]').focus(); break;
      case 'card-error': this.$('[data-card-error] h3').focus(); break;
      case 'dashboard': this.$('#quiz-today-h').setAttribute('tabindex', '-1'); this.$('#quiz-today-h').focus(); break;
    }
  }

  private renderSession() {
    const s = this.state.screen;
    this.$('[data-session-title]').textContent = this.state.title;
    this.$('[data-card-loading]').hidden = true;
    const errorBox = this.$('[data-card-error]');
    errorBox.hidden = s.name !== 'card-error';
    this.$('[data-card]').hidden = s.name === 'card-error' || s.name === 'opening';
    if (s.name === 'card-error') {
      this.$('[data-card-error-msg]').textContent = s.message;
      this.updateProgress();
      return;
    }
    if (s.name !== 'question' && s.name !== 'answered') return;
    const q = this.source.get(s.id);
    if (!q) {
      this.awaitQuestion(s.id);
      return;
    }
    const fresh = s.name === 'question' && (this.widgetFor === null || this.widgetFor.name !== 'question' || (this.widgetFor as { id: string }).id !== s.id);
    if ((fresh || !this.widget) && this.kit) {
      this.mountWidget(this.kit, q, s.scheduled);
      // User Timing: the bench and the budget test count what /quiz/ transfers before this point.
      if (performance.getEntriesByName('quiz:first-question').length === 0) performance.mark('quiz:first-question');
      void this.source.loadFeedback([q.id]).catch(() => undefined); // read while the learner answers; retried on submit
      void this.loadAnswerKit().catch(() => undefined); // likewise the grader and scheduler
      this.prefetchSession();
    }
    this.widgetFor = s;
    const unsure = this.$<HTMLButtonElement>('[data-unsure]');
    unsure.setAttribute('aria-pressed', String(s.unsure));
    unsure.disabled = s.name !== 'question';
    this.$('[data-submit-row]').hidden = s.name !== 'question';
    this.$<HTMLButtonElement>('[data-submit]').disabled = s.name !== 'question';
    this.$<HTMLButtonElement>('[data-suspend]').hidden = !s.scheduled;
    const card = cardOf(this.ctl.progress(), s.id);
    const flag = this.$<HTMLButtonElement>('[data-flag]');
    flag.setAttribute('aria-pressed', String(isFlagged(card)));
    flag.textContent = isFlagged(card) ? '오답 노트 표시 해제' : '오답 노트에 표시';
    if (s.name === 'answered') this.renderFeedback(q, s);
    else {
      this.$('[data-feedback]').hidden = true;
      this.$('[data-rating]').hidden = true;
      this.$('[data-next-row]').hidden = true;
    }
    this.updateProgress();
  }

  /** The card's lesson is not loaded yet: a placeholder while its shard arrives, then the card. */
  private awaitQuestion(id: string) {
    this.$('[data-card]').hidden = true;
    const box = this.$('[data-card-loading]');
    box.hidden = false;
    this.widget = null;
    this.widgetFor = null;
    this.updateProgress();
    if (this.loadingFor === id) return;
    this.loadingFor = id;
    box.textContent = '문항을 불러오는 중…';
    this.source.load([id]).then(
      () => {
        this.loadingFor = null;
        const s = this.state.screen;
        if ((s.name !== 'question' && s.name !== 'answered') || s.id !== id) return;
        if (this.source.get(id)) this.render();
        else {
          box.textContent = '이 문항은 사이트가 새 버전으로 바뀌면서 없어졌습니다. 페이지를 새로 고치세요.';
        }
      },
      (error: unknown) => {
        this.loadingFor = null;
        box.textContent = '';
        const retry = h('button', { type: 'button', class: 'button' }, '다시 시도');
        retry.addEventListener('click', () => this.render());
        box.append(h('span', {}, error instanceof Error ? error.message : '문항을 불러오지 못했습니다.'), ' ', retry);
      },
    );
  }

  /** Once a card is on screen, the lessons of the session's other cards load one after another, when idle. */
  private prefetchSession() {
    const ids = this.sessionIds;
    if (ids.length === 0 || this.prefetching === ids) return;
    this.prefetching = ids;
    const idle = (fn: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(fn, { timeout: 2000 }) : setTimeout(fn, 200));
    const lessons = [...new Set(ids.map((id) => this.source.lessonOf(id)).filter((l): l is string => l !== undefined))];
    const next = (i: number) => {
      const lesson = lessons[i];
      if (lesson === undefined || this.sessionIds !== ids) return;
      this.source.loadLesson(lesson).then(() => idle(() => next(i + 1)), () => undefined); // retried on demand
    };
    idle(() => next(0));
  }

  private mountWidget(kit: typeof import('./session-kit.ts'), q: QuizQuestion, scheduled: boolean) {
    this.verdict = null;
    const slot = this.$('[data-widget-slot]');
    slot.textContent = '';
    this.widget = kit.createWidget(q, this.day(), (m) => this.announce(m));
    slot.append(this.widget.el);
    const meta = this.$('[data-meta]');
    meta.textContent = '';
    const card = cardOf(this.ctl.progress(), q.id);
    const status = !scheduled ? '연습 (일정 변경 없음)' : !card || card.state === 0 ? '새 문항' : card.state === 2 ? '복습' : '학습 중';
    meta.append(h('span', { class: 'kind' }, KIND_LABELS[q.kind]), `${this.lessonTitle(q.lesson)} · ${status}`);
    const input = this.widget.textInput;
    if (input) {
      input.addEventListener('compositionstart', () => (this.composing = true));
      input.addEventListener('compositionend', () => (this.composing = false));
    }
  }

  private updateProgress() {
    const t = this.state.tally;
    const left = this.runner?.remaining() ?? 0;
    this.$('[data-session-progress]').textContent = `푼 문항 ${t.answered} · 남은 문항 ${left}`;
    const meter = this.$<HTMLProgressElement>('[data-session-meter]');
    meter.max = Math.max(1, t.answered + left);
    meter.value = t.answered;
    meter.setAttribute('aria-label', `진행: ${t.answered}/${t.answered + left}`);
    this.$<HTMLButtonElement>('[data-undo]').disabled = this.state.history.length === 0 || !this.runner?.canUndo();
  }

  /** `feedbackTried`: the feedback file was loaded (or failed) for this card; check the answer whatever it holds. */
  private submit(feedbackTried = false) {
    const s = this.state.screen;
    const kit = this.answerKit;
    if (s.name !== 'question' || !this.widget || this.checking) return;
    const q = this.source.get(s.id);
    if (!q) return;
    const r = this.widget.response();
    if (!r) {
      this.announce(q.kind === 'typed' ? '답을 입력하세요.' : '답을 고르세요.');
      return;
    }
    if (!kit) {
      // The grader usually arrived while the learner read the card; if not, check the answer once it has.
      this.checking = true;
      this.loadAnswerKit().then(
        () => {
          this.checking = false;
          const now = this.state.screen;
          if (now.name === 'question' && now.id === q.id) this.submit(feedbackTried);
        },
        () => {
          this.checking = false;
          this.showError('채점에 필요한 파일을 불러오지 못했습니다. 연결을 확인하고 다시 제출하세요.');
        },
      );
      return;
    }
    if (!feedbackTried && !this.source.complete(q.id)) {
      // The explanations usually arrived while the learner read the card; if not, check the answer once they have.
      this.checking = true;
      const done = (error?: unknown) => {
        this.checking = false;
        if (error) this.showError(error instanceof Error ? `${error.message} 해설 없이 채점합니다.` : '해설을 불러오지 못했습니다.', true);
        const now = this.state.screen;
        if (now.name === 'question' && now.id === q.id) this.submit(true);
      };
      this.source.loadFeedback([q.id]).then(() => done(), done);
      return;
    }
    const v = kit.grade(q, r);
    this.verdict = v;
    this.widget.lock(v);
    this.widget.el.disabled = q.kind !== 'typed';
    this.dispatch({ type: 'graded', correct: v.correct, typo: v.typo, suggested: kit.suggestGrade({ correct: v.correct, typo: v.typo, unsure: s.unsure }) });
    const after = this.state.screen;
    if (after.name === 'answered') this.announce(`${v.message} ${after.scheduled ? `추천 평가: ${RATE_NAMES[after.suggested]}.` : ''}`);
  }

  private renderFeedback(q: QuizQuestion, s: Extract<StudyState['screen'], { name: 'answered' }>) {
    const v = this.verdict;
    const fb = this.$('[data-feedback]');
    fb.hidden = false;
    const verdict = this.$('[data-verdict]');
    verdict.className = `verdict ${s.correct ? 'ok' : 'bad'}`;
    verdict.textContent = `${s.correct ? '✓' : '✗'} ${v?.message ?? (s.correct ? '정답입니다.' : '오답입니다.')}`;
    const note = this.$('[data-answer-note]');
    const notes: string[] = [];
    if (s.typo && v?.typoDetail && this.answerKit) notes.push(`다른 글자: ${this.answerKit.typoPhrase(v.typoDetail)}. 오타를 허용했으므로 ‘어려움’을 추천합니다.`);
    if (s.unsure && s.correct) notes.push('확실하지 않다고 표시한 정답은 맞혔어도 ‘다시’를 추천합니다. 짐작으로 맞힌 답은 기억한 것이 아니기 때문입니다.');
    note.textContent = notes.join(' ');
    note.hidden = notes.length === 0;
    const ex = this.$('[data-explanation]');
    ex.textContent = '';
    ex.append(h('p', {}, richText(q.explanation)));
    const link = this.$('[data-lesson-link]');
    link.textContent = '';
    const sectionText = this.source.sections(q.lesson)[q.section] ?? q.section;
    link.append('레슨에서 다시 보기: ', h('a', { href: `/lessons/${q.lesson}/#${encodeURIComponent(q.section)}`, target: '_blank', rel: 'noopener' }, `${this.lessonTitle(q.lesson)} › ${sectionText}`));
    if (!s.scheduled) {
      this.$('[data-rating]').hidden = true;
      this.$('[data-next-row]').hidden = false;
      return;
    }
    this.$('[data-next-row]').hidden = true;
    const preview = this.runner?.preview() ?? null;
    const now = systemClock.now();
    this.$('[data-rating]').hidden = false;
    this.querySelectorAll<HTMLButtonElement>('[data-rate]').forEach((b) => {
      const g = Number(b.dataset.rate) as GradeValue;
      (b.querySelector('[data-ivl]') as HTMLElement).textContent = preview ? formatInterval(preview[g] - now) : '';
      b.classList.toggle('suggested', g === s.suggested);
      b.disabled = s.pending;
      // Visible text starts the accessible name (WCAG 2.5.3): "다시 1분 뒤 다시 복습 (추천)".
      (b.querySelector('[data-rate-sr]') as HTMLElement).textContent = ` 뒤 다시 복습${g === s.suggested ? ' (추천)' : ''}`;
    });
  }

  private renderSummary() {
    const t = this.state.tally;
    const set = (k: string, v: string) => (this.$(`[data-sum="${k}"]`).textContent = v);
    set('answered', String(t.answered));
    set('right', String(t.right));
    set('wrong', String(t.wrong));
    set('unsure', String(t.unsure));
    const scheduled = this.state.mode?.kind !== 'practice';
    set('next', scheduled ? this.nextDueText() : '연습 모드 (일정 변경 없음)');
    const s = this.state.screen;
    const learningLeft = s.name === 'summary' ? s.learningLeft : 0;
    this.$('[data-sum-note]').textContent = learningLeft > 0
      ? `다시 볼 문항 ${learningLeft}개는 잠시 뒤에 다시 나옵니다. 그때 퀴즈 첫 화면에서 복습을 이어 가세요.`
      : t.answered > 0 ? `정답률 ${Math.round((t.right / t.answered) * 100)}%.` : '';
    this.$<HTMLButtonElement>('[data-sum-undo]').hidden = this.state.history.length === 0 || !this.runner?.canUndo();
  }

  private nextDueText(): string {
    const p = this.ctl.progress();
    const now = systemClock.now();
    let next: number | null = null;
    for (const id of this.state.seen) {
      const c = cardOf(p, id);
      if (c && !c.suspended && c.state !== 0 && (next === null || c.due < next)) next = c.due;
    }
    if (next === null) return '–';
    return next <= now ? '지금' : `${formatInterval(next - now)} 뒤 (${formatDateTime(next)})`;
  }

  // ---------- dashboard ----------
  private bankItems(): readonly BankItem[] {
    return this.items;
  }

  private loopOptions(): LoopOptions {
    return { extraNew: extensionMap(this.extensions(), this.day()), leaks: this.leaks };
  }

  private lessonTitle(id: string): string {
    return this.titles.get(id) ?? id;
  }

  private extensions(): Extensions | null {
    return parseExtensions(readJson(EXTENSIONS_KEY));
  }

  private renderDashboard() {
    const now = systemClock.now();
    const p = this.ctl.progress();
    const loop = lessonLoop(p, this.bankItems(), systemClock, now, null, this.loopOptions());
    const q = loop.queue;
    const today = this.$('[data-today]');
    today.textContent = '';
    today.append(
      h('strong', {}, `복습 ${loop.due}개`), ' · ', h('strong', {}, `새 문항 ${q.new.length}개`),
      h('span', { class: 'muted' }, ` (오늘 푼 새 문항 ${q.doneToday.new}/${p.settings.newPerDay}, 복습 ${q.doneToday.reviews}/${p.settings.reviewsPerDay})`),
    );
    const start = this.$<HTMLButtonElement>('[data-start-all]');
    const total = loop.due + q.new.length;
    start.textContent = total > 0 ? `전체 복습 시작 (${total}문항)` : '오늘 할 복습이 없습니다';
    start.disabled = total === 0;
    for (const lc of q.perLesson) {
      const row = this.querySelector(`[data-lesson-row="${CSS.escape(lc.lesson)}"]`);
      if (!row) continue;
      (row.querySelector('[data-count="due"]') as HTMLElement).textContent = String(lc.due);
      (row.querySelector('[data-count="unseen"]') as HTMLElement).textContent = String(lc.unseen) + (lc.suspended ? ` (보류 ${lc.suspended})` : '');
    }
    const last = this.$('[data-last-backup]');
    last.textContent = p.lastBackup ? `마지막 내보내기: ${formatDateTime(p.lastBackup)}` : '아직 진도를 내보낸 적이 없습니다.';
    this.renderFocusLesson();
    this.renderMistakes();
  }

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

  /** `?mode=mistakes&days=7&lessons=a,b` (from /quiz/mistakes/) starts 오답 노트 at once. */
  private applyModeParam(): boolean {
    const params = new URLSearchParams(location.search);
    if (params.get('mode') !== 'mistakes') return false;
    const days = Number(params.get('days') ?? DEFAULT_MISTAKE_DAYS);
    const lessons = (params.get('lessons') ?? '').split(',').filter((l) => this.titles.has(l));
    history.replaceState(null, '', '/quiz/');
    this.startMistakes(lessons.length ? lessons : null, Number.isInteger(days) && days >= 1 && days <= 365 ? days : DEFAULT_MISTAKE_DAYS);
    return true;
  }

  private renderFocusLesson() {
    const box = this.$('[data-focus-lesson]');
    if (!this.focusLesson) return;
    const id = this.focusLesson;
    const p = this.ctl.progress();
    const extra = extensionMap(this.extensions(), this.day()).get(id) ?? 0;
    const loop = lessonLoop(p, this.bankItems(), systemClock, systemClock.now(), [id], this.loopOptions());
    const n = loop.due + loop.fresh;
    box.hidden = false;
    box.textContent = '';
    const startBtn = h('button', { type: 'button', class: 'button primary', 'data-start-lesson': '' }, n > 0 ? `이 레슨 복습 시작 (${n}문항)` : '이 레슨은 지금 풀 문항이 없습니다');
    startBtn.toggleAttribute('disabled', n === 0);
    startBtn.addEventListener('click', () => this.startReview([id]));
    const practiceBtn = h('button', { type: 'button', class: 'button' }, '이 레슨 연습 (일정 변경 없음)');
    practiceBtn.addEventListener('click', () => this.startPractice(id));
    box.append(h('p', {}, h('strong', {}, this.lessonTitle(id)), ` 레슨: 복습 ${loop.due}개 · 새 문항 ${loop.fresh}개`));
    if (loop.offer > 0) {
      const limit = p.settings.newPerDay + extra;
      box.append(h('p', { class: 'limit-note', 'data-limit-note': '' },
        `오늘의 새 문항 한도(${limit}개)를 다 써서 이 레슨의 새 문항 ${loop.heldBack}개가 오늘 세션에서 빠졌습니다. 한도는 모든 레슨에 함께 적용됩니다.`));
      const more = h('button', { type: 'button', class: 'button', 'data-extend': '' }, `이 레슨 새 문항 ${loop.offer}개 더`);
      more.addEventListener('click', () => {
        writeJson(EXTENSIONS_KEY, addExtension(this.extensions(), this.day(), id, loop.offer));
        this.startReview([id]);
      });
      box.append(h('p', { class: 'focus-actions' }, startBtn, more, practiceBtn));
    } else {
      box.append(h('p', { class: 'focus-actions' }, startBtn, practiceBtn));
    }
  }

  private renderMistakes() {
    const list = selectMistakes(this.ctl.progress(), this.bankItems(), systemClock, systemClock.now(), { days: DEFAULT_MISTAKE_DAYS, lessons: null });
    const c = countMistakes(list);
    this.$('[data-mistakes-counts]').textContent = c.total === 0
      ? '최근 7일 동안 틀린 문항, 거머리 문항, 표시한 문항이 없습니다.'
      : `모두 ${c.total}문항: 최근 7일 틀림 ${c.wrong} · 거머리 ${c.leech} · 표시 ${c.flagged} (그중 오늘 복습할 차례 ${c.due})`;
    const btn = this.$<HTMLButtonElement>('[data-start-mistakes]');
    btn.disabled = c.total === 0;
    btn.textContent = c.total ? `오답 노트 풀기 (${c.total}문항)` : '오답 노트 풀기';
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
      this.startReview(picked);
    });
    this.$('[data-start-practice]').addEventListener('click', () => this.startPractice(this.$<HTMLSelectElement>('[data-practice-lesson]').value));
    this.$('[data-start-mistakes]').addEventListener('click', () => this.startMistakes(null, DEFAULT_MISTAKE_DAYS));
  }

  private seed() {
    return (systemClock.now() ^ Math.floor(Math.random() * 0x7fffffff)) >>> 0;
  }

  private startReview(lessons: string[] | null) {
    const loop = lessonLoop(this.ctl.progress(), this.bankItems(), systemClock, systemClock.now(), lessons, this.loopOptions());
    if (loop.due + loop.fresh === 0) {
      this.announce('오늘 복습할 문항이 없습니다.');
      return;
    }
    const title = lessons && lessons.length === 1 ? `복습: ${this.lessonTitle(lessons[0] as string)}` : '복습 세션';
    this.start({ kind: 'review', lessons }, title);
  }

  private startPractice(lesson: string) {
    if (!this.items.some((q) => q.lesson === lesson)) return;
    this.start({ kind: 'practice', lesson }, `연습: ${this.lessonTitle(lesson)}`);
  }

  private startMistakes(lessons: string[] | null, days: number) {
    const list = selectMistakes(this.ctl.progress(), this.bankItems(), systemClock, systemClock.now(), { days, lessons: lessons ? new Set(lessons) : null });
    if (list.length === 0) {
      this.render();
      this.announce('오답 노트에 풀 문항이 없습니다.');
      return;
    }
    this.start({ kind: 'mistakes', lessons, days }, '오답 노트');
  }

  private start(mode: ModeSpec, title: string) {
    this.widgetFor = null;
    this.$<HTMLElement>('[data-error]').hidden = true;
    void this.begin({ type: 'start', mode, title, seed: this.seed() });
  }

  private wireSession() {
    this.$<HTMLFormElement>('[data-answer-form]').addEventListener('submit', (e) => {
      e.preventDefault();
      if (this.composing) return;
      this.submit();
    });
    this.querySelectorAll<HTMLButtonElement>('[data-rate]').forEach((b) => b.addEventListener('click', () => this.dispatch({ type: 'rate', grade: Number(b.dataset.rate) as GradeValue })));
    this.$('[data-next]').addEventListener('click', () => {
      const s = this.state.screen;
      if (s.name === 'answered') this.dispatch({ type: 'rate', grade: s.suggested });
    });
    this.$('[data-unsure]').addEventListener('click', () => this.dispatch({ type: 'toggle-unsure' }));
    this.$('[data-undo]').addEventListener('click', () => this.dispatch({ type: 'undo' }));
    this.$('[data-sum-undo]').addEventListener('click', () => this.dispatch({ type: 'undo' }));
    this.$('[data-back]').addEventListener('click', () => this.dispatch({ type: 'back' }));
    this.$('[data-end]').addEventListener('click', () => this.dispatch({ type: 'end' }));
    this.$('[data-suspend]').addEventListener('click', () => this.dispatch({ type: 'suspend' }));
    this.$('[data-card-reset]').addEventListener('click', () => this.dispatch({ type: 'reset-card' }));
    this.$('[data-card-skip]').addEventListener('click', () => this.dispatch({ type: 'skip-card' }));
    this.$('[data-flag]').addEventListener('click', () => this.toggleFlag());
    document.addEventListener('keydown', (e) => this.onKey(e));
  }

  private toggleFlag() {
    const s = this.state.screen;
    if (s.name !== 'question' && s.name !== 'answered') return;
    const flagged = !isFlagged(cardOf(this.ctl.progress(), s.id));
    const saved = this.ctl.replace(setFlags(this.ctl.progress(), [s.id], flagged, systemClock.now()));
    if (!saved.ok) return;
    this.announce(flagged ? '오답 노트에 표시했습니다.' : '오답 노트 표시를 해제했습니다.');
    this.render();
  }

  private onKey(e: KeyboardEvent) {
    const s = this.state.screen;
    if (s.name === 'dashboard' || s.name === 'opening') return;
    const t = e.target as HTMLElement | null;
    const inText = !!t && (t instanceof HTMLTextAreaElement || (t instanceof HTMLInputElement && (t.type === 'text' || t.type === 'number')));
    if ((e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'z' && !inText) {
      e.preventDefault();
      this.dispatch({ type: 'undo' });
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    // Enter while a Hangul syllable is still being composed must never submit.
    // keyCode 229: WebKit may deliver the confirming Enter after compositionend.
    if (e.key === 'Enter' && (e.isComposing || (e as { keyCode?: number }).keyCode === 229 || this.composing)) {
      if (inText) e.preventDefault();
      return;
    }
    if (inText) return; // letters, digits and Space belong to the text box
    const interactive = !!t && !!t.closest('button, a, select, summary, input[type="file"]');
    if (s.name === 'question' && /^[1-9]$/.test(e.key)) {
      if (this.widget?.choose(Number(e.key))) e.preventDefault();
      return;
    }
    if ((e.key === 'Enter' || e.key === ' ') && interactive) return;
    const action = studyEventForKey(s, e);
    if (!action) return;
    e.preventDefault();
    if (action === 'submit') this.submit();
    else this.dispatch(action);
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
    if (this.ctl.readOnly) {
      banner.hidden = false;
      banner.textContent = '';
      const reload = h('button', { type: 'button', class: 'button primary' }, '새로 고침');
      reload.addEventListener('click', () => location.reload());
      banner.append(
        h('p', {}, h('strong', {}, NEWER_VERSION_MESSAGE)),
        h('p', {}, '이 탭은 예전 버전의 사이트를 쓰고 있어, 새 버전이 저장한 진도를 덮어쓰지 않도록 읽기 전용으로 열었습니다. 이 탭에서 푼 답은 저장되지 않습니다.'),
        h('p', { class: 'banner-actions' }, reload),
      );
      return;
    }
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
      for (const c of this.ctl.store.corruptCopies()) this.ctl.discardCorrupt(c.key);
      if (problem && !problem.keptAs) this.ctl.discardCorrupt(PROGRESS_KEY);
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
      const saved = this.ctl.replace(p);
      download(backupName(now), text);
      msg.textContent = `진도를 파일로 내보냈습니다 (카드 ${Object.keys(p.cards).length}개, 복습 기록 ${p.log.length}개).${saved.ok ? '' : ' ' + saved.error.message}`;
    });
    const input = this.$<HTMLInputElement>('[data-import]');
    input.addEventListener('change', async () => {
      const file = input.files?.[0];
      if (!file) return;
      const text = await file.text();
      input.value = '';
      // The state switches only once the merged progress is saved: a full disk changes nothing.
      const r = this.ctl.importText(text);
      if (!r.ok) {
        msg.textContent = r.error.message;
        return;
      }
      const unknown = r.value.unknown.length ? ` 문제 은행에 없는 문항 ${r.value.unknown.length}개의 기록은 따로 보관하고 일정에 넣지 않았습니다.` : '';
      msg.textContent = `진도를 가져왔습니다: 파일의 카드 ${r.value.cards}개, 복습 기록 ${r.value.log}개를 지금 진도와 합쳤습니다.${unknown}`;
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
      const saved = this.ctl.replace({ ...p, settings: { newPerDay, reviewsPerDay, retention, mod: Math.max(systemClock.now(), p.settings.mod + 1) } });
      msg.textContent = saved.ok ? '설정을 저장했습니다.' : saved.error.message;
      this.renderDashboard();
    });
  }

  // ---------- 진도 초기화 ----------
  private wireReset() {
    const panel = this.$('[data-reset-panel]');
    const msg = this.$('[data-reset-msg]');
    const undo = this.$<HTMLButtonElement>('[data-reset-undo]');
    this.$('[data-reset-open]').addEventListener('click', () => {
      panel.hidden = false;
      msg.textContent = '';
      this.$<HTMLButtonElement>('[data-reset-backup]').focus();
    });
    this.$('[data-reset-cancel]').addEventListener('click', () => {
      panel.hidden = true;
      this.$<HTMLButtonElement>('[data-reset-open]').focus();
    });
    const reset = (withBackup: boolean) => {
      const r = this.ctl.resetAll();
      if (!r.ok) {
        msg.textContent = r.error.message;
        return;
      }
      if (withBackup) download(backupName(systemClock.now()), r.value.backup);
      this.lastReset = r.value;
      removeKey(RESUME_KEY);
      removeKey(EXTENSIONS_KEY);
      panel.hidden = true;
      undo.hidden = false;
      msg.textContent = `진도를 초기화했습니다.${withBackup ? ' 초기화 전 진도는 파일로 내려받았습니다.' : ''} 실수였다면 되돌리기를 누르세요.`;
      this.render();
      this.syncSettingsForm();
      undo.focus();
    };
    this.$('[data-reset-backup]').addEventListener('click', () => reset(true));
    this.$('[data-reset-now]').addEventListener('click', () => reset(false));
    undo.addEventListener('click', () => {
      const saved = this.lastReset?.undo();
      if (!saved) return;
      if (!saved.ok) {
        msg.textContent = saved.error.message;
        return;
      }
      this.lastReset = null;
      undo.hidden = true;
      msg.textContent = '초기화를 되돌렸습니다. 진도가 초기화 전으로 돌아왔습니다.';
      this.render();
      this.syncSettingsForm();
    });
  }
}

customElements.define('quiz-app', QuizApp);

// <review-presenter>: the audience screen (data-role="audience") and the instructor's window
// (data-role="instructor"). The audience screen owns the state (lib/review/presenter.ts) and broadcasts it;
// the instructor's window sends commands and renders the same state with the answer and the next slide.
import {
  audienceControlsShown, commandForKey, currentStep, formatSeconds, initialState, isSummary, reduce, stepsOf,
  type PresenterCommand, type PresenterState,
} from '~/lib/review/presenter';
import { answerText, choiceLabels, choiceLetter, hardestQuestions, questionSlides, type ReviewSession, type Slide } from '~/lib/review/session';
import { loadSession } from './bank';
import { h, richText } from '../dom';
import { fitToBox } from './fit';
import { renderKeyPoints, renderQuestion, renderTally } from './render';

type Message =
  | { type: 'state'; key: string; state: PresenterState; startedAt: number }
  | { type: 'command'; key: string; command: PresenterCommand }
  | { type: 'hello'; key: string }
  /** The instructor's window is still open (sent every HEARTBEAT_MS). */
  | { type: 'present'; key: string }
  | { type: 'bye'; key: string };

/** The instructor's window says it is there this often; the audience screen gives up after INSTRUCTOR_TIMEOUT_MS. */
const HEARTBEAT_MS = 1000;
const INSTRUCTOR_TIMEOUT_MS = 5000;

const CHANNEL = 'ec2lab-review';
const STEP_LABELS = { points: '핵심 정리', prompt: '문제', options: '보기', answer: '정답 공개' } as const;

class ReviewPresenter extends HTMLElement {
  private session: ReviewSession | null = null;
  private state: PresenterState = initialState(0);
  private startedAt = Date.now();
  private channel: BroadcastChannel | null = null;
  private key = '';
  private tickHandle: number | undefined;
  private instructorSeenAt = 0;
  /** When the closing summary was reached: the elapsed clock stops there. */
  private finishedAt: number | null = null;
  private resizeObserver: ResizeObserver | null = null;

  get screenRole(): 'audience' | 'instructor' {
    return this.dataset.role === 'instructor' ? 'instructor' : 'audience';
  }

  async connectedCallback() {
    this.key = location.search;
    const status = this.querySelector<HTMLElement>('[data-stage]');
    try {
      const { session } = await loadSession(location.search);
      this.session = session;
    } catch (error) {
      if (status) status.textContent = error instanceof Error ? error.message : '세션을 불러오지 못했습니다.';
      return;
    }
    this.state = initialState(this.session.config.timer);
    if ('BroadcastChannel' in window) {
      this.channel = new BroadcastChannel(CHANNEL);
      this.channel.addEventListener('message', (event: MessageEvent<Message>) => this.onMessage(event.data));
    }
    this.wireControls();
    document.addEventListener('keydown', (event) => this.onKey(event));
    if (this.screenRole === 'audience') {
      this.tickHandle = window.setInterval(() => {
        if (this.state.timer.running) this.dispatch({ type: 'tick', seconds: 1 });
        if (this.state.instructor && Date.now() - this.instructorSeenAt > INSTRUCTOR_TIMEOUT_MS) this.dispatch({ type: 'instructor', present: false });
      }, 1000);
      // The slide is fitted to the screen: again whenever the screen (or the controls' space) changes size.
      const stage = this.querySelector<HTMLElement>('[data-stage]');
      if (stage && 'ResizeObserver' in window) {
        this.resizeObserver = new ResizeObserver(() => this.fit());
        this.resizeObserver.observe(stage);
      }
      void document.fonts?.ready.then(() => this.fit());
    } else {
      this.post({ type: 'hello', key: this.key });
      this.tickHandle = window.setInterval(() => {
        this.post({ type: 'present', key: this.key });
        this.renderClock();
      }, HEARTBEAT_MS);
      window.addEventListener('pagehide', () => this.post({ type: 'bye', key: this.key }));
    }
    this.dataset.ready = 'true';
    this.render();
  }

  disconnectedCallback() {
    window.clearInterval(this.tickHandle);
    this.resizeObserver?.disconnect();
    this.channel?.close();
  }

  private fit() {
    const stage = this.querySelector<HTMLElement>('[data-stage]');
    if (stage && this.screenRole === 'audience') fitToBox(stage);
  }

  private post(message: Message) {
    this.channel?.postMessage(message);
  }

  private onMessage(message: Message) {
    if (message.key !== this.key) return;
    if (this.screenRole === 'audience') {
      if (message.type === 'command') this.dispatch(message.command);
      else if (message.type === 'hello' || message.type === 'present') {
        this.instructorSeenAt = Date.now();
        if (message.type === 'hello') this.broadcast();
        this.dispatch({ type: 'instructor', present: true });
      } else if (message.type === 'bye') this.dispatch({ type: 'instructor', present: false });
    } else if (message.type === 'state') {
      this.state = message.state;
      this.startedAt = message.startedAt;
      this.render();
    }
  }

  private broadcast() {
    this.post({ type: 'state', key: this.key, state: this.state, startedAt: this.startedAt });
  }

  /** Audience: apply and broadcast. Instructor: send to the audience screen, which answers with the new state. */
  dispatch(command: PresenterCommand) {
    if (!this.session) return;
    if (this.screenRole === 'instructor') {
      this.post({ type: 'command', key: this.key, command });
      return;
    }
    const next = reduce(this.state, command, this.session.slides);
    if (next === this.state) return;
    this.state = next;
    this.render();
    this.broadcast();
  }

  private onKey(event: KeyboardEvent) {
    if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
    const target = event.target as HTMLElement | null;
    const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
    if (typing && event.key !== 'Escape') return;
    // Buttons keep their own Enter/Space; the presenter keys still work from anywhere else.
    if (target?.closest('button, a') && (event.key === ' ' || event.key === 'Enter')) return;
    const action = commandForKey(event);
    if (!action) return;
    // The instructor's window always shows its controls.
    if (this.screenRole === 'instructor' && typeof action === 'object' && action.type === 'toggle-controls') return;
    event.preventDefault();
    if (action === 'fullscreen') void this.toggleFullscreen();
    else if (action === 'presenter-window') this.openInstructorWindow();
    else this.dispatch(action);
  }

  private async toggleFullscreen() {
    try {
      if (document.fullscreenElement) await document.exitFullscreen();
      else await document.documentElement.requestFullscreen();
    } catch {
      this.announce('이 브라우저에서는 전체 화면을 쓸 수 없습니다.');
    }
  }

  private openInstructorWindow() {
    const opened = window.open(`/review/presenter/${location.search}`, 'ec2lab-instructor', 'popup,width=1100,height=760');
    if (!opened) this.announce('팝업이 차단되었습니다. 주소창의 팝업 허용을 누르거나 아래 링크로 여세요.');
  }

  private announce(text: string) {
    const live = this.querySelector<HTMLElement>('[data-announce]');
    if (live) live.textContent = text;
  }

  private wireControls() {
    this.addEventListener('click', (event) => {
      const button = (event.target as HTMLElement).closest<HTMLElement>('[data-command]');
      if (!button || !this.contains(button)) return;
      const name = button.dataset.command;
      switch (name) {
        case 'fullscreen': void this.toggleFullscreen(); break;
        case 'presenter-window': this.openInstructorWindow(); break;
        case 'jump': this.dispatch({ type: 'jump', slide: Number(button.dataset.slide) }); break;
        case 'timer-extend': this.dispatch({ type: 'timer-extend', seconds: 30 }); break;
        case 'next': case 'back': case 'reveal': case 'toggle-black': case 'toggle-overview': case 'toggle-help':
        case 'close-overlays': case 'timer-toggle': case 'timer-reset': case 'toggle-controls':
          this.dispatch({ type: name }); break;
        default: break;
      }
    });
    this.addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      if (!input.matches('[data-tally-option]')) return;
      this.dispatch({ type: 'tally', questionId: input.dataset.question ?? '', option: Number(input.dataset.tallyOption), count: Number(input.value) });
    });
    for (const dialog of this.querySelectorAll('dialog')) {
      dialog.addEventListener('close', () => {
        if ((dialog.dataset.overlay === 'help' && this.state.help) || (dialog.dataset.overlay === 'overview' && this.state.overview)) {
          this.dispatch({ type: 'close-overlays' });
        }
      });
    }
  }

  private slideAt(index: number): Slide | undefined {
    return this.session?.slides[index];
  }

  private render() {
    const session = this.session;
    if (!session) return;
    const { state } = this;
    const slide = this.slideAt(state.slide);
    const step = currentStep(state, session.slides);
    const total = session.slides.length;
    const stage = this.querySelector<HTMLElement>('[data-stage]');
    const summary = isSummary(state, session.slides);
    if (summary) this.finishedAt ??= Date.now();
    else this.finishedAt = null;
    if (stage) {
      const showAnswer = this.screenRole === 'instructor' ? 'answer' : step;
      stage.replaceChildren(h('div', { class: 'stage-fit', 'data-fit': '' }, this.renderSlide(slide, showAnswer)));
      stage.dataset.step = summary ? 'summary' : step;
    }
    const position = this.querySelector<HTMLElement>('[data-position]');
    if (position) position.textContent = summary ? `마무리 (${total}장 중)` : `${state.slide + 1} / ${total} · ${STEP_LABELS[step]}`;
    this.renderDock();
    this.renderTimer();
    this.renderTallyInputs(slide);
    const black = this.querySelector<HTMLElement>('[data-black]');
    if (black) black.hidden = !state.black;
    this.syncDialog('overview', state.overview, () => this.renderOverview());
    this.syncDialog('help', state.help);
    const reveal = this.querySelector<HTMLButtonElement>('[data-command="reveal"]');
    if (reveal) reveal.disabled = !(slide?.kind === 'question') || step === 'answer';
    if (this.screenRole === 'instructor') this.renderInstructorExtras(slide, step);
    this.renderClock();
    this.fit();
  }

  /** Audience: the controls and tally inputs only on demand, and never while an instructor's window is open. */
  private renderDock() {
    if (this.screenRole !== 'audience') return;
    const shown = audienceControlsShown(this.state);
    const dock = this.querySelector<HTMLElement>('[data-dock]');
    if (dock) dock.hidden = !shown;
    const toggle = this.querySelector<HTMLButtonElement>('[data-dock-toggle]');
    if (toggle) {
      toggle.hidden = this.state.instructor;
      toggle.setAttribute('aria-expanded', String(shown));
      toggle.textContent = shown ? '조작 숨기기 (C)' : '조작 (C)';
    }
    this.dataset.instructor = String(this.state.instructor);
  }

  private renderSlide(slide: Slide | undefined, step: ReturnType<typeof currentStep>): HTMLElement {
    if (!slide) return this.renderSummary();
    if (slide.kind === 'key-points') return renderKeyPoints(slide);
    const body = renderQuestion(slide, step, { withExplanation: true });
    if (step === 'answer') {
      const counts = this.state.tallies[slide.question.id] ?? [];
      const tally = renderTally(slide, counts, true);
      // Beside the explanation (wide screens) so both are in view at the reveal.
      if (tally && counts.some((n) => n > 0)) (body.querySelector('.q-side') ?? body).append(tally);
    }
    return body;
  }

  private renderSummary(): HTMLElement {
    const session = this.session!;
    if (session.questionCount === 0) {
      // A link whose lessons, kinds or picks leave nothing to ask: say so, and offer to fix the link.
      return h('div', { class: 'summary' },
        h('h2', {}, '이 링크에는 문제가 없습니다'),
        ...session.notes.map((note) => h('p', {}, note)),
        h('p', {}, h('a', { href: `/review/${location.search}` }, '복습 설정에서 고치기')));
    }
    const questions = questionSlides(session);
    const hardest = hardestQuestions(questions, this.state.tallies).slice(0, 5);
    const root = h('div', { class: 'summary' }, h('p', { class: 'q-meta' }, '복습 마무리'), h('h2', {}, `${session.questionCount}문제를 함께 풀었습니다`));
    if (hardest.length === 0) {
      root.append(h('p', {}, '손들기 집계를 입력하면 반이 어려워한 문제가 여기에 정리됩니다.'));
    } else {
      const list = h('ol', { class: 'summary-list' });
      for (const result of hardest) {
        const slide = questions.find((s) => s.question.id === result.questionId);
        if (!slide) continue;
        list.append(h('li', {},
          h('span', { class: 'summary-rate' }, `정답률 ${Math.round((result.rate ?? 0) * 100)}% (${result.correct}/${result.total}명)`),
          h('span', {}, `${slide.number}번. `, richText(slide.question.prompt)),
          h('a', { href: `/lessons/${slide.lesson.id}/#${slide.question.section}` }, '레슨에서 다시 보기'),
        ));
      }
      root.append(h('h3', {}, '반이 가장 어려워한 문제'), list);
    }
    const search = location.search;
    root.append(h('p', { class: 'summary-links' },
      h('a', { href: `/review/worksheet/${search}` }, '학습지 인쇄'), ' · ',
      h('a', { href: `/review/answers/${search}` }, '답안 인쇄'), ' · ',
      h('a', { href: `/review/${search}` }, '이 세션 고쳐서 다시'), ' · ',
      h('a', { href: '/review/' }, '새 복습 세션')));
    return root;
  }

  private renderTimer() {
    const timer = this.querySelector<HTMLElement>('[data-timer]');
    if (!timer) return;
    const { duration, remaining, running } = this.state.timer;
    // The closing summary has no question to think about: no timer there.
    const off = duration === 0 || (this.session !== null && isSummary(this.state, this.session.slides));
    timer.hidden = off;
    timer.textContent = remaining === 0 && duration > 0 ? '시간 종료' : `${running ? '남은 시간' : '타이머 멈춤'} ${formatSeconds(remaining)}`;
    timer.dataset.state = remaining === 0 ? 'done' : running ? 'running' : 'paused';
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-command^="timer"]')) button.hidden = off;
    const toggle = this.querySelector<HTMLButtonElement>('[data-command="timer-toggle"]');
    if (toggle) toggle.textContent = running ? '타이머 멈춤 (T)' : '타이머 시작 (T)';
  }

  private renderClock() {
    const clock = this.querySelector<HTMLElement>('[data-elapsed]');
    if (!clock) return;
    const end = this.finishedAt ?? Date.now();
    clock.textContent = `${this.finishedAt === null ? '경과' : '수업 시간'} ${formatSeconds((end - this.startedAt) / 1000)}`;
    clock.dataset.state = this.finishedAt === null ? 'running' : 'stopped';
  }

  private renderTallyInputs(slide: Slide | undefined) {
    const panel = this.querySelector<HTMLElement>('[data-tally]');
    if (!panel) return;
    const fields = panel.querySelector<HTMLElement>('[data-tally-fields]');
    const labels = slide?.kind === 'question' ? choiceLabels(slide) : [];
    panel.hidden = labels.length === 0;
    if (!fields || slide?.kind !== 'question' || labels.length === 0) return;
    const counts = this.state.tallies[slide.question.id] ?? [];
    // Keep the inputs (and the focus in them) when only the values change.
    if (fields.dataset.question !== slide.question.id) {
      fields.dataset.question = slide.question.id;
      fields.replaceChildren(...labels.map((label, i) => {
        const id = `tally-${this.screenRole}-${i}`;
        const name = slide.question.kind === 'true-false' ? label : choiceLetter(i);
        return h('div', { class: 'tally-field' },
          h('label', { for: id }, name),
          h('input', { id, type: 'number', min: '0', max: '9999', inputmode: 'numeric', 'data-tally-option': String(i), 'data-question': slide.question.id, 'aria-label': `${name} 고른 사람 수` }));
      }));
    }
    fields.querySelectorAll<HTMLInputElement>('input').forEach((input, i) => {
      const value = String(counts[i] ?? 0);
      if (document.activeElement !== input && input.value !== value) input.value = value;
    });
  }

  private syncDialog(name: 'overview' | 'help', open: boolean, fill?: () => void) {
    const dialog = this.querySelector<HTMLDialogElement>(`dialog[data-overlay="${name}"]`);
    if (!dialog) return;
    if (open && !dialog.open) {
      fill?.();
      dialog.showModal();
    } else if (!open && dialog.open) dialog.close();
  }

  private renderOverview() {
    const list = this.querySelector<HTMLElement>('[data-overview-list]');
    const session = this.session;
    if (!list || !session) return;
    list.replaceChildren(...[...session.slides, null].map((slide, index) => {
      const label = !slide ? '마무리' : slide.kind === 'key-points' ? `핵심 정리: ${slide.lesson.title}` : `${slide.number}번. ${slide.question.prompt.replace(/`/g, '')}`;
      const button = h('button', { type: 'button', class: 'overview-item', 'data-command': 'jump', 'data-slide': String(index) }, h('span', { class: 'overview-number' }, String(index + 1)), h('span', {}, label));
      if (index === this.state.slide) button.setAttribute('aria-current', 'true');
      return h('li', {}, button);
    }));
  }

  private renderInstructorExtras(slide: Slide | undefined, step: ReturnType<typeof currentStep>) {
    const audience = this.querySelector<HTMLElement>('[data-audience-step]');
    if (audience) audience.textContent = slide ? `청중 화면: ${STEP_LABELS[step]}` : '청중 화면: 마무리';
    const next = this.querySelector<HTMLElement>('[data-next]');
    if (next) {
      const upcoming = this.slideAt(this.state.slide + 1);
      const steps = stepsOf(slide);
      const more = slide && this.state.step < steps.length - 1 ? `같은 슬라이드의 다음 단계: ${STEP_LABELS[steps[this.state.step + 1] ?? 'answer']}` : null;
      next.replaceChildren(
        more ? h('p', {}, more) : h('span'),
        upcoming ? (upcoming.kind === 'key-points' ? h('p', {}, `다음 슬라이드: ${upcoming.lesson.title} 핵심 정리`) : h('p', {}, `다음 슬라이드: ${upcoming.number}번. `, richText(upcoming.question.prompt))) : h('p', {}, this.state.slide >= (this.session?.slides.length ?? 0) ? '마지막입니다.' : '다음 슬라이드: 마무리'),
      );
    }
    const answer = this.querySelector<HTMLElement>('[data-answer]');
    if (answer) answer.textContent = slide?.kind === 'question' ? `정답: ${answerText(slide)}` : '';
  }
}

customElements.define('review-presenter', ReviewPresenter);

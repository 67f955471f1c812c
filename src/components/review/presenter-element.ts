// <review-presenter>: the audience screen (data-role="audience") and the instructor's window
// (data-role="instructor"). The audience screen owns the state (lib/review/presenter.ts) and broadcasts it;
// the instructor's window sends commands and renders the same state with the answer and the next slide.
import { commandForKey, currentStep, formatSeconds, initialState, reduce, stepsOf, type PresenterCommand, type PresenterState } from '~/lib/review/presenter';
import { hardestQuestions, tallyLabels, type ReviewSession, type Slide } from '~/lib/review/session';
import { loadSession } from './bank';
import { h, richText } from '../dom';
import { answerText, optionLabel, renderKeyPoints, renderQuestion, renderTally } from './render';

type Message =
  | { type: 'state'; key: string; state: PresenterState; startedAt: number }
  | { type: 'command'; key: string; command: PresenterCommand }
  | { type: 'hello'; key: string };

const CHANNEL = 'ec2lab-review';
const STEP_LABELS = { points: '핵심 정리', prompt: '문제', options: '보기', answer: '정답 공개' } as const;

class ReviewPresenter extends HTMLElement {
  private session: ReviewSession | null = null;
  private state: PresenterState = initialState(0);
  private startedAt = Date.now();
  private channel: BroadcastChannel | null = null;
  private key = '';
  private tickHandle: number | undefined;

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
      }, 1000);
    } else {
      this.post({ type: 'hello', key: this.key });
      window.setInterval(() => this.renderClock(), 1000);
    }
    this.dataset.ready = 'true';
    this.render();
  }

  disconnectedCallback() {
    window.clearInterval(this.tickHandle);
    this.channel?.close();
  }

  private post(message: Message) {
    this.channel?.postMessage(message);
  }

  private onMessage(message: Message) {
    if (message.key !== this.key) return;
    if (this.screenRole === 'audience') {
      if (message.type === 'command') this.dispatch(message.command);
      else if (message.type === 'hello') this.broadcast();
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
        case 'close-overlays': case 'timer-toggle': case 'timer-reset':
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
    if (stage) {
      const showAnswer = this.screenRole === 'instructor' ? 'answer' : step;
      stage.replaceChildren(this.renderSlide(slide, showAnswer));
      stage.dataset.step = step;
    }
    const position = this.querySelector<HTMLElement>('[data-position]');
    if (position) position.textContent = state.slide >= total ? `마무리 (${total}장 중)` : `${state.slide + 1} / ${total} · ${STEP_LABELS[step]}`;
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
  }

  private renderSlide(slide: Slide | undefined, step: ReturnType<typeof currentStep>): HTMLElement {
    if (!slide) return this.renderSummary();
    if (slide.kind === 'key-points') return renderKeyPoints(slide);
    const body = renderQuestion(slide, step, { withExplanation: true });
    if (step === 'answer') {
      const tally = renderTally(slide.question, this.state.tallies[slide.question.id] ?? [], true);
      if (tally && (this.state.tallies[slide.question.id] ?? []).some((n) => n > 0)) body.append(tally);
    }
    return body;
  }

  private renderSummary(): HTMLElement {
    const session = this.session!;
    const questions = session.slides.flatMap((s) => (s.kind === 'question' ? [s] : []));
    const hardest = hardestQuestions(questions.map((s) => s.question), this.state.tallies).slice(0, 5);
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
      h('a', { href: '/review/' }, '새 복습 세션')));
    return root;
  }

  private renderTimer() {
    const timer = this.querySelector<HTMLElement>('[data-timer]');
    if (!timer) return;
    const { duration, remaining, running } = this.state.timer;
    timer.hidden = duration === 0;
    timer.textContent = remaining === 0 && duration > 0 ? '시간 종료' : `${running ? '남은 시간' : '타이머 멈춤'} ${formatSeconds(remaining)}`;
    timer.dataset.state = remaining === 0 ? 'done' : running ? 'running' : 'paused';
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-command^="timer"]')) button.hidden = duration === 0;
    const toggle = this.querySelector<HTMLButtonElement>('[data-command="timer-toggle"]');
    if (toggle) toggle.textContent = running ? '타이머 멈춤 (T)' : '타이머 시작 (T)';
  }

  private renderClock() {
    const clock = this.querySelector<HTMLElement>('[data-elapsed]');
    if (clock) clock.textContent = `경과 ${formatSeconds((Date.now() - this.startedAt) / 1000)}`;
  }

  private renderTallyInputs(slide: Slide | undefined) {
    const panel = this.querySelector<HTMLElement>('[data-tally]');
    if (!panel) return;
    const fields = panel.querySelector<HTMLElement>('[data-tally-fields]');
    const labels = slide?.kind === 'question' ? tallyLabels(slide.question) : [];
    panel.hidden = labels.length === 0;
    if (!fields || slide?.kind !== 'question' || labels.length === 0) return;
    const counts = this.state.tallies[slide.question.id] ?? [];
    // Keep the inputs (and the focus in them) when only the values change.
    if (fields.dataset.question !== slide.question.id) {
      fields.dataset.question = slide.question.id;
      fields.replaceChildren(...labels.map((label, i) => {
        const id = `tally-${this.screenRole}-${i}`;
        const name = slide.question.kind === 'true-false' ? label : `${optionLabel(i)}`;
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
    if (answer) answer.textContent = slide?.kind === 'question' ? `정답: ${answerText(slide.question)}` : '';
  }
}

customElements.define('review-presenter', ReviewPresenter);

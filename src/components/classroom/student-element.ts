// <live-student>: a student's phone in a live class. State lives in lib/classroom/screens.ts; this element only
// renders it, carries out its effects and keeps the session token so a sleeping phone resumes where it was.
import { CHOICE_SHAPES, choiceLetter } from '~/lib/classroom/protocol';
import { initialStudent, reduceStudent, type ScreenEffect, type StudentEvent, type StudentScreen } from '~/lib/classroom/screens';
import { h, richText } from '../dom';
import { NO_SERVER_MESSAGE, classroomServerHere, connectLive, secondsLeft, type LiveSocket } from './live-socket';

const TOKEN_KEY = (code: string) => `ec2lab.live.token.${code}`;
const LAST_CODE_KEY = 'ec2lab.live.last-code';

class LiveStudent extends HTMLElement {
  private state: StudentScreen = initialStudent('', null);
  private socket: LiveSocket | null = null;
  private clock: number | undefined;

  connectedCallback() {
    const fromUrl = new URLSearchParams(location.search).get('code')?.trim().toUpperCase() ?? '';
    const code = /^[A-HJ-NP-Z2-9]{6}$/u.test(fromUrl) ? fromUrl : (localStorage.getItem(LAST_CODE_KEY) ?? '');
    this.state = initialStudent(code, code ? localStorage.getItem(TOKEN_KEY(code)) : null);
    if (!classroomServerHere()) {
      this.querySelector('[data-live-root]')?.replaceChildren(Object.assign(document.createElement('p'), { className: 'live-error', textContent: NO_SERVER_MESSAGE }));
      return;
    }
    this.socket = connectLive((event) => this.dispatch(event));
    this.clock = window.setInterval(() => this.renderTimer(), 500);
    this.render();
  }

  disconnectedCallback() {
    this.socket?.close();
    window.clearInterval(this.clock);
  }

  private dispatch(event: StudentEvent) {
    const step = reduceStudent(this.state, event);
    this.state = step.state;
    for (const effect of step.effects) this.run(effect);
    this.render();
  }

  private run(effect: ScreenEffect) {
    switch (effect.type) {
      case 'send':
        this.socket?.send(effect.message);
        return;
      case 'save-token':
        localStorage.setItem(TOKEN_KEY(effect.code), effect.token);
        localStorage.setItem(LAST_CODE_KEY, effect.code);
        return;
      case 'forget-token':
        localStorage.removeItem(TOKEN_KEY(effect.code));
        return;
    }
  }

  private render() {
    const s = this.state;
    const root = this.querySelector<HTMLElement>('[data-live-root]');
    if (!root) return;
    const status = s.connection === 'online' ? null : h('p', { class: 'live-status', role: 'status' }, s.connection === 'offline' ? '연결이 끊겼습니다. 다시 연결하는 중입니다…' : '연결하는 중입니다…');
    const error = s.error ? h('p', { class: 'live-error', role: 'alert' }, s.error) : null;
    if (s.stage !== 'playing') {
      root.replaceChildren(this.joinForm(), status ?? '', error ?? '');
      return;
    }
    root.replaceChildren(this.playing(), status ?? '', error ?? '');
    this.renderTimer();
  }

  private joinForm(): HTMLElement {
    const s = this.state;
    const form = h(
      'form',
      { class: 'live-join', 'data-join': '' },
      h('label', { for: 'live-code' }, '방 코드'),
      h('input', { id: 'live-code', name: 'code', inputmode: 'text', autocomplete: 'off', autocapitalize: 'characters', maxlength: '6', required: true, pattern: '[A-Za-z0-9]{6}', value: s.code, 'aria-describedby': 'live-code-hint' }),
      h('p', { id: 'live-code-hint', class: 'hint' }, '프로젝터 화면에 보이는 6자리 코드입니다.'),
      h('label', { for: 'live-nickname' }, '닉네임'),
      h('input', { id: 'live-nickname', name: 'nickname', autocomplete: 'nickname', maxlength: '12', required: true, value: s.nickname }),
      h('button', { type: 'submit', class: 'button primary', disabled: s.stage === 'joining' }, s.stage === 'joining' ? '참가하는 중…' : '참가하기'),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const data = new FormData(form);
      this.dispatch({ type: 'submit-join', code: String(data.get('code') ?? ''), nickname: String(data.get('nickname') ?? '') });
    });
    return form;
  }

  private playing(): HTMLElement {
    const { view, question, draft, nickname } = this.state;
    const header = h('p', { class: 'live-me' }, h('strong', {}, nickname), ` · ${view?.score ?? 0}점`, view?.rank ? ` · ${view.rank}위` : '');
    if (!view || view.phase === 'lobby' || !question) {
      return h('section', { class: 'live-wait' }, header, h('h2', {}, '참가했습니다'), h('p', {}, '강사가 문제를 시작하면 여기에 나타납니다.'));
    }
    if (view.phase === 'ended') {
      return h('section', { class: 'live-wait' }, header, h('h2', {}, '수업이 끝났습니다'), h('p', {}, `최종 점수 ${view.score}점${view.rank ? `, ${view.rank}위` : ''}입니다. 수고했습니다!`));
    }
    const title = h('h2', { class: 'live-question' }, h('span', { class: 'live-number' }, `${question.number} / ${view.total}`), ' ', richText(question.prompt));
    const timer = h('p', { class: 'live-timer', 'data-timer': '', 'aria-live': 'off' });
    if (view.kind === 'discuss' || view.kind === null) {
      const body = view.phase === 'revealed' && question.answerText ? h('p', { class: 'live-answer' }, question.answerText) : h('p', {}, '이 문제는 화면을 보며 함께 풉니다.');
      return h('section', {}, header, title, body, this.explanation());
    }
    const open = view.phase === 'open';
    const choices = h(
      'div',
      { class: 'live-choices', role: view.kind === 'multiple' ? 'group' : 'radiogroup', 'aria-label': '보기' },
      ...question.options.map((text, i) => {
        const picked = draft.includes(i);
        const right = view.result?.key.includes(i) ?? false;
        const button = h(
          'button',
          {
            type: 'button',
            class: `live-choice shape-${i}`,
            role: view.kind === 'multiple' ? 'checkbox' : 'radio',
            'aria-checked': picked ? 'true' : 'false',
            'data-choice': String(i),
            'data-right': view.result ? String(right) : null,
            disabled: !open,
          },
          h('span', { class: 'live-shape', 'aria-hidden': 'true' }, CHOICE_SHAPES[i] ?? ''),
          h('span', { class: 'live-letter' }, choiceLetter(i)),
          h('span', { class: 'live-text' }, richText(text)),
          view.result && right ? h('span', { class: 'live-mark' }, '정답') : null,
        );
        button.addEventListener('click', () => this.dispatch({ type: 'choose', index: i }));
        return button;
      }),
    );
    const send =
      view.kind === 'multiple' && open
        ? (() => {
            const b = h('button', { type: 'button', class: 'button primary live-send' }, view.myChoice ? '답 바꾸기' : '답 보내기');
            b.addEventListener('click', () => this.dispatch({ type: 'send-draft' }));
            return b;
          })()
        : null;
    const note = open
      ? h('p', { class: 'live-note', role: 'status' }, view.myChoice ? '답을 보냈습니다. 잠기기 전까지 바꿀 수 있습니다.' : view.kind === 'multiple' ? '알맞은 것을 모두 고른 뒤 보내세요.' : '답을 고르세요.')
      : view.phase === 'locked'
        ? h('p', { class: 'live-note', role: 'status' }, view.myChoice ? '답이 잠겼습니다. 정답 공개를 기다리세요.' : '답하지 못한 채 잠겼습니다.')
        : h('p', { class: `live-result ${view.result?.right ? 'right' : 'wrong'}`, role: 'status' }, view.result?.right ? '정답입니다!' : view.myChoice ? '오답입니다.' : '답하지 않았습니다.');
    return h('section', {}, header, title, timer, choices, send, note, this.explanation());
  }

  private explanation(): HTMLElement | null {
    const { view, question } = this.state;
    if (view?.phase !== 'revealed' || !question?.explanation) return null;
    return h('div', { class: 'live-explanation' }, h('h3', {}, '해설'), h('p', {}, richText(question.explanation)));
  }

  private renderTimer() {
    const el = this.querySelector<HTMLElement>('[data-timer]');
    const left = secondsLeft(this.state.view?.phase === 'open' ? (this.state.view.deadline ?? null) : null, Date.now());
    if (el) el.textContent = left === null ? '' : `남은 시간 ${left}초`;
  }
}

customElements.define('live-student', LiveStudent);

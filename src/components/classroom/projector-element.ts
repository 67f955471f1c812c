// <live-projector>: the instructor's projector in a live class. The room secret stays in this tab's sessionStorage;
// state lives in lib/classroom/screens.ts and every view renders from it.
import { CHOICE_SHAPES, choiceLetter } from '~/lib/classroom/protocol';
import { initialProjector, primaryAction, reduceProjector, type ProjectorEvent, type ProjectorScreen, type ScreenEffect } from '~/lib/classroom/screens';
import { h, richText } from '../dom';
import { NO_SERVER_MESSAGE, classroomServerHere, connectLive, secondsLeft, type LiveSocket } from './live-socket';
import { JOIN_KEY, SECRET_KEY } from './storage-keys';


class LiveProjector extends HTMLElement {
  private state: ProjectorScreen = initialProjector('', null);
  private socket: LiveSocket | null = null;
  private clock: number | undefined;

  connectedCallback() {
    const code = new URLSearchParams(location.search).get('code')?.trim().toUpperCase() ?? '';
    this.state = initialProjector(code, code ? sessionStorage.getItem(SECRET_KEY(code)) : null);
    if (!classroomServerHere()) {
      this.querySelector('[data-live-root]')?.replaceChildren(Object.assign(document.createElement('p'), { className: 'live-error', textContent: NO_SERVER_MESSAGE }));
      return;
    }
    if (this.state.secret) this.socket = connectLive((event) => this.dispatch(event));
    this.clock = window.setInterval(() => this.renderTimer(), 250);
    document.addEventListener('keydown', this.onKey);
    this.render();
  }

  disconnectedCallback() {
    this.socket?.close();
    window.clearInterval(this.clock);
    document.removeEventListener('keydown', this.onKey);
  }

  private onKey = (event: KeyboardEvent) => {
    if (event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement || event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.code === 'Space' || event.code === 'ArrowRight' || event.code === 'PageDown') {
      if (event.target instanceof HTMLButtonElement && event.code === 'Space') return;
      event.preventDefault();
      this.dispatch({ type: 'primary' });
    } else if (event.code === 'KeyL') this.dispatch({ type: 'control', command: 'lock' });
  };

  private dispatch(event: ProjectorEvent) {
    const step = reduceProjector(this.state, event);
    this.state = step.state;
    for (const effect of step.effects) this.run(effect);
    this.render();
  }

  private run(effect: ScreenEffect) {
    if (effect.type === 'send') this.socket?.send(effect.message);
  }

  private render() {
    const root = this.querySelector<HTMLElement>('[data-live-root]');
    if (!root) return;
    const s = this.state;
    const error = s.error ? h('p', { class: 'live-error', role: 'alert' }, s.error) : null;
    if (!s.secret) {
      root.replaceChildren(error ?? '', h('p', {}, h('a', { href: '/review/' }, '복습 모드로 가기')));
      return;
    }
    const connection = s.connection === 'online' ? null : h('p', { class: 'live-status', role: 'status' }, s.connection === 'offline' ? '서버와 연결이 끊겼습니다. 다시 연결하는 중입니다…' : '서버에 연결하는 중입니다…');
    root.replaceChildren(this.bar(), h('div', { class: 'live-stage' }, this.stage()), this.controls(), connection ?? '', error ?? '');
    this.renderTimer();
  }

  private bar(): HTMLElement {
    const view = this.state.view;
    return h(
      'div',
      { class: 'live-bar' },
      h('span', {}, '방 코드 ', h('strong', { class: 'live-code' }, this.state.code)),
      h('span', {}, `참가 ${view?.joined ?? 0}명`),
      view && view.index >= 0 && view.phase !== 'ended' ? h('span', {}, `문제 ${view.index + 1} / ${view.total}`) : null,
      h('span', { class: 'live-timer', 'data-timer': '' }),
    );
  }

  private stage(): HTMLElement {
    const { view, question } = this.state;
    if (!view) return h('p', {}, '방 정보를 불러오는 중입니다…');
    if (view.phase === 'lobby') {
      const join = sessionStorage.getItem(JOIN_KEY(this.state.code)) ?? `${location.origin}/live/?code=${this.state.code}`;
      return h(
        'section',
        { class: 'live-lobby' },
        h('img', { class: 'live-qr', src: `/api/rooms/${this.state.code}/qr.svg`, alt: `참가 QR 코드: ${join}`, width: '320', height: '320' }),
        h(
          'div',
          {},
          h('h2', {}, '휴대폰으로 참가하세요'),
          h('p', { class: 'live-join-url' }, join),
          h('p', {}, '방 코드 ', h('strong', { class: 'live-code big' }, this.state.code)),
          h('p', { role: 'status' }, `${view.joined}명 참가했습니다.`),
          h('ul', { class: 'live-names', 'aria-label': '참가한 학생' }, ...view.nicknames.map((n) => h('li', {}, n))),
        ),
      );
    }
    if (view.phase === 'ended') return this.results();
    if (!question) return h('p', {}, '문제를 불러오는 중입니다…');
    const revealed = view.reveal;
    const total = revealed ? revealed.counts.reduce((a, b) => a + b, 0) : 0;
    const options =
      question.kind === 'discuss'
        ? h('p', { class: 'live-discuss' }, view.phase === 'revealed' && question.answerText ? question.answerText : '이 문제는 함께 풀어 봅니다. 정답 공개로 답을 보여 줍니다.')
        : h(
            'ol',
            { class: 'live-options' },
            ...question.options.map((text, i) => {
              const right = revealed?.key.includes(i) ?? false;
              const count = revealed?.counts[i] ?? 0;
              const share = total > 0 ? Math.round((count / total) * 100) : 0;
              return h(
                'li',
                { class: `live-option shape-${i}`, 'data-right': revealed ? String(right) : null},
                h('span', { class: 'live-shape', 'aria-hidden': 'true' }, CHOICE_SHAPES[i] ?? ''),
                h('span', { class: 'live-letter' }, choiceLetter(i)),
                h('span', { class: 'live-text' }, richText(text)),
                revealed ? h('span', { class: 'live-count' }, h('meter', { min: '0', max: String(Math.max(1, total)), value: String(count), 'aria-label': `${choiceLetter(i)} 응답` }), ` ${count}명 (${share}%)`, right ? ' ✓ 정답' : '') : null,
              );
            }),
          );
    const answered = view.phase !== 'revealed' ? h('p', { class: 'live-answered', role: 'status' }, `응답 ${view.answered} / ${view.joined}명${view.phase === 'locked' ? ' · 잠김' : ''}`) : null;
    const explanation = view.phase === 'revealed' && question.explanation ? h('div', { class: 'live-explanation' }, h('h3', {}, '해설'), h('p', {}, richText(question.explanation))) : null;
    const board = view.phase === 'revealed' && view.leaderboard && view.leaderboard.length > 0 ? this.leaderboard(5) : null;
    return h(
      'section',
      { class: 'live-question-slide' },
      h('p', { class: 'live-lesson' }, question.lesson),
      h('h2', { class: 'live-prompt' }, richText(question.prompt)),
      options,
      answered,
      h('div', { class: 'live-after' }, explanation, board),
    );
  }

  private leaderboard(limit: number): HTMLElement {
    const rows = this.state.view?.leaderboard ?? [];
    return h(
      'div',
      { class: 'live-board' },
      h('h3', {}, '순위'),
      h('ol', {}, ...rows.slice(0, limit).map((r) => h('li', {}, h('span', {}, `${r.rank}. ${r.nickname}`), h('span', {}, `${r.score}점`)))),
    );
  }

  private results(): HTMLElement {
    const { view, report } = this.state;
    const podium = (view?.leaderboard ?? []).slice(0, 3);
    const download = h('button', { type: 'button', class: 'button', 'data-csv': '' }, '수업 보고서 CSV 내려받기');
    download.addEventListener('click', () => void this.downloadCsv());
    return h(
      'section',
      { class: 'live-results' },
      h('h2', {}, '수업 결과'),
      h('ol', { class: 'live-podium', 'aria-label': '시상대' }, ...podium.map((r) => h('li', {}, h('span', { class: 'place' }, `${r.rank}위`), h('strong', {}, r.nickname), h('span', {}, `${r.score}점`)))),
      report
        ? h(
            'div',
            { class: 'live-report' },
            h('h3', {}, '가장 어려웠던 문제'),
            report.hardest.length > 0
              ? h('ol', {}, ...report.hardest.slice(0, 3).map((q) => h('li', {}, `${q.number}번 문제 · 정답률 ${Math.round((q.rate ?? 0) * 100)}% (${q.right}/${q.answered}명)`)))
              : h('p', {}, '응답한 문제가 없습니다.'),
            h(
              'table',
              {},
              h('caption', {}, '문제별 정답률'),
              h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, '번호'), h('th', { scope: 'col' }, '응답'), h('th', { scope: 'col' }, '정답'), h('th', { scope: 'col' }, '정답률'))),
              h('tbody', {}, ...report.questions.map((q) => h('tr', {}, h('th', { scope: 'row' }, `${q.number}`), h('td', {}, `${q.answered}`), h('td', {}, `${q.right}`), h('td', {}, q.rate === null ? '—' : `${Math.round(q.rate * 100)}%`)))),
            ),
          )
        : null,
      download,
    );
  }

  private async downloadCsv() {
    const secret = this.state.secret;
    if (!secret) return;
    const response = await fetch(`/api/rooms/${this.state.code}/report.csv`, { headers: { 'X-Room-Secret': secret } });
    if (!response.ok) {
      this.state = { ...this.state, error: '보고서를 내려받지 못했습니다.' };
      this.render();
      return;
    }
    const link = h('a', { href: URL.createObjectURL(await response.blob()), download: `class-report-${this.state.code}.csv` });
    link.click();
    URL.revokeObjectURL(link.href);
  }

  private controls(): HTMLElement {
    const { view, hosted } = this.state;
    const action = primaryAction(view);
    const primary = h('button', { type: 'button', class: 'button primary', 'data-primary': '', disabled: !hosted || !action }, action ? `${action.label} (Space)` : '끝났습니다');
    primary.addEventListener('click', () => this.dispatch({ type: 'primary' }));
    const lock = h('button', { type: 'button', class: 'button', disabled: !hosted || view?.phase !== 'open' }, '답 잠그기 (L)');
    lock.addEventListener('click', () => this.dispatch({ type: 'control', command: 'lock' }));
    const end = h('button', { type: 'button', class: 'button', disabled: !hosted || !view || view.phase === 'ended' }, '수업 끝내기');
    end.addEventListener('click', () => this.dispatch({ type: 'control', command: 'end' }));
    const board = h('input', { type: 'checkbox', id: 'live-leaderboard', checked: view?.settings.leaderboard ?? true, disabled: !hosted });
    board.addEventListener('change', () => this.dispatch({ type: 'settings', leaderboard: board.checked }));
    const speed = h('input', { type: 'checkbox', id: 'live-speed', checked: view?.settings.speedBonus ?? false, disabled: !hosted });
    speed.addEventListener('change', () => this.dispatch({ type: 'settings', speedBonus: speed.checked }));
    const seconds = h('select', { id: 'live-seconds', disabled: !hosted }, ...[0, 10, 20, 30, 45, 60, 90, 120].map((n) => h('option', { value: String(n), selected: (view?.settings.seconds ?? 30) === n }, n === 0 ? '제한 없음' : `${n}초`)));
    seconds.addEventListener('change', () => this.dispatch({ type: 'settings', seconds: Number(seconds.value) }));
    return h(
      'div',
      { class: 'live-controls' },
      primary,
      lock,
      end,
      h('span', { class: 'live-setting' }, board, h('label', { for: 'live-leaderboard' }, '순위 보이기')),
      h('span', { class: 'live-setting' }, speed, h('label', { for: 'live-speed' }, '빠른 답 가산점')),
      h('span', { class: 'live-setting' }, h('label', { for: 'live-seconds' }, '문제당 시간'), seconds),
    );
  }

  private renderTimer() {
    const el = this.querySelector<HTMLElement>('[data-timer]');
    const view = this.state.view;
    const left = secondsLeft(view?.phase === 'open' ? view.deadline : null, Date.now());
    if (el) el.textContent = left === null ? '' : `남은 시간 ${left}초`;
  }
}

customElements.define('live-projector', LiveProjector);

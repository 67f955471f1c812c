// <exam-app>: the mock exam. The attempt and its transitions live in src/lib/study/exam.ts; this element keeps
// the attempt in localStorage after every change (so it survives reload and a closed tab), ticks the clock,
// and renders the set-up, question, review and results screens from the attempt.
import type { QuizQuestion } from '~/lib/quiz/grading.ts';
import { KIND_LABELS } from '~/lib/quiz/kinds.ts';
import {
  addRecord, drawExam, ESTIMATED_PASS_RATE, formatClock, navigator, parseAttempt, parseHistory, recordOf, reduceExam, scoreExam,
  secondsLeft, startExam, validateExamConfig, warningLevel, type ExamAttempt, type ExamEvent, type ExamRecord,
} from '~/lib/study/exam.ts';
import { keyText, responseText } from '~/lib/study/answer-text.ts';
import { setFlags } from '~/lib/study/notebook.ts';
import { EXAM_ATTEMPT_KEY, EXAM_HISTORY_KEY, readJson, removeKey, writeJson } from '~/lib/study/storage-keys.ts';
import { fetchQuestionBank } from '../question-bank.ts';
import { h, richText } from '../dom.ts';
import { QueryElement } from './query-element.ts';
import { createWidget, type Widget } from './widgets.ts';
import type { ClientBank } from './bank-data.ts';

const SVG = 'http://www.w3.org/2000/svg';
const now = () => Date.now();

class ExamApp extends QueryElement {
  private bank!: ClientBank;
  private byId = new Map<string, QuizQuestion>();
  private attempt: ExamAttempt | null = null;
  private widget: Widget | null = null;
  private widgetIndex = -1;
  private tick: number | undefined;
  private lastScreen: string | null = null;

  async connectedCallback() {
    try {
      this.bank = await fetchQuestionBank();
    } catch (error) {
      this.showError(error instanceof Error ? error.message : '문제 은행을 불러오지 못했습니다.');
      return;
    }
    for (const q of this.bank.questions) this.byId.set(q.id, q);
    this.wireSetup();
    this.wireExam();
    this.querySelectorAll<HTMLInputElement | HTMLButtonElement>('[disabled]').forEach((el) => (el.disabled = false));
    this.attempt = parseAttempt(readJson(EXAM_ATTEMPT_KEY));
    if (this.attempt && this.attempt.submittedAt === null) {
      this.announce('진행 중인 모의고사를 이어서 풉니다.');
      this.dispatch({ type: 'tick', now: now() }); // a deadline passed while the tab was closed submits at once
    }
    this.dataset.ready = 'true';
    this.render();
  }

  disconnectedCallback() {
    window.clearInterval(this.tick);
  }

  private dispatch(event: ExamEvent) {
    if (!this.attempt) return;
    const step = reduceExam(this.attempt, event);
    if (step.state === this.attempt) return;
    this.attempt = step.state;
    for (const effect of step.effects) {
      if (effect.type === 'save') writeJson(EXAM_ATTEMPT_KEY, this.attempt);
      else if (effect.type === 'announce') this.announce(effect.text);
      else if (effect.type === 'finished') this.recordHistory();
    }
    this.render();
  }

  // ---------- set-up ----------
  private lessonBoxes() {
    return [...this.querySelectorAll<HTMLInputElement>('input[name="lesson"]')];
  }

  private wireSetup() {
    const form = this.$<HTMLFormElement>('[data-setup-form]');
    const all = this.$<HTMLInputElement>('[data-all-lessons]');
    all.addEventListener('change', () => {
      this.lessonBoxes().forEach((b) => (b.checked = all.checked));
      this.updateTotal();
    });
    form.addEventListener('change', () => {
      const boxes = this.lessonBoxes();
      all.checked = boxes.every((b) => b.checked);
      all.indeterminate = !all.checked && boxes.some((b) => b.checked);
      this.updateTotal();
    });
    form.addEventListener('input', () => this.updateTotal());
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.start();
    });
    this.renderHistory();
    this.updateTotal();
  }

  private readSetup() {
    const boxes = this.lessonBoxes();
    const picked = boxes.filter((b) => b.checked).map((b) => b.value);
    const lessons = picked.length === boxes.length ? null : picked;
    const count = Number(this.$<HTMLInputElement>('#exam-count').value);
    const secondsPerQuestion = Number(this.$<HTMLInputElement>('#exam-seconds').value);
    return { lessons, count, secondsPerQuestion };
  }

  private updateTotal() {
    const { count, secondsPerQuestion } = this.readSetup();
    const total = count * secondsPerQuestion;
    this.$('[data-time-total]').textContent = Number.isFinite(total) && total > 0 ? `제한 시간 ${formatClock(total)} (${count}문항 × ${secondsPerQuestion}초)` : '문항 수와 시간을 적으세요.';
  }

  private start() {
    const setup = this.readSetup();
    const pool = this.bank.questions.filter((q) => setup.lessons === null || setup.lessons.includes(q.lesson));
    const check = validateExamConfig(setup, pool.length);
    const msg = this.$('[data-setup-msg]');
    if (!check.ok) {
      msg.textContent = check.message;
      return;
    }
    msg.textContent = '';
    const config = { ...setup, seed: (now() ^ Math.floor(Math.random() * 0x7fffffff)) >>> 0 };
    const ids = drawExam(this.bank.questions.map((q) => ({ id: q.id, lesson: q.lesson, kind: q.kind })), config);
    this.attempt = startExam(config, ids, now());
    writeJson(EXAM_ATTEMPT_KEY, this.attempt);
    this.announce(`모의고사를 시작합니다. ${ids.length}문항, 제한 시간 ${formatClock(ids.length * config.secondsPerQuestion)}.`);
    this.render();
  }

  // ---------- exam ----------
  private wireExam() {
    this.$('[data-prev]').addEventListener('click', () => this.dispatch({ type: 'prev' }));
    this.$('[data-next]').addEventListener('click', () => this.dispatch({ type: 'next' }));
    this.$('[data-flag]').addEventListener('click', () => this.dispatch({ type: 'toggle-flag' }));
    this.$('[data-open-review]').addEventListener('click', () => this.dispatch({ type: 'open-review' }));
    this.$('[data-close-review]').addEventListener('click', () => this.dispatch({ type: 'close-review' }));
    this.$('[data-submit]').addEventListener('click', () => {
      const a = this.attempt;
      if (!a) return;
      const unanswered = a.answers.filter((x) => x === null).length;
      if (unanswered > 0 && !confirm(`답하지 않은 문항이 ${unanswered}개 있습니다. 그래도 제출할까요?`)) return;
      this.dispatch({ type: 'submit', now: now() });
    });
    this.$('[data-nav]').addEventListener('click', (e) => {
      const b = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-index]');
      if (b) this.dispatch({ type: 'goto', index: Number(b.dataset.index) });
    });
    this.$('[data-review-list]').addEventListener('click', (e) => {
      const b = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-index]');
      if (b) this.dispatch({ type: 'goto', index: Number(b.dataset.index) });
    });
    const slot = this.$('[data-widget-slot]');
    const capture = () => queueMicrotask(() => this.captureAnswer());
    slot.addEventListener('change', capture);
    slot.addEventListener('input', capture);
    slot.addEventListener('click', (e) => {
      if ((e.target as HTMLElement).closest('.q-move')) capture();
    });
    slot.addEventListener('keydown', (e) => {
      if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) capture();
    });
    this.$('[data-to-notebook]').addEventListener('click', () => void this.sendToNotebook());
    this.$('[data-new-exam]').addEventListener('click', () => {
      removeKey(EXAM_ATTEMPT_KEY);
      this.attempt = null;
      this.render();
      this.$('#exam-setup-h').setAttribute('tabindex', '-1');
      this.$('#exam-setup-h').focus();
    });
    document.addEventListener('keydown', (e) => this.onKey(e));
  }

  private captureAnswer() {
    const a = this.attempt;
    if (!a || !this.widget || a.screen !== 'question' || this.widgetIndex !== a.current) return;
    this.dispatch({ type: 'answer', index: a.current, response: this.widget.response() });
  }

  private onKey(e: KeyboardEvent) {
    const a = this.attempt;
    if (!a || a.submittedAt !== null || a.screen !== 'question' || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
    const t = e.target as HTMLElement | null;
    if (t?.closest('input[type="text"], input[type="number"], textarea, select')) return;
    if (e.code === 'KeyF') {
      e.preventDefault();
      this.dispatch({ type: 'toggle-flag' });
    } else if (/^[1-9]$/.test(e.key) && this.widget?.choose(Number(e.key))) {
      e.preventDefault();
      this.captureAnswer();
    }
  }

  private startTicking() {
    if (this.tick !== undefined) return;
    this.tick = window.setInterval(() => {
      if (!this.attempt || this.attempt.submittedAt !== null) return this.stopTicking();
      this.dispatch({ type: 'tick', now: now() });
      this.renderTimer();
    }, 1000);
  }

  private stopTicking() {
    window.clearInterval(this.tick);
    this.tick = undefined;
  }

  // ---------- rendering ----------
  private render() {
    const a = this.attempt;
    const screen = !a ? 'setup' : a.submittedAt !== null ? 'results' : a.screen;
    this.$('[data-setup]').hidden = screen !== 'setup';
    this.$('[data-exam]').hidden = screen !== 'question';
    this.$('[data-review]').hidden = screen !== 'review';
    this.$('[data-results]').hidden = screen !== 'results';
    this.dataset.screen = screen;
    const entered = this.lastScreen !== screen;
    this.lastScreen = screen;
    if (!a) {
      this.stopTicking();
      this.renderHistory();
      return;
    }
    if (a.submittedAt === null) this.startTicking();
    else this.stopTicking();
    if (screen === 'question') this.renderQuestion(a);
    else if (screen === 'review') this.renderReview(a, entered);
    else this.renderResults(a, entered);
  }

  private renderTimer() {
    const a = this.attempt;
    if (!a) return;
    const timer = this.$('[data-timer]');
    timer.textContent = formatClock(secondsLeft(a, now()));
    const level = warningLevel(a, now());
    timer.classList.toggle('warn', level === 1);
    timer.classList.toggle('urgent', level === 2);
    timer.setAttribute('aria-label', `남은 시간 ${formatClock(secondsLeft(a, now()))}`);
  }

  private renderQuestion(a: ExamAttempt) {
    this.renderTimer();
    const i = a.current;
    const q = this.byId.get(a.ids[i] ?? '');
    this.$('[data-q-heading]').textContent = `문항 ${i + 1} / ${a.ids.length}`;
    const nav = this.$('[data-nav]');
    nav.textContent = '';
    for (const item of navigator(a)) {
      const label = `${item.index + 1}번: ${item.answered ? '답함' : '답하지 않음'}${item.flagged ? ', 검토 표시' : ''}`;
      const b = h('button', { type: 'button', class: `button${item.answered ? ' answered' : ''}`, 'data-index': String(item.index), 'aria-label': label, 'aria-current': item.current ? 'true' : 'false' },
        String(item.index + 1), item.flagged ? h('span', { class: 'flag-mark', 'aria-hidden': 'true' }, '⚑') : null);
      nav.append(h('li', {}, b));
    }
    const flag = this.$<HTMLButtonElement>('[data-flag]');
    flag.setAttribute('aria-pressed', String(a.flagged[i] === true));
    this.$<HTMLButtonElement>('[data-prev]').disabled = i === 0;
    this.$('[data-next]').textContent = i === a.ids.length - 1 ? '검토 화면으로 →' : '다음 문항 →';
    if (!q) {
      this.$('[data-widget-slot]').textContent = '이 문항은 문제 은행에서 빠졌습니다. 채점하지 않습니다.';
      this.widget = null;
      this.widgetIndex = i;
      return;
    }
    if (this.widgetIndex !== i || !this.widget) {
      const slot = this.$('[data-widget-slot]');
      slot.textContent = '';
      // One seed per attempt: the option order stays put when the learner comes back to a question.
      this.widget = createWidget(q, a.config.seed, (m) => this.announce(m));
      const saved = a.answers[i];
      if (saved) this.widget.restore(saved);
      slot.append(this.widget.el);
      this.widgetIndex = i;
      this.$('[data-meta]').textContent = `${this.lessonTitle(q.lesson)} · ${KIND_LABELS[q.kind]}`;
      this.widget.focus();
    }
  }

  private renderReview(a: ExamAttempt, entered: boolean) {
    const unanswered = a.answers.filter((x) => x === null).length;
    const flagged = a.flagged.filter(Boolean).length;
    this.$('[data-review-summary]').textContent = `${a.ids.length}문항 중 답함 ${a.ids.length - unanswered} · 답하지 않음 ${unanswered} · 검토 표시 ${flagged}. 남은 시간 ${formatClock(secondsLeft(a, now()))}. 문항을 누르면 그 문항으로 갑니다.`;
    const list = this.$('[data-review-list]');
    list.textContent = '';
    a.ids.forEach((id, i) => {
      const q = this.byId.get(id);
      const answered = a.answers[i] != null;
      const state = `${answered ? '답함' : '답하지 않음'}${a.flagged[i] ? ' ⚑' : ''}`;
      list.append(h('li', { class: answered ? 'answered' : 'unanswered' },
        h('button', { type: 'button', class: 'button', 'data-index': String(i) }, h('span', { class: 'state' }, `${i + 1}. ${state}`), h('span', {}, (q?.prompt ?? '').replace(/`/g, '').slice(0, 60)))));
    });
    if (entered) this.$('#exam-review-h').focus();
  }

  private lessonTitle(id: string) {
    return this.bank.lessons.find((l) => l.id === id)?.title ?? id;
  }

  private renderResults(a: ExamAttempt, entered: boolean) {
    const r = scoreExam(a, this.byId);
    const pct = (n: number, d: number) => (d ? Math.round((n / d) * 100) : 0);
    const pass = Math.round(ESTIMATED_PASS_RATE * 100);
    const score = this.$('[data-score]');
    score.textContent = '';
    score.append(
      h('p', { class: 'big' }, `${r.correct} / ${r.total} (${pct(r.correct, r.total)}%)`),
      h('p', { class: r.passed ? 'pass' : 'fail' }, r.passed ? `추정 합격선 ${pass}%를 넘었습니다.` : `추정 합격선 ${pass}%에 ${Math.max(0, Math.ceil(ESTIMATED_PASS_RATE * r.total) - r.correct)}문항 모자랍니다.`),
      h('p', { class: 'muted small' }, `추정 합격선: AWS 어소시에이트 시험은 100–1,000점 환산 점수로 720점이 합격이며, 문항별 배점은 공개하지 않습니다. 그래서 정답률 ${pass}%는 참고용 어림값입니다.`),
      h('p', {}, `걸린 시간 ${formatClock(r.secondsUsed)} / 제한 ${formatClock(a.ids.length * a.config.secondsPerQuestion)}${r.timedOut ? ' · 시간이 끝나 자동 제출했습니다' : ''}`),
    );
    const table = (caption: string, head: string, rows: { key: string; total: number; correct: number }[], label: (k: string) => string) => {
      const t = h('table', {}, h('caption', {}, caption), h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, head), h('th', { scope: 'col' }, '맞힘'), h('th', { scope: 'col' }, '정답률'))));
      const body = h('tbody');
      for (const b of rows) body.append(h('tr', {}, h('th', { scope: 'row' }, label(b.key)), h('td', {}, `${b.correct}/${b.total}`), h('td', {}, `${pct(b.correct, b.total)}%`)));
      t.append(body);
      return t;
    };
    const byLesson = this.$('[data-by-lesson]');
    byLesson.textContent = '';
    byLesson.append(table('레슨별 점수', '레슨', r.byLesson, (k) => this.lessonTitle(k)));
    const byKind = this.$('[data-by-kind]');
    byKind.textContent = '';
    byKind.append(table('유형별 점수', '유형', r.byKind, (k) => KIND_LABELS[k as keyof typeof KIND_LABELS] ?? k));
    const wrong = r.items.filter((x) => !x.correct).length;
    const toNotebook = this.$<HTMLButtonElement>('[data-to-notebook]');
    toNotebook.disabled = wrong === 0 || a.sentToNotebook;
    toNotebook.textContent = a.sentToNotebook ? '틀린 문항을 오답 노트에 넣었습니다' : wrong ? `틀린 문항 ${wrong}개 오답 노트에 넣기` : '틀린 문항이 없습니다';
    const list = this.$('[data-result-list]');
    list.textContent = '';
    r.items.forEach((item, i) => {
      const q = this.byId.get(item.id) as QuizQuestion;
      const details = h('details', {},
        h('summary', {}, h('span', { class: item.correct ? 'mark-ok' : 'mark-bad' }, item.correct ? '✓ 맞힘' : item.response ? '✗ 틀림' : '✗ 답 없음'), h('span', {}, `${i + 1}. `, richText(q.prompt))),
        h('div', { class: 'detail' }, h('dl', {},
          h('dt', {}, '내 답'), h('dd', {}, responseText(q, item.response)),
          h('dt', {}, '정답'), h('dd', {}, keyText(q)),
          h('dt', {}, '해설'), h('dd', {}, richText(q.explanation)),
          h('dt', {}, '레슨'), h('dd', {}, h('a', { href: `/lessons/${q.lesson}/#${encodeURIComponent(q.section)}` }, `${this.lessonTitle(q.lesson)} › ${this.bank.lessons.find((l) => l.id === q.lesson)?.sections[q.section] ?? q.section}`)),
        )));
      list.append(h('li', {}, details));
    });
    if (entered) this.$('#exam-results-h').focus();
  }

  private recordHistory() {
    const a = this.attempt;
    if (!a) return;
    const history = addRecord(parseHistory(readJson(EXAM_HISTORY_KEY)), recordOf(a, scoreExam(a, this.byId)));
    if (!writeJson(EXAM_HISTORY_KEY, history)) this.showError('브라우저 저장 공간에 모의고사 기록을 저장하지 못했습니다. 결과 화면은 그대로 볼 수 있습니다.');
  }

  private async sendToNotebook() {
    const a = this.attempt;
    if (!a || a.sentToNotebook) return;
    const ids = scoreExam(a, this.byId).items.filter((x) => !x.correct).map((x) => x.id);
    // The progress store (and the scheduler it brings) is only needed here: loaded on demand.
    const { controller } = await import('./controller.ts');
    const ctl = controller();
    const saved = ctl.replace(setFlags(ctl.progress(), ids, true, now()));
    const msg = this.$('[data-notebook-msg]');
    if (!saved.ok) {
      msg.textContent = saved.error.message;
      return;
    }
    msg.textContent = `틀린 문항 ${ids.length}개를 오답 노트에 표시했습니다. 퀴즈 첫 화면이나 오답 노트에서 풀 수 있습니다.`;
    this.dispatch({ type: 'sent-to-notebook' });
  }

  private renderHistory() {
    const box = this.$('[data-history]');
    const history = parseHistory(readJson(EXAM_HISTORY_KEY));
    box.textContent = '';
    if (history.length === 0) {
      box.append(h('p', { class: 'muted' }, '아직 본 모의고사가 없습니다.'));
      return;
    }
    box.append(trendChart(history), historyTable(history));
  }

  private announce(text: string) {
    const live = this.$('[data-live]');
    live.textContent = '';
    requestAnimationFrame(() => (live.textContent = text));
  }

  private showError(m: string) {
    const el = this.$('[data-error]');
    el.hidden = false;
    el.textContent = m;
  }
}

const svg = (tag: string, attrs: Record<string, string | number>, ...children: (Node | string)[]) => {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  el.append(...children);
  return el;
};

const dateLabel = (at: number) => new Intl.DateTimeFormat('ko-KR', { month: 'numeric', day: 'numeric', hour: 'numeric', minute: '2-digit' }).format(at);

/** Score per attempt as a line with the estimated pass mark; the title and description say it in words. */
function trendChart(history: readonly ExamRecord[]): SVGElement {
  const w = 600;
  const hgt = 220;
  const left = 40;
  const right = 12;
  const top = 12;
  const bottom = 28;
  const rates = history.map((r) => Math.round((r.correct / r.total) * 100));
  const x = (i: number) => left + (history.length === 1 ? (w - left - right) / 2 : (i * (w - left - right)) / (history.length - 1));
  const y = (p: number) => top + ((100 - p) * (hgt - top - bottom)) / 100;
  const pass = Math.round(ESTIMATED_PASS_RATE * 100);
  const lastRate = rates[rates.length - 1] ?? 0;
  const best = Math.max(...rates);
  const desc = `모의고사 ${history.length}회의 정답률 추이입니다. 최근 ${lastRate}%, 최고 ${best}%, 추정 합격선 ${pass}%.`;
  const el = svg('svg', { viewBox: `0 0 ${w} ${hgt}`, width: w, height: hgt, role: 'img', 'aria-labelledby': 'exam-trend-t exam-trend-d' },
    svg('title', { id: 'exam-trend-t' }, '모의고사 점수 추이'), svg('desc', { id: 'exam-trend-d' }, desc));
  for (const p of [0, 50, 100]) el.append(svg('line', { x1: left, x2: w - right, y1: y(p), y2: y(p), class: 'axis' }), svg('text', { x: 4, y: y(p) + 4 }, `${p}%`));
  el.append(svg('line', { x1: left, x2: w - right, y1: y(pass), y2: y(pass), class: 'pass-line' }), svg('text', { x: w - right - 90, y: y(pass) - 6 }, `추정 합격선 ${pass}%`));
  if (history.length > 1) el.append(svg('polyline', { points: rates.map((p, i) => `${x(i)},${y(p)}`).join(' '), class: 'trend-line' }));
  rates.forEach((p, i) => el.append(svg('circle', { cx: x(i), cy: y(p), r: 4, class: 'trend-dot' }, svg('title', {}, `${i + 1}회 (${dateLabel((history[i] as ExamRecord).at)}): ${p}%`))));
  el.append(svg('text', { x: left, y: hgt - 8 }, '1회'), svg('text', { x: w - right - 30, y: hgt - 8 }, `${history.length}회`));
  return el;
}

function historyTable(history: readonly ExamRecord[]): HTMLElement {
  const body = h('tbody');
  [...history].reverse().forEach((r, i) => {
    body.append(h('tr', {}, h('th', { scope: 'row' }, `${history.length - i}회 · ${dateLabel(r.at)}`), h('td', {}, `${r.correct}/${r.total}`), h('td', {}, `${Math.round((r.correct / r.total) * 100)}%`), h('td', {}, `${formatClock(r.secondsUsed)}${r.timedOut ? ' (시간 초과)' : ''}`)));
  });
  return h('details', {}, h('summary', {}, '표로 보기'),
    h('div', { class: 'table-wrap' }, h('table', {}, h('caption', {}, '지난 모의고사 점수'), h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, '회차'), h('th', { scope: 'col' }, '점수'), h('th', { scope: 'col' }, '정답률'), h('th', { scope: 'col' }, '걸린 시간'))), body)));
}

customElements.define('exam-app', ExamApp);

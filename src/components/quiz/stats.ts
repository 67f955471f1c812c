// <quiz-stats>: accessible SVG charts (role="img" with title and description, plus data tables).
import {
  dayLabel, dueForecast, lessonMastery, leeches, reviewsPerDay, setSuspended, studyDay, suspendedIds, systemClock, trueRetention,
} from '~/lib/srs/index.ts';
import { answerFlags, lessonAccuracy, MIN_RETENTION_REVIEWS } from '~/lib/srs/stats.ts';
import { controller, readBankData } from './controller.ts';
import { h } from '../dom.ts';

interface SlimBank {
  lessons: { id: string; title: string }[];
  questions: { id: string; lesson: string; prompt: string; section: string }[];
}

const SVG = 'http://www.w3.org/2000/svg';
let svgId = 0;

function svg(tag: string, attrs: Record<string, string | number>, ...children: (Node | string)[]): SVGElement {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children) el.append(c);
  return el;
}

function chart(width: number, height: number, title: string, desc: string): SVGElement {
  const id = `stat-svg-${++svgId}`;
  return svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-labelledby': `${id}-t ${id}-d` },
    svg('title', { id: `${id}-t` }, title), svg('desc', { id: `${id}-d` }, desc));
}

function table(caption: string, head: string[], rows: (string | Node)[][]): HTMLTableElement {
  const t = h('table', {}, h('caption', {}, caption));
  t.append(h('thead', {}, h('tr', {}, ...head.map((c) => h('th', { scope: 'col' }, c)))));
  const body = h('tbody');
  for (const r of rows) body.append(h('tr', {}, ...r.map((c, i) => (i === 0 ? h('th', { scope: 'row' }, c) : h('td', {}, c)))));
  t.append(body);
  return t;
}

const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 1000) / 10}%`);

class QuizStats extends HTMLElement {
  private bank!: SlimBank;
  private ctl = controller();

  connectedCallback() {
    this.bank = readBankData<SlimBank>(this);
    this.ctl.onChange(() => this.render());
    this.ctl.onError((m) => {
      const e = this.querySelector('[data-error]') as HTMLElement;
      e.hidden = false;
      e.textContent = m;
    });
    if (this.ctl.loaded.problem || this.ctl.store.corruptCopies().length > 0) {
      const e = this.querySelector('[data-error]') as HTMLElement;
      e.hidden = false;
      e.textContent = '저장된 퀴즈 진도를 읽을 수 없습니다. 퀴즈 첫 화면에서 원본 데이터를 내려받을 수 있습니다.';
    }
    this.render();
  }

  private part$(sel: string): HTMLElement {
    return this.querySelector(sel) as HTMLElement;
  }

  private lessonTitle(lesson: string) {
    return this.bank.lessons.find((l) => l.id === lesson)?.title ?? lesson;
  }

  private render() {
    const p = this.ctl.progress();
    const now = systemClock.now();
    const items = this.bank.questions.map((q) => ({ id: q.id, lesson: q.lesson }));
    const today = studyDay(systemClock, now);
    const perDay = reviewsPerDay(p, systemClock);
    const studied = Object.values(p.cards).filter((c) => c.state !== 0).length;
    this.part$('[data-today]').textContent = `오늘 복습 ${perDay.get(today) ?? 0}회 · 학습한 문항 ${studied}/${this.bank.questions.length}개 · 전체 복습 기록 ${p.log.length}회`;
    this.part$('[data-target]').textContent = `${Math.round(p.settings.retention * 100)}%`;
    this.renderHeatmap(perDay, today);
    this.renderForecast(dueForecast(p, items, systemClock, now, 30));
    const ret = trueRetention(p, systemClock, now);
    const retBox = this.part$('[data-retention]');
    retBox.textContent = '';
    retBox.append(table('복습 단계 문항의 첫 복습 기준', ['기간', '복습', '기억함', '기억률'], ret.map((r) => [
      r.label, String(r.reviews), String(r.passed),
      r.enough ? pct(r.rate) : `데이터 부족 (${r.reviews}/${MIN_RETENTION_REVIEWS}회)`,
    ])));
    const enoughAny = ret.some((r) => r.enough);
    this.part$('[data-retention-note]').textContent = enoughAny ? '' : `기억률은 복습 단계 문항을 ${MIN_RETENTION_REVIEWS}번 이상 복습한 뒤에 보여 줍니다. 아직은 데이터가 부족합니다.`;
    const acc = lessonAccuracy(p, items);
    const aBox = this.part$('[data-accuracy]');
    aBox.textContent = '';
    aBox.append(table('레슨별 정답률 (모든 평가, ‘다시’는 틀림)', ['레슨', '평가', '기억함', '정답률'], acc.map((a) => [
      this.lessonTitle(a.lesson), String(a.answers), String(a.remembered), a.rate === null ? '아직 없음' : pct(a.rate),
    ])));
    const flags = answerFlags(p, systemClock, now, 30);
    this.part$('[data-flags]').textContent = flags.answers === 0
      ? '최근 30일 동안 푼 문항이 없습니다.'
      : `최근 30일 평가 ${flags.answers}회 중 ‘확실하지 않음’ ${flags.unsure}회 (그중 ‘다시’ 말고 다른 평가 ${flags.unsureKept}회), 오타를 허용한 답 ${flags.typo}회.`;
    const mastery = lessonMastery(p, items);
    const mBox = this.part$('[data-mastery]');
    mBox.textContent = '';
    mBox.append(table('레슨별 학습·숙달 문항 수', ['레슨', '학습함', '숙달', '숙달 비율'], mastery.map((m) => {
      const ratio = m.total ? m.mature / m.total : 0;
      const fill = h('span');
      fill.style.inlineSize = `${Math.round(ratio * 100)}%`; // CSSOM, not a style attribute (CSP)
      const bar = h('span', { class: 'mastery-bar', 'aria-hidden': 'true' }, fill);
      const cell = h('span', {}, `${Math.round(ratio * 100)}%`, bar);
      return [this.lessonTitle(m.lesson), `${m.studied}/${m.total}`, String(m.mature), cell];
    })));
    this.renderList('[data-leeches]', leeches(p).map((l) => ({ id: l.id, note: `${l.wrong}번 틀림${l.suspended ? ' · 보류 중' : ''}`, suspended: l.suspended })), '아직 없습니다.');
    this.renderList('[data-suspended]', suspendedIds(p).map((id) => ({ id, note: '보류 중', suspended: true })), '없습니다.');
  }

  private renderList(sel: string, rows: { id: string; note: string; suspended: boolean }[], empty: string) {
    const box = this.part$(sel);
    box.textContent = '';
    if (rows.length === 0) {
      box.append(h('p', { class: 'muted' }, empty));
      return;
    }
    const ul = h('ul', { class: 'stat-list' });
    for (const r of rows) {
      const q = this.bank.questions.find((x) => x.id === r.id);
      const btn = h('button', { type: 'button', class: 'button' }, r.suspended ? '보류 해제' : '보류');
      btn.addEventListener('click', () => {
        this.ctl.replace(setSuspended(this.ctl.progress(), r.id, !r.suspended, systemClock));
        (this.querySelector('[data-live]') as HTMLElement).textContent = r.suspended ? '보류를 해제했습니다.' : '보류했습니다.';
      });
      const link = q ? h('a', { href: `/lessons/${q.lesson}/#${encodeURIComponent(q.section)}` }, this.lessonTitle(q.lesson)) : h('span', {}, '삭제된 문항');
      ul.append(h('li', {}, h('span', { class: 'prompt' }, q?.prompt ?? r.id, ' ', h('span', { class: 'muted' }, '(', link, ` · ${r.note})`)), btn));
    }
    box.append(ul);
  }

  private renderHeatmap(perDay: Map<number, number>, today: number) {
    const weeks = 26;
    const cell = 13;
    const gap = 3;
    const left = 24;
    const top = 16;
    // Columns are weeks ending with the current one; rows Monday..Sunday.
    const dow = (d: number) => (new Date(d * 86_400_000).getUTCDay() + 6) % 7;
    const start = today - dow(today) - (weeks - 1) * 7;
    const max = Math.max(1, ...perDay.values());
    let total = 0;
    let activeDays = 0;
    const el = chart(left + weeks * (cell + gap), top + 7 * (cell + gap) + 4, '최근 26주 날짜별 복습 수 히트맵', '');
    ['월', '수', '금'].forEach((t, i) => el.append(svg('text', { x: 0, y: top + i * 2 * (cell + gap) + cell - 2 }, t)));
    const rows: string[][] = [];
    for (let d = start; d <= today; d++) {
      const w = Math.floor((d - start) / 7);
      const n = perDay.get(d) ?? 0;
      total += n;
      if (n > 0) {
        activeDays++;
        rows.push([dayLabel(d), `${n}회`]);
      }
      const level = n === 0 ? 0 : Math.min(4, Math.ceil((n / max) * 4));
      if (dow(d) === 0 && new Date(d * 86_400_000).getUTCDate() <= 7) {
        el.append(svg('text', { x: left + w * (cell + gap), y: 11 }, `${new Date(d * 86_400_000).getUTCMonth() + 1}월`));
      }
      el.append(svg('rect', { x: left + w * (cell + gap), y: top + dow(d) * (cell + gap), width: cell, height: cell, rx: 2, class: `cell-${level}` }, svg('title', {}, `${dayLabel(d)}: ${n}회`)));
    }
    (el.querySelector('desc') as SVGElement).textContent = `최근 26주 동안 ${activeDays}일 복습했고 모두 ${total}회 복습했습니다. 하루 최대 ${max === 1 && total === 0 ? 0 : max}회.`;
    const box = this.part$('[data-heatmap]');
    box.textContent = '';
    const legend = h('p', { class: 'legend', 'aria-hidden': 'true' }, '적음 ');
    for (let i = 0; i <= 4; i++) {
      const s = svg('svg', { width: 12, height: 12, viewBox: '0 0 12 12' }, svg('rect', { width: 12, height: 12, rx: 2, class: `cell-${i}` }));
      legend.append(s);
    }
    legend.append(' 많음');
    const scroller = h('div', { class: 'chart-scroll' }, el);
    box.append(scroller, legend);
    scroller.scrollLeft = scroller.scrollWidth; // on narrow screens show the latest weeks first
    const tbox = this.part$('[data-heatmap-table]');
    tbox.textContent = '';
    tbox.append(rows.length ? table('복습한 날과 횟수', ['날짜', '복습'], rows.reverse()) : h('p', { class: 'muted' }, '최근 26주 동안 복습 기록이 없습니다.'));
  }

  private renderForecast(counts: number[]) {
    const barW = 14;
    const gap = 4;
    const height = 120;
    const left = 28;
    const bottom = 20;
    const max = Math.max(1, ...counts);
    const total = counts.reduce((a, b) => a + b, 0);
    const el = chart(left + counts.length * (barW + gap), height + bottom, '앞으로 30일 동안 날마다 복습할 문항 수',
      `앞으로 30일 동안 모두 ${total}개 문항을 복습합니다. 오늘(밀린 문항 포함) ${counts[0] ?? 0}개, 가장 많은 날 ${total ? max : 0}개.`);
    el.append(svg('line', { x1: left, y1: height, x2: left + counts.length * (barW + gap), y2: height, class: 'axis' }));
    el.append(svg('text', { x: 0, y: 12 }, String(max)), svg('text', { x: 0, y: height }, '0'));
    counts.forEach((n, i) => {
      const bh = Math.round((n / max) * (height - 10));
      const x = left + i * (barW + gap);
      el.append(svg('rect', { x, y: height - bh, width: barW, height: Math.max(bh, 0), class: 'bar' }, svg('title', {}, `${i === 0 ? '오늘' : `${i}일 뒤`}: ${n}개`)));
      if (i % 5 === 0) el.append(svg('text', { x, y: height + 14 }, i === 0 ? '오늘' : `+${i}`));
    });
    const box = this.part$('[data-forecast]');
    box.textContent = '';
    box.append(h('div', { class: 'chart-scroll' }, el));
    const tbox = this.part$('[data-forecast-table]');
    tbox.textContent = '';
    tbox.append(table('날마다 복습할 문항 수', ['날', '문항'], counts.map((n, i) => [i === 0 ? '오늘 (밀린 문항 포함)' : `${i}일 뒤`, String(n)])));
  }
}

customElements.define('quiz-stats', QuizStats);

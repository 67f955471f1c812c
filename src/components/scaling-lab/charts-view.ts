// The timeline: four panels over the visible window, markers for faults and scaling activities with a
// tap/hover/focus readout, a text summary and a table alternative.
import { chartMarkers, clockLabel, epochOf, localLabel, markerReadout, type LabState, type Sample, type SimState } from '../../lib/scaling/index.ts';
import { drawPanel, type PanelSpec } from './chart.ts';
import { fmt, h, q, setText } from './dom.ts';

const MARKER_NAMES = { fault: '장애', recovery: '복구', scaling: '조정' } as const;

function panels(s: SimState): Record<string, PanelSpec> {
  const p = s.config.policy;
  const cpuRefs: { value: number; cls: 's2' | 's4'; label: string }[] = [];
  if (p.kind === 'target-tracking') cpuRefs.push({ value: p.targetCpu, cls: 's2', label: `대상 ${p.targetCpu} %` });
  else if (p.kind === 'step' || p.kind === 'simple') {
    cpuRefs.push({ value: p.highThreshold, cls: 's2', label: `확장 경보 ${p.highThreshold} %` });
    cpuRefs.push({ value: p.lowThreshold, cls: 's2', label: `축소 경보 ${p.lowThreshold} %` });
  }
  return {
    rps: {
      series: [
        { cls: 's1', label: '요청', value: (x) => x.rps, fill: true },
        { cls: 's4', label: '실패한 요청', value: (x) => x.rps * x.errorRate },
      ],
      minMax: 10,
      format: (v) => fmt.int(v),
    },
    cpu: { series: [{ cls: 's1', label: '평균 CPU', value: (x) => x.cpu }], refs: cpuRefs, minMax: 100, fixedMax: 100, format: (v) => `${Math.round(v)}` },
    count: {
      series: [
        { cls: 's3', label: 'InService', value: (x) => x.inService, stepped: true },
        { cls: 's2', label: '원하는 용량', value: (x) => x.desired, stepped: true },
      ],
      minMax: 4,
      format: (v) => `${Math.round(v)}`,
    },
    latency: { series: [{ cls: 's1', label: '평균 응답 시간', value: (x) => x.responseMs }], minMax: 200, format: (v) => fmt.int(v) },
  };
}

export function visibleRange(state: LabState): { from: number; to: number } {
  const to = Math.max(state.sim.t, state.windowSeconds);
  return { from: Math.max(0, to - state.windowSeconds), to };
}

export function renderCharts(root: HTMLElement, state: LabState): void {
  const s = state.sim;
  const { from, to } = visibleRange(state);
  const visible = s.series.filter((x) => x.t >= from);
  const label = (t: number): string => localLabel(epochOf(s, t), s.config.utcOffsetHours).slice(2);
  const markers = chartMarkers(s, from, to);
  const specs = panels(s);
  for (const fig of root.querySelectorAll<HTMLElement>('[data-chart]')) {
    const key = fig.dataset['chart'] ?? '';
    const spec = specs[key];
    const svg = q<SVGSVGElement>(fig, 'svg');
    if (!spec || !svg) continue;
    const x = drawPanel(svg, visible, from, to, spec, label, markers);
    renderLegend(fig, spec);
    const desc = svg.querySelector('desc');
    if (desc) desc.textContent = describe(key, visible, spec);
    const overlay = q<HTMLElement>(fig, '[data-markers]');
    if (overlay) renderMarkerButtons(overlay, s, markers, x, state.inspected);
  }
  setText(q(root, '[data-summary]'), summary(s, visible));
  renderReadout(root, state);
  const details = q<HTMLDetailsElement>(root, '[data-table-details]');
  if (details?.open) renderTable(root, s, visible);
}

/** One button per marker over the first panel: hover, tap or focus shows what happened in the readout. */
function renderMarkerButtons(overlay: HTMLElement, s: SimState, markers: ReturnType<typeof chartMarkers>, x: (t: number) => number, inspected: number | null): void {
  const sig = `${markers.map((m) => `${m.t}:${m.kind}`).join('|')}@${Math.round(x(0))}:${Math.round(x(3600))}:${inspected ?? ''}`;
  if (overlay.dataset['sig'] === sig) return;
  const hadFocus = overlay.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset['markerT'] : undefined;
  overlay.dataset['sig'] = sig;
  overlay.replaceChildren(
    ...markers.map((m) => {
      const b = h('button', `sl-mk sl-mk-${m.kind}`);
      b.type = 'button';
      b.dataset['markerT'] = String(m.t);
      b.style.insetInlineStart = `${x(m.t)}px`;
      b.setAttribute('aria-label', `${MARKER_NAMES[m.kind]} 표시 ${clockLabel(s, m.t, false)}: ${m.title}`);
      b.setAttribute('aria-pressed', String(inspected === m.t));
      b.append(h('span', undefined, m.kind === 'fault' ? '!' : m.kind === 'recovery' ? '✓' : '↕'));
      return b;
    }),
  );
  if (hadFocus !== undefined) overlay.querySelector<HTMLElement>(`[data-marker-t="${hadFocus}"]`)?.focus();
}

function renderReadout(root: HTMLElement, state: LabState): void {
  const box = q<HTMLElement>(root, '[data-readout]');
  if (!box) return;
  const text = state.inspected === null ? '' : markerReadout(state.sim, state.inspected);
  setText(box, text || '그래프 위 표시(! 장애, ↕ 조정 활동)를 가리키거나 누르면 무슨 일이 있었는지 여기에 나옵니다.');
  box.classList.toggle('is-active', text !== '');
}

function renderLegend(fig: HTMLElement, spec: PanelSpec): void {
  const legend = q<HTMLElement>(fig, '[data-legend]');
  if (!legend) return;
  const keys = [...spec.series.map((x) => ({ cls: x.cls, label: x.label, dash: x.cls === 's2' })), ...(spec.refs ?? []).map((r) => ({ cls: r.cls, label: r.label, dash: true }))];
  const sig = keys.map((k) => k.label).join('|');
  if (legend.dataset['sig'] === sig) return;
  legend.dataset['sig'] = sig;
  legend.replaceChildren(
    ...keys.map((k) => {
      const span = h('span', `sl-key c${k.cls.slice(1)}`);
      span.append(h('i', k.dash ? 'dash' : ''), h('span', undefined, k.label));
      return span;
    }),
  );
}

function describe(key: string, visible: readonly Sample[], spec: PanelSpec): string {
  if (visible.length === 0) return '아직 데이터가 없습니다.';
  return spec.series
    .map((ser) => {
      const vals = visible.map(ser.value).filter((v): v is number => v !== null);
      if (vals.length === 0) return `${ser.label}: 데이터 없음`;
      return `${ser.label}: 최소 ${spec.format(Math.min(...vals))}, 최대 ${spec.format(Math.max(...vals))}, 현재 ${spec.format(vals.at(-1) ?? 0)}`;
    })
    .concat(key === 'cpu' ? (spec.refs ?? []).map((r) => r.label) : [])
    .join('. ');
}

function summary(s: SimState, visible: readonly Sample[]): string {
  const first = visible[0];
  if (!first) return '';
  const peakRps = Math.max(...visible.map((x) => x.rps));
  const maxIn = Math.max(...visible.map((x) => x.inService));
  const minIn = Math.min(...visible.map((x) => x.inService));
  const worst = Math.max(...visible.map((x) => x.errorRate));
  return `요약(${localLabel(epochOf(s, first.t), s.config.utcOffsetHours)}부터): 최대 요청 ${fmt.int(peakRps)}/s, InService ${minIn}~${maxIn}대, 가장 높은 오류율 ${(worst * 100).toFixed(1)} %, 누적 비용 ${fmt.usd(visible.at(-1)?.cost ?? 0)}.`;
}

export function renderTable(root: HTMLElement, s: SimState, visible: readonly Sample[]): void {
  const body = q<HTMLElement>(root, '[data-table-body]');
  if (!body) return;
  const rows = visible.filter((x) => x.t % 600 === 0);
  body.replaceChildren(
    ...rows.map((x) => {
      const tr = h('tr');
      const th = h('th', undefined, localLabel(epochOf(s, x.t), s.config.utcOffsetHours));
      th.setAttribute('scope', 'row');
      tr.append(
        th,
        h('td', undefined, fmt.int(x.rps)),
        h('td', undefined, fmt.pct(x.cpu)),
        h('td', undefined, String(x.desired)),
        h('td', undefined, String(x.inService)),
        h('td', undefined, fmt.ms(x.responseMs)),
        h('td', undefined, `${(x.errorRate * 100).toFixed(1)} %`),
      );
      return tr;
    }),
  );
}

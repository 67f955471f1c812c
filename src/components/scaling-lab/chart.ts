// SVG timeline panels for the Auto Scaling lab. Drawn in CSS pixels (viewBox = measured size) so the
// labels stay readable at every width. All text goes in with textContent.
import type { Sample } from '../../lib/scaling/index.ts';

const NS = 'http://www.w3.org/2000/svg';
const PAD = { left: 40, right: 8, top: 8, bottom: 20 };

export interface Series {
  readonly cls: 's1' | 's2' | 's3' | 's4';
  readonly label: string;
  readonly value: (s: Sample) => number | null;
  /** Draw as a step line (capacity counts). */
  readonly stepped?: boolean;
  readonly fill?: boolean;
}

export interface PanelSpec {
  readonly series: readonly Series[];
  /** Horizontal reference lines (e.g. the CPU target). */
  readonly refs?: readonly { value: number; cls: 's2' | 's4'; label: string }[];
  readonly minMax: number;
  readonly fixedMax?: number;
  readonly format: (v: number) => string;
}

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

function niceMax(v: number): number {
  if (v <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

export interface Marker {
  readonly t: number;
  readonly kind: 'fault' | 'recovery' | 'scaling';
}

/** Draws one panel; returns where a time falls (CSS px from the svg's left), for overlays. */
export function drawPanel(
  svg: SVGSVGElement,
  samples: readonly Sample[],
  from: number,
  to: number,
  spec: PanelSpec,
  timeLabel: (t: number) => string,
  markers: readonly Marker[] = [],
): (t: number) => number {
  const width = Math.max(200, Math.round(svg.getBoundingClientRect().width || 320));
  const height = 150;
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  // Keep <title>/<desc>, drop the previous drawing.
  for (const child of [...svg.children]) if (child.tagName !== 'title' && child.tagName !== 'desc') child.remove();
  const w = width - PAD.left - PAD.right;
  const h = height - PAD.top - PAD.bottom;
  let peak = spec.minMax;
  for (const s of samples) for (const ser of spec.series) peak = Math.max(peak, ser.value(s) ?? 0);
  for (const r of spec.refs ?? []) peak = Math.max(peak, r.value);
  const yMax = spec.fixedMax ?? niceMax(peak);
  const x = (t: number) => PAD.left + ((t - from) / Math.max(1, to - from)) * w;
  const y = (v: number) => PAD.top + h - (Math.min(v, yMax) / yMax) * h;

  const g = el('g', {});
  for (const f of [0, 0.5, 1]) {
    const yy = y(yMax * f);
    g.append(el('line', { class: 'grid', x1: PAD.left, x2: width - PAD.right, y1: yy, y2: yy }));
    const label = el('text', { class: 'axis', x: PAD.left - 4, y: yy + 4, 'text-anchor': 'end' });
    label.textContent = spec.format(yMax * f);
    g.append(label);
  }
  const ticks = 4;
  for (let k = 0; k <= ticks; k++) {
    const t = from + ((to - from) * k) / ticks;
    const label = el('text', { class: 'axis', x: x(t), y: height - 4, 'text-anchor': k === 0 ? 'start' : k === ticks ? 'end' : 'middle' });
    label.textContent = timeLabel(t);
    g.append(label);
  }
  for (const r of spec.refs ?? []) {
    g.append(el('line', { class: r.cls, x1: PAD.left, x2: width - PAD.right, y1: y(r.value), y2: y(r.value) }));
  }
  // Faults and scaling activities as vertical lines (the first panel adds buttons over them).
  for (const m of markers) {
    if (m.t < from || m.t > to) continue;
    g.append(el('line', { class: `mk mk-${m.kind}`, x1: x(m.t), x2: x(m.t), y1: PAD.top, y2: PAD.top + h }));
  }
  // Thin out to about one point per pixel.
  const visible = samples.filter((s) => s.t >= from && s.t <= to);
  const stride = Math.max(1, Math.floor(visible.length / w));
  const pts = visible.filter((_, k) => k % stride === 0 || k === visible.length - 1);
  for (const ser of spec.series) {
    let d = '';
    let prevY: number | null = null;
    let first: number | null = null;
    let last: number | null = null;
    for (const s of pts) {
      const v = ser.value(s);
      if (v === null) {
        prevY = null;
        continue;
      }
      const px = x(s.t).toFixed(1);
      const py = y(v).toFixed(1);
      if (prevY === null) d += `M${px},${py}`;
      else if (ser.stepped) d += `H${px}V${py}`;
      else d += `L${px},${py}`;
      prevY = v;
      first ??= x(s.t);
      last = x(s.t);
    }
    if (!d) continue;
    if (ser.fill && first !== null && last !== null) {
      g.append(el('path', { class: 's1-fill', d: `${d}L${last.toFixed(1)},${y(0)}L${first.toFixed(1)},${y(0)}Z` }));
    }
    g.append(el('path', { class: ser.cls, d }));
  }
  svg.append(g);
  return x;
}

// The "직접 그리기" traffic input: 24 hourly number fields mirrored by a bar drawing you can paint on.
import { q } from './dom.ts';

const NS = 'http://www.w3.org/2000/svg';

function hourInputs(root: ParentNode): HTMLInputElement[] {
  return [...root.querySelectorAll<HTMLInputElement>('[data-draw] input[type="number"]')];
}

export function drawCustom(root: ParentNode): void {
  const svg = q<SVGSVGElement>(root, '[data-draw-svg]');
  if (!svg) return;
  // Only for the picture: an empty field draws as 0 here, but the form refuses it when applied.
  const values = hourInputs(root).map((i) => Math.max(0, Number(i.value) || 0));
  const top = Math.max(50, ...values) * 1.15;
  const w = Math.max(200, Math.round(svg.getBoundingClientRect().width || 320));
  const height = 120;
  svg.setAttribute('viewBox', `0 0 ${w} ${height}`);
  svg.replaceChildren();
  const bw = w / 24;
  values.forEach((v, k) => {
    const r = document.createElementNS(NS, 'rect');
    const bh = (v / top) * (height - 4);
    r.setAttribute('x', String(k * bw + 1));
    r.setAttribute('width', String(Math.max(1, bw - 2)));
    r.setAttribute('y', String(height - bh));
    r.setAttribute('height', String(bh));
    r.setAttribute('fill', 'var(--color-accent)');
    svg.append(r);
  });
  svg.dataset['top'] = String(top);
}

export function wireDrawing(root: ParentNode): void {
  const svg = q<SVGSVGElement>(root, '[data-draw-svg]');
  if (!svg) return;
  let drawing = false;
  const paint = (event: PointerEvent): void => {
    const rect = svg.getBoundingClientRect();
    const hour = Math.floor(((event.clientX - rect.left) / rect.width) * 24);
    const input = hourInputs(root)[Math.min(23, Math.max(0, hour))];
    if (!input) return;
    const top = Number(svg.dataset['top'] ?? '100');
    const frac = 1 - (event.clientY - rect.top) / rect.height;
    input.value = String(Math.max(0, Math.round(frac * top)));
    drawCustom(root);
  };
  svg.addEventListener('pointerdown', (e) => {
    drawing = true;
    svg.setPointerCapture(e.pointerId);
    paint(e);
  });
  svg.addEventListener('pointermove', (e) => drawing && paint(e));
  svg.addEventListener('pointerup', () => (drawing = false));
  svg.addEventListener('pointercancel', () => (drawing = false));
}

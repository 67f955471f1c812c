// Turns the model's diagram shapes (lib/network/diagram.ts) into SVG nodes; text goes in as text nodes.
import type { HopId, Shape } from '../../lib/network/index.ts';

const NS = 'http://www.w3.org/2000/svg';

function svg(tag: string, attrs: Record<string, string | number>): SVGElement {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

export function drawShapes(group: SVGGElement, shapes: readonly Shape[], stoppedAt: HopId | null): void {
  const nodes = shapes.map((s) => {
    const common: Record<string, string> = { class: s.className, 'data-part': s.part };
    if (s.hops !== undefined) common['data-hops'] = s.hops.join(' ');
    if (stoppedAt !== null && s.hops?.includes(stoppedAt)) common['class'] = `${s.className} is-stop-hop`;
    if (s.kind === 'rect') return svg('rect', { ...common, x: s.x, y: s.y, width: s.width, height: s.height, rx: s.rx });
    if (s.kind === 'line') return svg('line', { ...common, x1: s.x1, y1: s.y1, x2: s.x2, y2: s.y2 });
    const text = svg('text', { ...common, x: s.x, y: s.y, 'text-anchor': s.anchor });
    text.textContent = s.text;
    return text;
  });
  group.replaceChildren(...nodes);
}

// Where the state diagram draws each state, edge and edge label. The edges themselves (and their
// action names) come from the model's transition table (diagramEdges); this file only places them.
// Coordinates are in the SVG viewBox.
import type { DiagramEdge, InstanceState } from '../../lib/lifecycle/index.ts';

export const VIEWBOX = { width: 480, height: 276 } as const;
export const BOX = { width: 104, height: 40 } as const;
/** Line height of multi-line edge labels. */
export const LABEL_LINE = 14;

export const STATE_POSITIONS: Record<InstanceState, { x: number; y: number }> = {
  pending: { x: 62, y: 86 },
  running: { x: 230, y: 86 },
  'shutting-down': { x: 420, y: 86 },
  stopped: { x: 62, y: 222 },
  stopping: { x: 230, y: 222 },
  terminated: { x: 420, y: 222 },
};

interface Route {
  d: string;
  /** Where the first label line sits; `up` stacks further lines above it instead of below. */
  label: { x: number; y: number; anchor: 'start' | 'middle' | 'end'; up?: boolean };
}

/** SVG path and label place for each edge id. A missing route is a build-time error in the component. */
const ROUTES: Record<string, Route> = {
  'launch->pending': { d: 'M62,10 V66', label: { x: 70, y: 24, anchor: 'start' } },
  'pending->running': { d: 'M114,86 H178', label: { x: 146, y: 79, anchor: 'middle' } },
  'running->running': { d: 'M216,66 C206,34 254,34 244,66', label: { x: 258, y: 48, anchor: 'start' } },
  'running->shutting-down': { d: 'M282,86 H368', label: { x: 325, y: 79, anchor: 'middle', up: true } },
  'running->stopping': { d: 'M230,106 V202', label: { x: 238, y: 134, anchor: 'start' } },
  'stopping->stopped': { d: 'M178,222 H114', label: { x: 146, y: 215, anchor: 'middle' } },
  'stopped->pending': { d: 'M62,202 V106', label: { x: 56, y: 158, anchor: 'end' } },
  'stopped->shutting-down': { d: 'M62,242 V262 H332 V122 L370,106', label: { x: 326, y: 240, anchor: 'end' } },
  'shutting-down->terminated': { d: 'M420,106 V202', label: { x: 428, y: 158, anchor: 'start' } },
};

export function routeFor(edge: DiagramEdge): string {
  const route = ROUTES[edge.id];
  if (route === undefined) throw new Error(`lifecycle diagram: no route for edge ${edge.id}`);
  return route.d;
}

export interface PlacedLabel {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  lines: { text: string; y: number }[];
}

/** The edge's action names, one per line, stacked down (or up) from the route's label point. */
export function labelFor(edge: DiagramEdge): PlacedLabel {
  const route = ROUTES[edge.id];
  if (route === undefined) throw new Error(`lifecycle diagram: no label place for edge ${edge.id}`);
  const { x, y, anchor, up = false } = route.label;
  const n = edge.labels.length;
  return {
    x,
    y,
    anchor,
    lines: edge.labels.map((text, k) => ({ text, y: up ? y - (n - 1 - k) * LABEL_LINE : y + k * LABEL_LINE })),
  };
}

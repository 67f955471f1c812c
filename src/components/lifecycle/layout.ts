// Where the state diagram draws each state and edge. The edges themselves come from the model's
// transition table (diagramEdges); this file only places them. Coordinates are in the SVG viewBox.
import type { DiagramEdge, InstanceState } from '../../lib/lifecycle/index.ts';

export const VIEWBOX = { width: 400, height: 232 } as const;
export const BOX = { width: 100, height: 40 } as const;

export const STATE_POSITIONS: Record<InstanceState, { x: number; y: number }> = {
  pending: { x: 60, y: 56 },
  running: { x: 200, y: 56 },
  'shutting-down': { x: 340, y: 56 },
  stopped: { x: 60, y: 176 },
  stopping: { x: 200, y: 176 },
  terminated: { x: 340, y: 176 },
};

/** SVG path for each edge id. A missing route is a build-time error in the component. */
const ROUTES: Record<string, string> = {
  'launch->pending': 'M60,4 V36',
  'pending->running': 'M110,56 H150',
  'running->running': 'M186,36 C180,8 220,8 214,36',
  'running->shutting-down': 'M250,56 H290',
  'running->stopping': 'M200,76 V156',
  'stopping->stopped': 'M150,176 H110',
  'stopped->pending': 'M60,156 V76',
  'stopped->shutting-down': 'M60,196 V216 H270 V100 L300,76',
  'shutting-down->terminated': 'M340,76 V156',
};

export function routeFor(edge: DiagramEdge): string {
  const d = ROUTES[edge.id];
  if (d === undefined) throw new Error(`lifecycle diagram: no route for edge ${edge.id}`);
  return d;
}

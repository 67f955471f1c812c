// The state diagram's edges, derived from the transition table (so the picture cannot drift from the model).
import { ACTIONS, PATHS, STATES, STATE_ORDER, TRANSITIONS } from './table.ts';
import type { InstanceState, LifecycleAction, LifecyclePath } from './types.ts';

export interface DiagramEdge {
  /** `${from}->${to}`; from is 'launch' for the entry arrow. */
  id: string;
  from: InstanceState | 'launch';
  to: InstanceState;
  kind: 'launch' | 'action' | 'settle';
  actions: LifecycleAction[];
  /** All of it in one line (lists, titles). */
  label: string;
  /** One entry per action, for labels drawn beside the arrow. */
  labels: string[];
}

const CONFIG_PATHS: Record<string, readonly LifecyclePath[]> = {
  'by-shutdown-behavior': ['stop', 'terminate'],
  'by-spot-behavior': ['terminate', 'stop', 'hibernate'],
};

/** Launch is RunInstances (a new instance), not StartInstances (시작, a stopped one). */
export const LAUNCH_LABEL = '새 인스턴스(RunInstances)';
export const SETTLE_LABEL = '자동';

export function edgeId(from: InstanceState | 'launch', to: InstanceState): string {
  return `${from}->${to}`;
}

export function diagramEdges(): DiagramEdge[] {
  const edges = new Map<string, DiagramEdge>();
  const add = (from: InstanceState | 'launch', to: InstanceState, kind: DiagramEdge['kind'], action: LifecycleAction | null): void => {
    const id = edgeId(from, to);
    const edge = edges.get(id) ?? { id, from, to, kind, actions: [], label: '', labels: [] };
    if (action !== null && !edge.actions.includes(action)) edge.actions.push(action);
    edges.set(id, edge);
  };
  add('launch', PATHS.launch.via, 'launch', null);
  for (const row of TRANSITIONS) {
    const paths = CONFIG_PATHS[row.outcome] ?? [row.outcome as LifecyclePath];
    for (const path of paths) add(row.from, PATHS[path].via ?? PATHS[path].to, 'action', row.action);
  }
  for (const state of STATE_ORDER) {
    const to = STATES[state].settlesTo;
    if (to !== null) add(state, to, 'settle', null);
  }
  for (const edge of edges.values()) {
    edge.labels =
      edge.kind === 'launch' ? [LAUNCH_LABEL] : edge.kind === 'settle' ? [SETTLE_LABEL] : edge.actions.map((a) => ACTIONS[a].label);
    edge.label = edge.labels.join('·');
  }
  return [...edges.values()];
}

/** The edge an instance change took (for the animation), or null when the state did not change edge. */
export function takenEdge(from: InstanceState | null, to: InstanceState): string | null {
  if (from === null) return edgeId('launch', to);
  return edgeId(from, to);
}

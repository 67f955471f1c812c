// The lifecycle model: a typed transition table (table.ts), the state machine (model.ts),
// sessions with a simulated clock (session.ts) and missions (missions.ts).
export * from './types.ts';
export * from './anchors.ts';
export * from './table.ts';
export * from './model.ts';
export * from './session.ts';
export * from './missions.ts';
export { diagramEdges, LAUNCH_LABEL, SETTLE_LABEL } from './diagram.ts';
export type { DiagramEdge } from './diagram.ts';
export * from './progress.ts';

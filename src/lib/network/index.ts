// The network lab: a typed table (table.ts), the model (model.ts, evaluate.ts), missions (missions.ts),
// the lab's UI reducer (lab.ts) and the diagram as data (diagram.ts).
export * from './types.ts';
export * from './cidr.ts';
export * from './table.ts';
export * from './model.ts';
export * from './evaluate.ts';
export * from './missions.ts';
export * from './lab.ts';
export * from './diagram.ts';

// Public surface of the Auto Scaling lab model.
export * from './activity.ts';
export * from './config.ts';
export * from './lesson-links.ts';
export * from './prices.ts';
export * from './random.ts';
export * from './scenarios.ts';
export * from './simulation.ts';
export * from './time.ts';
export * from './traffic.ts';
export * from './lab.ts';

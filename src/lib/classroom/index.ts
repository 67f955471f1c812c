export * from './room.ts';
export * from './nickname.ts';
export * from './messages.ts';
export * from './view.ts';
export * from './report.ts';
export * from './persist.ts';
export * from './questions.ts';
export * from './rate-limit.ts';

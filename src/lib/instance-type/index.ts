// Instance type names: decoder, Korean data tables and lookups over the real list.
export * from './categories.ts';
export * from './series.ts';
export * from './options.ts';
export * from './suffixes.ts';
export * from './sizes.ts';
export * from './generations.ts';
export * from './names.ts';
export * from './decode.ts';
export * from './explain.ts';
export * from './build.ts';
export * from './typing.ts';

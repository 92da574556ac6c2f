export * from './source.ts';
export * from './units.ts';
export * from './crosswalks.ts';
export * from './observations.ts';
export * from './recognitions.ts';
export * from './manifest.ts';
export * from './criteria.ts';

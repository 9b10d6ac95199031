export * from './compare.js';
export * from './format-value.js';
export * from './grade.js';
export * from './parse-exercise.js';
export * from './properties.js';
export * from './tensor.js';
export * from './types.js';
export * from './value.js';

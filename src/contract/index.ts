export * from './library.js';
export * from './params.js';
export * from './calc.js';
export * from './exercises.js';

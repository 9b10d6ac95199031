export * from './library.js';
export * from './params.js';

export { parseCollection, type ImportedItem } from './parse-collection.js';
export { createImportMarkdown } from './render.js';
export { contentHash } from './hash.js';

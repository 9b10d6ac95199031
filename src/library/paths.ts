import { fileURLToPath } from 'node:url';

/** The package root (where content/, exercises/ and dist/ live), found from this file, not the working folder. */
export const packageRoot = fileURLToPath(new URL('../../', import.meta.url));
export const contentTopicsDir = fileURLToPath(new URL('../../content/topics/', import.meta.url));
export const contentPapersDir = fileURLToPath(new URL('../../content/papers/', import.meta.url));

import { composeServices } from '../../src/compose.js';
import type { AppServices } from '../../src/services/app-services.js';
import type { Clock } from '../../src/services/ports.js';

/** Real services over a fresh in-memory SQLite database and the bundled content. */
export function createTestServices(options: { clock?: Clock; topicsDir?: string; papersDir?: string } = {}): AppServices {
  return composeServices({ databasePath: ':memory:', env: {}, ...options });
}

/** Headers every in-process request needs to pass the Host guard. */
export const loopbackHeaders = { host: '127.0.0.1:4310' } as const;

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['tests/global-setup.ts'],
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Browser assertions poll the page; under a loaded 2-core CI machine a round trip can take seconds.
    expect: { poll: { timeout: 15_000, interval: 100 } },
    // The browser tests share one built web app and one Chromium; run files in two workers (2 cores here).
    maxWorkers: 2,
  },
});

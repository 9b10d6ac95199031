import { describe, expect, it } from 'vitest';
import { createTestServices } from './support/test-services.js';

// CI gate for the exercises: every reference solution passes all its cases, and every starter fails (a test that a
// stub passes tests nothing). Real child processes, two at a time (2 cores).
describe('exercise verification', () => {
  it('every reference solution passes and every starter fails', async () => {
    const services = createTestServices();
    try {
      const report = await services.exercises.verify({ concurrency: 2 });
      const problems = report.entries.filter((e) => !e.ok).map((e) => `${e.slug}: ${e.problems.join('; ')}`);
      expect(problems).toEqual([]);
      expect(report.exercises).toBeGreaterThanOrEqual(40);
      expect(report.solutionsPassing).toBe(report.exercises);
      expect(report.startersFailing).toBe(report.exercises);
    } finally {
      services.close();
    }
  }, 180_000);
});

import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeServices } from '../src/compose.js';
import { packageRoot } from '../src/library/paths.js';
import { createTestServices } from './support/test-services.js';

// CI gate for the exercises: every reference solution passes all its cases, every starter fails (a test that a stub
// passes tests nothing), and every mistakes/*.py — a plausible wrong implementation — fails too, so the cases are
// shown to discriminate. Real child processes, two at a time (2 cores): about 20 s for ~200 programs.
describe('exercise verification', () => {
  it('every reference solution passes, every starter fails and the cases catch every mistake', async () => {
    const services = createTestServices();
    try {
      const report = await services.exercises.verify({ concurrency: 2 });
      const problems = report.entries.filter((e) => !e.ok).map((e) => `${e.slug}: ${e.problems.join('; ')}`);
      expect(problems).toEqual([]);
      expect(report.exercises).toBeGreaterThanOrEqual(40);
      expect(report.solutionsPassing).toBe(report.exercises);
      expect(report.startersFailing).toBe(report.exercises);
      expect(report.entries.every((e) => e.mistakes.length > 0)).toBe(true);
      expect(report.mistakesCaught).toBe(report.mistakes);
    } finally {
      services.close();
    }
  }, 180_000);

  it('fails an exercise whose cases let a mistake pass, and one whose mistake does not even load', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'llmprep-verify-'));
    cpSync(join(packageRoot, 'exercises', 'softmax-stable'), join(dir, 'softmax-stable'), { recursive: true });
    const mistakes = join(dir, 'softmax-stable', 'mistakes');
    // Correct, just written differently: a "mistake" the cases cannot catch, so verify must call the cases weak.
    writeFileSync(join(mistakes, 'still-correct.py'), '# Not actually wrong.\nimport numpy as np\n\n\ndef softmax(x, axis=-1):\n    x = np.asarray(x, dtype=np.float64)\n    e = np.exp(x - x.max(axis=axis, keepdims=True))\n    return e / e.sum(axis=axis, keepdims=True)\n');
    writeFileSync(join(mistakes, 'syntax-error.py'), '# Does not parse.\ndef softmax(x, axis=-1):\n    return (\n');
    const services = composeServices({ databasePath: ':memory:', env: {}, exercisesDir: dir });
    try {
      const report = await services.exercises.verify({ concurrency: 2 });
      const entry = report.entries[0];
      expect(report).toMatchObject({ ok: false, exercises: 1, solutionsPassing: 1, startersFailing: 1 });
      expect(report.mistakesCaught).toBe(report.mistakes - 2);
      expect(entry?.mistakes.find((m) => m.name === 'no-max-subtraction')).toMatchObject({ caught: true, caughtBy: ['large logits do not overflow'] });
      expect(entry?.problems).toEqual([
        'mistake "still-correct" (Not actually wrong.) passes every case: add a case that catches it',
        expect.stringContaining('mistake "syntax-error" (Does not parse.) does not run: SyntaxError'),
      ]);
    } finally {
      services.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

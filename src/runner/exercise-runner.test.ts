import { describe, expect, it } from 'vitest';
import { detectContainment, type Containment } from './containment.js';
import { createPythonExerciseRunner } from './exercise-runner.js';

// Where prlimit, unshare or setpriv are missing (macOS, no root), the runner still runs and still enforces the
// wall-clock limit through the process group; detection says what is missing.
const detected = detectContainment(process.env);
const bare: Containment = { ...detected, prlimit: false, unshare: 'none', dropRoot: false, notes: ['all mechanisms off (test)'] };

describe.skipIf(!detected.python?.numpyVersion)('python exercise runner', () => {
  it('returns outputs as data (arrays with dtype and shape, NaN encoded) without any containment tool', async () => {
    const runner = createPythonExerciseRunner({ env: {}, containment: bare });
    const code = 'import numpy as np\ndef f(x):\n    return np.array(x, dtype=np.float32) / 0, (1, "a")\n';
    const report = await runner.run({ code, functionName: 'f', inputs: [{ x: [0, 1] }], timeLimitMs: 5000 });
    expect(report.termination).toBe('completed');
    expect(report.outcomes[0]).toMatchObject({
      kind: 'returned',
      output: [{ $array: { dtype: 'float32', shape: [2], data: ['NaN', 'Infinity'] } }, [1, 'a']],
    });
  });

  it('still stops a sleeping process at the wall-clock limit', async () => {
    const runner = createPythonExerciseRunner({ env: {}, containment: bare });
    const started = performance.now();
    const report = await runner.run({ code: 'import time\ndef f():\n    time.sleep(60)\n', functionName: 'f', inputs: [{}], timeLimitMs: 1500 });
    expect(report.termination).toBe('time-limit');
    expect(performance.now() - started).toBeLessThan(2500);
  });

  it('reports a syntax error with its line before any case runs', async () => {
    const runner = createPythonExerciseRunner({ env: {}, containment: detected });
    const report = await runner.run({ code: 'def f(x):\n    return x +\n', functionName: 'f', inputs: [{ x: 1 }], timeLimitMs: 5000 });
    expect(report.importError).toMatchObject({ type: 'SyntaxError', line: 2 });
  });

  it('says when the function is missing', async () => {
    const runner = createPythonExerciseRunner({ env: {}, containment: detected });
    const report = await runner.run({ code: 'def g(x):\n    return x\n', functionName: 'f', inputs: [{ x: 1 }], timeLimitMs: 5000 });
    expect(report.importError?.message).toContain("does not define a function named 'f'");
  });

  it.skipIf(!detected.python?.torchVersion)('accepts a torch tensor as an output where torch is installed', async () => {
    const runner = createPythonExerciseRunner({ env: {}, containment: detected });
    const report = await runner.run({ code: 'import torch\ndef f(x):\n    return torch.tensor(x) * 2\n', functionName: 'f', inputs: [{ x: [1.5, 2] }], timeLimitMs: 15_000 });
    expect(report.outcomes[0]).toMatchObject({ kind: 'returned', output: { $array: { dtype: 'float32', shape: [2], data: [3, 4] } } });
  }, 20_000);

  it('queues runs beyond the concurrency limit instead of starting them all at once', async () => {
    const runner = createPythonExerciseRunner({ env: {}, containment: detected, maxConcurrentRuns: 1 });
    const code = 'import time\ndef f():\n    time.sleep(0.3)\n    return time.time()\n';
    const started = performance.now();
    const reports = await Promise.all([1, 2, 3].map(() => runner.run({ code, functionName: 'f', inputs: [{}], timeLimitMs: 5000 })));
    expect(reports.every((r) => r.termination === 'completed')).toBe(true);
    expect(performance.now() - started).toBeGreaterThan(900);
  });
});

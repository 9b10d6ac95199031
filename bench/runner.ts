// `npm run bench:runner`: what the runner's containment and grading cost over a bare interpreter start.
// Prints the median wall time of `python -c "import numpy"` (the same interpreter the runner uses, no containment)
// and of grading a typical exercise through the runner (all cases, contained child, graded in Node), and the ratio.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeServices } from '../src/compose.js';
import { packageRoot } from '../src/library/paths.js';
import { detectContainment } from '../src/runner/containment.js';

const runs = Number(process.env['BENCH_RUNS'] ?? 15);
const slug = process.env['BENCH_EXERCISE'] ?? 'scaled-dot-product-attention';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

async function time(fn: () => unknown): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

const containment = detectContainment(process.env);
const python = containment.python?.executable;
if (!python) {
  console.error('no Python with NumPy found (llmprep doctor)');
  process.exit(1);
}
const bareOnce = (command: string): Promise<number> =>
  time(() => spawnSync(command, ['-c', 'import numpy'], { stdio: 'ignore', env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', OPENBLAS_NUM_THREADS: '1' } }));

const services = composeServices({ databasePath: ':memory:' });
const code = readFileSync(join(packageRoot, 'exercises', slug, 'solution.py'), 'utf8');
let cases = 0;
const gradeOnce = (): Promise<number> =>
  time(async () => {
    const verdict = await services.exercises.run(slug, code, 'submit', { record: false });
    if (verdict.status !== 'passed') throw new Error(`reference solution of ${slug} did not pass: ${verdict.status}`);
    cases = verdict.total;
  });
// Interleaved, so that a change in machine load hits both series alike; two warm-up rounds (detection, page cache).
const bareTimes: number[] = [];
const shimTimes: number[] = [];
const graded: number[] = [];
for (let i = 0; i < runs + 2; i += 1) {
  const b = await bareOnce(python);
  const g = await gradeOnce();
  const s = await bareOnce('python3');
  if (i < 2) continue;
  bareTimes.push(b);
  graded.push(g);
  shimTimes.push(s);
}
services.close();
const bareMs = median(bareTimes);
const shimMs = median(shimTimes);
const gradedMs = median(graded);
const mechanisms = [containment.prlimit && 'prlimit', containment.unshare !== 'none' && `unshare (${containment.unshare})`, containment.dropRoot && 'setpriv'].filter(Boolean).join(', ') || 'none';
console.log(`interpreter            ${python} (numpy ${containment.python?.numpyVersion})`);
console.log(`containment            ${mechanisms}`);
console.log(`bare import numpy      median ${bareMs.toFixed(1)} ms over ${runs} runs`);
console.log(`  (python3 on PATH     median ${shimMs.toFixed(1)} ms, shims included)`);
console.log(`runner, ${slug} (${cases} cases)  median ${gradedMs.toFixed(1)} ms over ${runs} runs`);
console.log(`ratio                  ${(gradedMs / bareMs).toFixed(2)} (target ≤ 1.5)`);

import { readFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { AppError } from '../core/errors.js';
import type { CaseOutcome, PythonError, RunReport, Termination } from '../core/exercises/index.js';
import type { Json } from '../core/exercises/index.js';
import type { ExerciseRunner, ExerciseRunRequest } from '../services/ports.js';
import { detectContainment, type Containment } from './containment.js';
import { defaultLimits, runInSandbox, type SandboxResult } from './sandbox.js';

const harnessSource = readFileSync(new URL('./harness.py', import.meta.url), 'utf8');
/** The package root: exercises/ holds the reference solutions and expected outputs, which the child must not read. */
const packageDir = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/$/, '');

/** What to hide from the child: the package, unless the interpreter or the temp folder lives inside it. */
function pathsToHide(c: Containment): string[] {
  const inside = (path: string | undefined): boolean => path !== undefined && (path === packageDir || path.startsWith(`${packageDir}/`));
  return inside(c.python?.executable) || inside(tmpdir()) ? [] : [packageDir];
}

interface HarnessEvent {
  readonly event: 'case' | 'import-error';
  readonly index?: number;
  readonly output?: Json;
  readonly error?: PythonError;
  readonly stdout?: string;
}

/** Turn the harness's result lines and the process's end into a RunReport. */
export function toRunReport(result: SandboxResult, caseCount: number): RunReport {
  const outcomes: (CaseOutcome | undefined)[] = Array.from({ length: caseCount }, () => undefined);
  let importError: PythonError | undefined;
  for (const line of result.channel.split('\n')) {
    if (!line.trim()) continue;
    let event: HarnessEvent;
    try {
      event = JSON.parse(line) as HarnessEvent;
    } catch {
      continue; // a partial last line of a killed process
    }
    if (event.event === 'import-error' && event.error) importError = event.error;
    if (event.event === 'case' && event.index !== undefined && event.index < caseCount) {
      outcomes[event.index] = event.error
        ? { kind: 'raised', error: event.error, stdout: event.stdout ?? '' }
        : { kind: 'returned', output: event.output ?? null, stdout: event.stdout ?? '' };
    }
  }
  const finished = outcomes.every((o) => o !== undefined) || importError !== undefined;
  let termination: Termination = 'completed';
  if (result.timedOut || result.signal === 'SIGXCPU') termination = 'time-limit';
  else if (/MemoryError/.test(result.stderrTail) && !finished) termination = 'memory-limit';
  else if (!finished || result.channelOverflow) termination = 'crashed';
  const stderr = result.channelOverflow ? `output too large (over 64 MB)\n${result.stderrTail}` : result.stderrTail;
  return { termination, outcomes, stderr, wallMs: Math.round(result.wallMs), ...(importError ? { importError } : {}) };
}

export interface PythonRunnerOptions {
  readonly env: NodeJS.ProcessEnv;
  /** Override the detected containment (tests). */
  readonly containment?: Containment;
  /** Child processes at once (default: the number of cores). */
  readonly maxConcurrentRuns?: number;
}

/** Run one request through the harness in the sandbox; also returns the sandbox result (tests check its pgid). */
export async function runHarness(c: Containment, request: ExerciseRunRequest): Promise<{ report: RunReport; sandbox: SandboxResult }> {
  if (!c.python?.numpyVersion) throw new AppError('runner/unavailable', 'no Python 3 with NumPy found: install python3-numpy or set LLMPREP_PYTHON (see llmprep doctor)');
  const sandbox = await runInSandbox({
    containment: c,
    limits: { ...defaultLimits, wallMs: request.timeLimitMs },
    files: {
      'harness.py': harnessSource,
      'submission.py': request.code,
      'request.json': JSON.stringify({ module: 'submission.py', function: request.functionName, inputs: request.inputs }),
    },
    args: ['harness.py', 'request.json'],
    hiddenPaths: pathsToHide(c),
  });
  return { report: toRunReport(sandbox, request.inputs.length), sandbox };
}

/** The exercise runner port backed by contained `python3 -I` child processes. Detection happens on first use. */
export function createPythonExerciseRunner(options: PythonRunnerOptions): ExerciseRunner & { containment(): Containment } {
  let detected = options.containment;
  const containment = (): Containment => (detected ??= detectContainment(options.env));
  // One child per core at most: a burst of Run clicks (or several tabs) queues instead of oversubscribing the CPU,
  // which would push honest runs past their wall-clock limit.
  const slots = new Semaphore(options.maxConcurrentRuns ?? availableParallelism());
  return {
    containment,
    run: async (request) => slots.use(async () => (await runHarness(containment(), request)).report),
  };
}

/** A counting semaphore: `use` runs the task when a slot is free. */
class Semaphore {
  private readonly waiting: (() => void)[] = [];
  private free: number;
  constructor(size: number) {
    this.free = Math.max(1, size);
  }
  async use<T>(task: () => Promise<T>): Promise<T> {
    if (this.free > 0) this.free -= 1;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.free += 1;
    }
  }
}

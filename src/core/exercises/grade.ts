import { compareValues, type Mismatch } from './compare.js';
import { formatValue } from './format-value.js';
import { checkProperty } from './properties.js';
import type { ExerciseCase } from './types.js';
import { decodeValue, type Json, type Value } from './value.js';

/** A Python exception as the harness reports it, with the line of the user's code where it was raised. */
export interface PythonError {
  readonly type: string;
  readonly message: string;
  /** Line number in the user's file, when the exception passed through it. */
  readonly line?: number;
  /** That line's source text. */
  readonly code?: string;
  /** The traceback limited to the user's frames. */
  readonly traceback: string;
}

/** What the child reported for one case. */
export type CaseOutcome =
  | { readonly kind: 'returned'; readonly output: Json; readonly stdout: string }
  | { readonly kind: 'raised'; readonly error: PythonError; readonly stdout: string };

/** How the child process ended, as the runner saw it. */
export type Termination = 'completed' | 'time-limit' | 'memory-limit' | 'crashed';

/** Everything the runner learned from one child process (the raw material of a verdict; no expected values). */
export interface RunReport {
  readonly termination: Termination;
  /** The module failed before any case: syntax error, exception at import, function not defined. */
  readonly importError?: PythonError;
  /** Index-aligned with the cases sent; undefined for cases that never finished. */
  readonly outcomes: readonly (CaseOutcome | undefined)[];
  /** The end of the child's stderr, for crashes that never reached the harness. */
  readonly stderr: string;
  readonly wallMs: number;
}

export type RunStatus = 'passed' | 'failed' | 'error' | 'time-limit' | 'memory-limit';
export type CaseStatus = RunStatus | 'not-run';

export interface CaseVerdict {
  readonly name: string;
  readonly visible: boolean;
  readonly status: CaseStatus;
  /** The inputs, abridged for big arrays. */
  readonly input: string;
  readonly expected?: string;
  readonly got?: string;
  /** Why it failed, in one line. */
  readonly message?: string;
  readonly firstMismatchIndex?: readonly number[];
  readonly maxAbsError?: number;
  readonly maxRelError?: number;
  readonly error?: PythonError;
  readonly stdout?: string;
}

export interface RunVerdict {
  readonly status: RunStatus;
  readonly passed: number;
  readonly total: number;
  readonly cases: readonly CaseVerdict[];
  /** A run-level problem (import error, crash) explained in one line. */
  readonly message?: string;
  readonly error?: PythonError;
  readonly wallMs: number;
}

function formatInputs(inputs: Readonly<Record<string, Json>>): string {
  return Object.entries(inputs)
    .map(([key, json]) => `${key}=${formatValue(decodeValue(json), 300)}`)
    .join(', ');
}

function describeExpected(c: ExerciseCase): string {
  if (c.check) return `${c.check.property}: shape (${c.check.shape.join(', ')}), mean ${c.check.mean} ± ${c.check.meanAtol}, std ${c.check.std} ± ${c.check.stdRtol * 100}%`;
  return formatValue(decodeValue(c.expected ?? null));
}

function gradeCase(c: ExerciseCase, outcome: CaseOutcome | undefined, termination: RunReport['termination']): CaseVerdict {
  const base = { name: c.name, visible: c.visible, input: formatInputs(c.inputs), expected: describeExpected(c) };
  if (!outcome) {
    const status: CaseStatus = termination === 'time-limit' || termination === 'memory-limit' ? termination : 'not-run';
    return { ...base, status, message: status === 'not-run' ? 'not run: the process ended before this case' : `stopped: ${status}` };
  }
  const stdout = outcome.stdout ? { stdout: outcome.stdout } : {};
  if (outcome.kind === 'raised') {
    const status: CaseStatus = outcome.error.type === 'MemoryError' ? 'memory-limit' : 'error';
    const where = outcome.error.line !== undefined ? ` (line ${outcome.error.line}: ${outcome.error.code ?? ''})` : '';
    return { ...base, ...stdout, status, error: outcome.error, message: `${outcome.error.type}: ${outcome.error.message}${where}` };
  }
  let got: Value;
  try {
    got = decodeValue(outcome.output);
  } catch (error) {
    return { ...base, ...stdout, status: 'error', message: `unreadable output: ${error instanceof Error ? error.message : String(error)}` };
  }
  const mismatch: Mismatch | undefined = c.check
    ? checkProperty(c.check, got)
    : compareValues(decodeValue(c.expected ?? null), got, { atol: c.atol, rtol: c.rtol });
  const gotText = formatValue(got);
  if (!mismatch) return { ...base, ...stdout, status: 'passed', got: gotText };
  return {
    ...base,
    ...stdout,
    status: 'failed',
    got: gotText,
    message: mismatch.path === '$' ? mismatch.message : `${mismatch.path}: ${mismatch.message}`,
    ...(mismatch.firstMismatchIndex ? { firstMismatchIndex: mismatch.firstMismatchIndex } : {}),
    ...(mismatch.maxAbsError !== undefined ? { maxAbsError: mismatch.maxAbsError } : {}),
    ...(mismatch.maxRelError !== undefined ? { maxRelError: mismatch.maxRelError } : {}),
  };
}

/** Status precedence: a limit hit explains everything after it; then errors; then wrong answers. */
const severity: readonly RunStatus[] = ['time-limit', 'memory-limit', 'error', 'failed', 'passed'];

/** Grade one run in the parent: compare each case's output with the expected value (never sent to the child). */
export function gradeRun(cases: readonly ExerciseCase[], report: RunReport): RunVerdict {
  const common = { total: cases.length, wallMs: report.wallMs };
  if (report.importError) {
    const e = report.importError;
    const status: RunStatus = e.type === 'MemoryError' ? 'memory-limit' : 'error';
    const where = e.line !== undefined ? ` (line ${e.line}: ${e.code ?? ''})` : '';
    const verdicts = cases.map((c) => ({ name: c.name, visible: c.visible, status: 'not-run' as const, input: formatInputs(c.inputs) }));
    return { ...common, status, passed: 0, cases: verdicts, error: e, message: `${e.type}: ${e.message}${where}` };
  }
  const verdicts = cases.map((c, i) => gradeCase(c, report.outcomes[i], report.termination));
  const passed = verdicts.filter((v) => v.status === 'passed').length;
  const statuses = new Set<CaseStatus>(verdicts.map((v) => v.status));
  if (report.termination === 'time-limit' || report.termination === 'memory-limit') statuses.add(report.termination);
  if (report.termination === 'crashed' || statuses.has('not-run')) statuses.add('error');
  const status = severity.find((s) => statuses.has(s)) ?? 'passed';
  const message = runMessage(report);
  return { ...common, status, passed, cases: verdicts, ...(message ? { message } : {}) };
}

function runMessage(report: RunReport): string | undefined {
  if (report.termination === 'time-limit') return 'time limit exceeded: the process was stopped';
  if (report.termination === 'memory-limit') return 'memory limit exceeded: the process was stopped';
  if (report.termination === 'crashed') return `the Python process ended abnormally${report.stderr ? `: ${report.stderr.trim().split('\n').slice(-3).join(' | ')}` : ''}`;
  return undefined;
}

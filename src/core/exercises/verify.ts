import type { RunStatus, RunVerdict } from './grade.js';
import type { Exercise } from './types.js';

/** How one program fared on all the cases of its exercise. */
export interface VerifyRun {
  readonly status: RunStatus;
  readonly passed: number;
  readonly total: number;
}

/** A mistake must fail: `caught` when the cases reject it by a wrong answer or an exception they provoke. */
export interface VerifyMistake extends VerifyRun {
  readonly name: string;
  readonly description: string;
  readonly caught: boolean;
  /** The cases it does not pass (what proves the cases discriminate). */
  readonly caughtBy: readonly string[];
}

/** One exercise checked three ways: the reference passes every case, the starter and every mistake do not. */
export interface VerifyEntry {
  readonly slug: string;
  readonly ok: boolean;
  readonly solution: VerifyRun & { readonly message?: string };
  readonly starter: VerifyRun;
  readonly mistakes: readonly VerifyMistake[];
  readonly problems: readonly string[];
}

export interface VerifyReport {
  readonly ok: boolean;
  readonly exercises: number;
  readonly solutionsPassing: number;
  readonly startersFailing: number;
  /** Mistakes across all exercises, and how many of them the cases catch. */
  readonly mistakes: number;
  readonly mistakesCaught: number;
  readonly entries: readonly VerifyEntry[];
}

/** The verdicts of one exercise's programs; a missing verdict (the job never ran) counts as an error. */
export interface ExerciseVerdicts {
  readonly solution?: RunVerdict;
  readonly starter?: RunVerdict;
  readonly mistakes: ReadonlyMap<string, RunVerdict>;
}

const summarize = (v: RunVerdict | undefined, total: number): VerifyRun => ({ status: v?.status ?? 'error', passed: v?.passed ?? 0, total: v?.total ?? total });

function firstFailure(v: RunVerdict | undefined): string {
  if (!v) return 'not run';
  if (v.message) return v.message;
  const failing = v.cases.find((c) => c.status !== 'passed');
  return failing ? `case "${failing.name}": ${failing.message ?? failing.status}` : '';
}

/**
 * A mistake proves something only if it runs: one that does not load, or raises before returning on every case,
 * fails for a reason the cases had no part in (a broken file, not a discriminating test).
 */
function judgeMistake(name: string, description: string, v: RunVerdict | undefined, total: number): { result: VerifyMistake; problem?: string } {
  const caughtBy = v ? v.cases.filter((c) => c.status !== 'passed').map((c) => c.name) : [];
  const returned = v ? v.cases.some((c) => c.status === 'passed' || c.status === 'failed') : false;
  const result = { name, description, ...summarize(v, total), caughtBy };
  const label = `mistake "${name}" (${description})`;
  if (!v || v.error) return { result: { ...result, caught: false }, problem: `${label} does not run: ${firstFailure(v)}` };
  if (v.status === 'passed') return { result: { ...result, caught: false }, problem: `${label} passes every case: add a case that catches it` };
  if (!returned) return { result: { ...result, caught: false }, problem: `${label} returns on no case (${firstFailure(v)}): it proves nothing about the cases` };
  return { result: { ...result, caught: true } };
}

/** Judge one exercise from the verdicts of its reference solution, starter and mistakes. */
export function judgeExercise(e: Exercise, verdicts: ExerciseVerdicts): VerifyEntry {
  const total = e.cases.length;
  const solution = summarize(verdicts.solution, total);
  const starter = summarize(verdicts.starter, total);
  const problems: string[] = [];
  let message: string | undefined;
  if (solution.status !== 'passed') {
    message = `reference solution ${solution.status}: ${firstFailure(verdicts.solution)}`;
    problems.push(message);
  }
  if (starter.status === 'passed') problems.push('the starter passes every case: the cases test nothing');
  if (e.mistakes.length === 0) problems.push('no mistakes/: add at least one plausible wrong implementation the cases must fail');
  const mistakes = e.mistakes.map((m) => {
    const judged = judgeMistake(m.name, m.description, verdicts.mistakes.get(m.name), total);
    if (judged.problem) problems.push(judged.problem);
    return judged.result;
  });
  return { slug: e.slug, ok: problems.length === 0, solution: { ...solution, ...(message ? { message } : {}) }, starter, mistakes, problems };
}

/** Totals over every exercise's entry. */
export function summarizeVerification(entries: readonly VerifyEntry[]): VerifyReport {
  const mistakes = entries.flatMap((x) => x.mistakes);
  return {
    ok: entries.every((x) => x.ok),
    exercises: entries.length,
    solutionsPassing: entries.filter((x) => x.solution.status === 'passed').length,
    startersFailing: entries.filter((x) => x.starter.status !== 'passed').length,
    mistakes: mistakes.length,
    mistakesCaught: mistakes.filter((m) => m.caught).length,
    entries,
  };
}

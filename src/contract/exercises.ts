import { z } from 'zod';
import type { RunVerdict } from '../core/exercises/index.js';

export type { CaseVerdict, PythonError, RunStatus, RunVerdict, VerifyEntry, VerifyMistake, VerifyReport, VerifyRun } from '../core/exercises/index.js';

export type RunMode = 'run' | 'submit';
export type ExerciseState = 'new' | 'attempted' | 'solved';

/** GET /api/exercises?lang= — one row per exercise, with the user's state. */
export interface ExerciseSummary {
  readonly slug: string;
  readonly title: string;
  readonly topics: readonly string[];
  readonly difficulty: 1 | 2 | 3;
  readonly state: ExerciseState;
}

export interface ExerciseListResponse {
  readonly exercises: readonly ExerciseSummary[];
}

/** GET /api/exercises/:slug?lang= — the statement, the user's code, and the reference solution once attempted. */
export interface ExerciseDetail extends ExerciseSummary {
  readonly statementMarkdown: string;
  /** The statement rendered on the server (markdown + KaTeX, raw HTML disabled). */
  readonly statementHtml: string;
  readonly hints: readonly string[];
  readonly hintsHtml: readonly string[];
  readonly functionName: string;
  readonly starter: string;
  /** The user's saved code, else the starter. */
  readonly code: string;
  /** The reference solution, only once the user has run or submitted something. */
  readonly solution?: string;
  readonly visibleCases: number;
  readonly totalCases: number;
}

/** POST /api/exercises/:slug/run — "run" grades the visible cases, "submit" all of them. */
export const runExerciseBody = z.object({
  code: z.string().max(200_000, 'code is limited to 200 KB'),
  mode: z.enum(['run', 'submit']).default('run'),
});
export type RunExerciseBody = z.infer<typeof runExerciseBody>;
export type RunExerciseResponse = RunVerdict;

/** PUT /api/exercises/:slug/code — save the editor's code without running it. */
export const saveExerciseCodeBody = z.object({ code: z.string().max(200_000, 'code is limited to 200 KB') });

export const exerciseSlugParam = z.object({ slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an exercise slug is kebab-case') });

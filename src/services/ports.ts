import type { TopicSources } from '../core/content/index.js';
import type { ExerciseFiles, Json, RunReport } from '../core/exercises/index.js';

/**
 * The ports: what the use cases need from the outside world. storage/, library/ and runner/ implement them;
 * compose.ts wires real implementations; tests use the same real ones (SQLite :memory:, a temp folder).
 */

/** The question library's raw files (content/topics on disk). */
export interface ContentSource {
  readTopicSources(): TopicSources[];
}

/** The clock, passed in so that scheduling and streaks are testable with a fixed time. */
export interface Clock {
  now(): Date;
}

/** Key-value settings persisted for the user (language, theme, later: scheduler options). */
export interface SettingsStore {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
}

/** One tool the app relies on, as found on this machine (`llmprep doctor`). */
export interface ProbeResult {
  readonly name: string;
  readonly found: boolean;
  readonly detail: string;
  /** How to fix it when missing. */
  readonly fix: string;
  /** Missing it degrades a feature but does not fail `llmprep doctor`. */
  readonly optional?: boolean;
}

/** The exercises folder's raw files (exercises/<slug>/ on disk). */
export interface ExerciseSource {
  readExerciseFiles(): ExerciseFiles[];
}

/** One run of user code: the function is called once per input set; expected values are not part of it. */
export interface ExerciseRunRequest {
  readonly code: string;
  readonly functionName: string;
  readonly inputs: readonly Readonly<Record<string, Json>>[];
  readonly timeLimitMs: number;
}

/** Runs untrusted Python in a contained child process and reports what it returned (grading is the service's job). */
export interface ExerciseRunner {
  run(request: ExerciseRunRequest): Promise<RunReport>;
}

/** The user's work on one exercise: the last code, whether any attempt was made, whether a submit passed. */
export interface ExerciseAttempt {
  readonly slug: string;
  readonly code: string;
  /** An attempt = a run or submit (unlocks the reference solution). */
  readonly attempted: boolean;
  /** A submit that passed every case (stays true once reached). */
  readonly solved: boolean;
  readonly lastStatus: string;
  readonly runs: number;
  readonly updatedAt: string;
}

export interface ExerciseAttemptStore {
  get(slug: string): ExerciseAttempt | undefined;
  list(): ExerciseAttempt[];
  /** Save the code and count one attempt. */
  record(attempt: { slug: string; code: string; mode: 'run' | 'submit'; status: string; passedAll: boolean; at: Date }): void;
  /** Save the code without running it (the editor's autosave). */
  saveCode(slug: string, code: string, at: Date): void;
}

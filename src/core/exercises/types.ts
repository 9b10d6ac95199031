import type { Bilingual, TopicId } from '../syllabus/types.js';
import type { Json } from './value.js';

export type ExerciseDifficulty = 1 | 2 | 3;

/** A named check for outputs that have no single exact value (random initialisation): see properties.ts. */
export interface MomentsCheck {
  readonly property: 'moments';
  readonly shape: readonly number[];
  readonly mean: number;
  readonly meanAtol: number;
  readonly std: number;
  readonly stdRtol: number;
  /** Every |element| must be ≤ this (a uniform distribution's bound). */
  readonly maxAbs?: number;
}

export type PropertyCheck = MomentsCheck;

/** One test case: the inputs as data, and either the expected output or a property check. */
export interface ExerciseCase {
  readonly name: string;
  /** Visible cases are what "Run" executes and what the statement may show; "Submit" runs all. */
  readonly visible: boolean;
  /** Keyword arguments of the function, in the wire format of value.ts. */
  readonly inputs: Readonly<Record<string, Json>>;
  readonly expected?: Json;
  readonly check?: PropertyCheck;
  readonly atol: number;
  readonly rtol: number;
}

/** A plausible wrong implementation kept in exercises/<slug>/mistakes/<name>.py: verify requires the cases to fail it. */
export interface ExerciseMistake {
  /** The file name without `.py` (kebab-case). */
  readonly name: string;
  /** The file's first-line comment: what the mistake is. */
  readonly description: string;
  readonly code: string;
}

/** An exercise as read from exercises/<slug>/, parsed and checked. */
export interface Exercise {
  readonly slug: string;
  readonly title: Bilingual;
  readonly topics: readonly TopicId[];
  readonly difficulty: ExerciseDifficulty;
  /** The function the user writes; the harness calls it with each case's inputs as keyword arguments. */
  readonly functionName: string;
  readonly statement: Bilingual;
  readonly hints: { readonly zh: readonly string[]; readonly en: readonly string[] };
  readonly starter: string;
  readonly solution: string;
  readonly cases: readonly ExerciseCase[];
  /** Wrong implementations the cases must catch (never shown to the user). */
  readonly mistakes: readonly ExerciseMistake[];
  /** Wall-clock limit for one run of all cases. */
  readonly timeLimitMs: number;
}

/** The raw files of one exercise folder (text; reading them is the library's job). */
export interface ExerciseFiles {
  readonly slug: string;
  readonly files: Readonly<Partial<Record<ExerciseFileName, string>>>;
  /** mistakes/<name>.py, keyed by file name (with `.py`). */
  readonly mistakes?: Readonly<Record<string, string>>;
}

export const exerciseFileNames = ['meta.json', 'cases.json', 'statement.zh.md', 'statement.en.md', 'starter.py', 'solution.py'] as const;
export type ExerciseFileName = (typeof exerciseFileNames)[number];

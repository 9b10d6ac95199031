import { createMarkdown } from '../core/content/index.js';
import { AppError } from '../core/errors.js';
import { gradeRun, judgeExercise, parseExercise, summarizeVerification, type Exercise, type RunVerdict } from '../core/exercises/index.js';
import type { Lang } from '../core/syllabus/types.js';
import type { ExerciseDetail, ExerciseState, ExerciseSummary, RunMode, VerifyEntry, VerifyReport } from '../contract/exercises.js';
import type { ExerciseAttempt, ExerciseAttemptStore, ExerciseRunner, ExerciseSource } from './ports.js';

export type { ExerciseDetail, ExerciseState, ExerciseSummary, RunMode, VerifyEntry, VerifyReport };

export interface ExerciseService {
  list(lang: Lang): ExerciseSummary[];
  show(slug: string, lang: Lang): ExerciseDetail;
  /** Grade code: "run" executes the visible cases, "submit" all. `record` saves the code and the attempt. */
  run(slug: string, code: string, mode: RunMode, options?: { record?: boolean }): Promise<RunVerdict>;
  /** Save the editor's code without running it. */
  saveCode(slug: string, code: string): void;
  /** Run every reference solution, starter and mistake (concurrency = parallel child processes): the reference must pass, the others must fail. */
  verify(options?: { concurrency?: number; onProgress?: (done: number, total: number, slug: string) => void }): Promise<VerifyReport>;
  /** Topic id → slugs and states, for the topic pages. */
  statesByTopic(): ReadonlyMap<string, readonly { slug: string; state: ExerciseState }[]>;
}

export interface ExerciseServiceDeps {
  readonly source: ExerciseSource;
  readonly runner: ExerciseRunner;
  readonly attempts: ExerciseAttemptStore;
  readonly now: () => Date;
}

/** One program to grade during verify, and where its verdict goes. */
interface VerifyJob {
  readonly e: Exercise;
  readonly code: string;
  readonly record: (verdict: RunVerdict) => void;
}

interface CollectedVerdicts {
  solution?: RunVerdict;
  starter?: RunVerdict;
  mistakes: Map<string, RunVerdict>;
}

function stateOf(attempt: ExerciseAttempt | undefined): ExerciseState {
  if (!attempt) return 'new';
  return attempt.solved ? 'solved' : 'attempted';
}

/** Exercise use cases; the exercises are parsed once (bundled data), every invalid folder is an error at load. */
export function createExerciseService(deps: ExerciseServiceDeps): ExerciseService {
  const md = createMarkdown();
  let loaded: Map<string, Exercise> | undefined;
  const load = (): Map<string, Exercise> => (loaded ??= new Map(deps.source.readExerciseFiles().map((f) => [f.slug, parseExercise(f)])));
  const get = (slug: string): Exercise => {
    const exercise = load().get(slug);
    if (!exercise) throw new AppError('exercise/not-found', `no exercise "${slug}"`);
    return exercise;
  };
  const summary = (e: Exercise, lang: Lang): ExerciseSummary => ({
    slug: e.slug,
    title: e.title[lang],
    topics: e.topics,
    difficulty: e.difficulty,
    state: stateOf(deps.attempts.get(e.slug)),
  });
  const grade = async (e: Exercise, code: string, mode: RunMode): Promise<RunVerdict> => {
    const cases = mode === 'run' ? e.cases.filter((c) => c.visible) : e.cases;
    const report = await deps.runner.run({ code, functionName: e.functionName, inputs: cases.map((c) => c.inputs), timeLimitMs: e.timeLimitMs });
    return gradeRun(cases, report);
  };

  return {
    list: (lang) => [...load().values()].map((e) => summary(e, lang)),
    show(slug, lang) {
      const e = get(slug);
      const attempt = deps.attempts.get(slug);
      return {
        ...summary(e, lang),
        statementMarkdown: e.statement[lang],
        statementHtml: md.render(e.statement[lang]),
        hints: e.hints[lang],
        hintsHtml: e.hints[lang].map((h) => md.renderInline(h)),
        functionName: e.functionName,
        starter: e.starter,
        code: attempt?.code ?? e.starter,
        ...(attempt?.attempted ? { solution: e.solution } : {}),
        visibleCases: e.cases.filter((c) => c.visible).length,
        totalCases: e.cases.length,
      };
    },
    async run(slug, code, mode, options = {}) {
      const e = get(slug);
      const verdict = await grade(e, code, mode);
      if (options.record !== false) {
        deps.attempts.record({ slug, code, mode, status: verdict.status, passedAll: verdict.status === 'passed' && mode === 'submit', at: deps.now() });
      }
      return verdict;
    },
    saveCode(slug, code) {
      get(slug);
      deps.attempts.saveCode(slug, code, deps.now());
    },
    async verify(options = {}) {
      const exercises = [...load().values()];
      const collected = new Map<string, CollectedVerdicts>();
      const jobs = exercises.flatMap((e): VerifyJob[] => {
        const own: CollectedVerdicts = { mistakes: new Map() };
        collected.set(e.slug, own);
        return [
          { e, code: e.solution, record: (v) => (own.solution = v) },
          { e, code: e.starter, record: (v) => (own.starter = v) },
          ...e.mistakes.map((m): VerifyJob => ({ e, code: m.code, record: (v) => own.mistakes.set(m.name, v) })),
        ];
      });
      let next = 0;
      let done = 0;
      const worker = async (): Promise<void> => {
        while (next < jobs.length) {
          const job = jobs[next++];
          if (!job) break;
          job.record(await grade(job.e, job.code, 'submit'));
          done += 1;
          options.onProgress?.(done, jobs.length, job.e.slug);
        }
      };
      await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 2) }, worker));
      return summarizeVerification(exercises.map((e) => judgeExercise(e, collected.get(e.slug) ?? { mistakes: new Map() })));
    },
    statesByTopic() {
      const map = new Map<string, { slug: string; state: ExerciseState }[]>();
      for (const e of load().values()) {
        for (const topic of e.topics) {
          const list = map.get(topic) ?? [];
          list.push({ slug: e.slug, state: stateOf(deps.attempts.get(e.slug)) });
          map.set(topic, list);
        }
      }
      return map;
    },
  };
}

import { describe, expect, it } from 'vitest';
import { gradeRun, judgeExercise, parseExercise, summarizeVerification, type Exercise, type ExerciseVerdicts, type Json, type RunVerdict } from './index.js';

const exercise = (mistakeNames: readonly string[] = ['no-max']): Exercise =>
  parseExercise({
    slug: 'double',
    files: {
      'meta.json': JSON.stringify({ title: { zh: '加倍', en: 'Double' }, topics: ['1.3'], difficulty: 1, function: 'double', hints: { zh: ['乘二'], en: ['times two'] } }),
      'cases.json': JSON.stringify({ cases: [
        { name: 'one', visible: true, inputs: { x: 1 }, expected: 2 },
        { name: 'two', inputs: { x: 2 }, expected: 4 },
        { name: 'zero', inputs: { x: 0 }, expected: 0 },
      ] }),
      'statement.zh.md': '# 加倍', 'statement.en.md': '# Double',
      'starter.py': 'def double(x):\n    raise NotImplementedError\n', 'solution.py': 'def double(x):\n    return 2 * x\n',
    },
    mistakes: Object.fromEntries(mistakeNames.map((n) => [`${n}.py`, `# The ${n} mistake.\ndef double(x):\n    return x + 1\n`])),
  });

/** Grade outputs per case (a number = returned, an Error = raised) through the real grader. */
const run = (e: Exercise, outputs: readonly (Json | Error)[]): RunVerdict =>
  gradeRun(e.cases, {
    termination: 'completed',
    stderr: '',
    wallMs: 1,
    outcomes: outputs.map((o) => (o instanceof Error ? { kind: 'raised', error: { type: 'ValueError', message: o.message, traceback: '' }, stdout: '' } : { kind: 'returned', output: o, stdout: '' })),
  });

const importError = (e: Exercise): RunVerdict =>
  gradeRun(e.cases, { termination: 'completed', stderr: '', wallMs: 1, outcomes: [], importError: { type: 'SyntaxError', message: 'invalid syntax', line: 2, traceback: '' } });

const verdicts = (e: Exercise, mistakes: Record<string, RunVerdict>): ExerciseVerdicts => ({
  solution: run(e, [2, 4, 0]),
  starter: run(e, [new Error('NotImplementedError'), new Error('NotImplementedError'), new Error('NotImplementedError')]),
  mistakes: new Map(Object.entries(mistakes)),
});

describe('judgeExercise', () => {
  it('is ok when the reference passes and the starter and every mistake fail, naming the cases that caught it', () => {
    const e = exercise();
    const entry = judgeExercise(e, verdicts(e, { 'no-max': run(e, [2, 3, 1]) }));
    expect(entry.problems).toEqual([]);
    expect(entry.ok).toBe(true);
    expect(entry.mistakes).toEqual([{ name: 'no-max', description: 'The no-max mistake.', status: 'failed', passed: 1, total: 3, caught: true, caughtBy: ['two', 'zero'] }]);
  });

  it('fails when a mistake passes every case: the cases do not discriminate', () => {
    const e = exercise();
    const entry = judgeExercise(e, verdicts(e, { 'no-max': run(e, [2, 4, 0]) }));
    expect(entry.ok).toBe(false);
    expect(entry.mistakes[0]?.caught).toBe(false);
    expect(entry.problems).toEqual(['mistake "no-max" (The no-max mistake.) passes every case: add a case that catches it']);
  });

  it('does not count a mistake that cannot load, or that raises on every case, as caught', () => {
    const e = exercise(['broken', 'raises']);
    const entry = judgeExercise(e, verdicts(e, { broken: importError(e), raises: run(e, [new Error('x'), new Error('y'), new Error('z')]) }));
    expect(entry.mistakes.map((m) => m.caught)).toEqual([false, false]);
    expect(entry.problems[0]).toContain('mistake "broken" (The broken mistake.) does not run: SyntaxError: invalid syntax');
    expect(entry.problems[1]).toContain('mistake "raises" (The raises mistake.) returns on no case');
  });

  it('counts a mistake that raises on some cases and returns on others as caught', () => {
    const e = exercise();
    expect(judgeExercise(e, verdicts(e, { 'no-max': run(e, [2, new Error('boom'), 0]) })).ok).toBe(true);
  });

  it('requires at least one mistake, and treats a mistake that never ran as a problem', () => {
    const none = exercise([]);
    expect(judgeExercise(none, verdicts(none, {})).problems).toEqual(['no mistakes/: add at least one plausible wrong implementation the cases must fail']);
    const e = exercise();
    expect(judgeExercise(e, verdicts(e, {})).problems[0]).toContain('does not run: not run');
  });

  it('still reports the reference solution and the starter', () => {
    const e = exercise();
    const entry = judgeExercise(e, { solution: run(e, [2, 5, 0]), starter: run(e, [2, 4, 0]), mistakes: new Map([['no-max', run(e, [0, 0, 0])]]) });
    expect(entry.solution).toMatchObject({ status: 'failed', passed: 2, message: expect.stringContaining('reference solution failed: case "two": scalar: got 5, expected 4') });
    expect(entry.problems).toContain('the starter passes every case: the cases test nothing');
  });
});

describe('summarizeVerification', () => {
  it('totals solutions, starters and mistakes over every entry', () => {
    const e = exercise(['a', 'b']);
    const good = judgeExercise(e, verdicts(e, { a: run(e, [0, 0, 0]), b: run(e, [2, 4, 1]) }));
    const bad = judgeExercise(e, verdicts(e, { a: run(e, [2, 4, 0]), b: run(e, [0, 0, 0]) }));
    expect(summarizeVerification([good, bad])).toMatchObject({ ok: false, exercises: 2, solutionsPassing: 2, startersFailing: 2, mistakes: 4, mistakesCaught: 3 });
  });
});

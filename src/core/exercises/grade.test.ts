import { describe, expect, it } from 'vitest';
import { checkProperty, decodeValue, gradeRun, type ExerciseCase, type RunReport } from './index.js';

const cases: ExerciseCase[] = [
  { name: 'a', visible: true, inputs: { x: 1 }, expected: 2, atol: 0, rtol: 0 },
  { name: 'b', visible: false, inputs: { x: 2 }, expected: 4, atol: 0, rtol: 0 },
];
const report = (over: Partial<RunReport>): RunReport => ({ termination: 'completed', outcomes: [], stderr: '', wallMs: 1, ...over });

describe('gradeRun', () => {
  it('passes when every output matches', () => {
    const v = gradeRun(cases, report({ outcomes: [{ kind: 'returned', output: 2, stdout: '' }, { kind: 'returned', output: 4, stdout: '' }] }));
    expect(v).toMatchObject({ status: 'passed', passed: 2, total: 2 });
  });

  it('fails a wrong answer and shows input, expected and got', () => {
    const v = gradeRun(cases, report({ outcomes: [{ kind: 'returned', output: 2, stdout: '' }, { kind: 'returned', output: 5, stdout: 'dbg' }] }));
    expect(v.status).toBe('failed');
    expect(v.cases[1]).toMatchObject({ status: 'failed', input: 'x=2', expected: '4', got: '5', stdout: 'dbg' });
  });

  it('reports an exception with the line of the user code', () => {
    const error = { type: 'ValueError', message: 'bad', line: 3, code: 'raise ValueError("bad")', traceback: '' };
    const v = gradeRun(cases, report({ outcomes: [{ kind: 'raised', error, stdout: '' }] }));
    expect(v.status).toBe('error');
    expect(v.cases[0]?.message).toBe('ValueError: bad (line 3: raise ValueError("bad"))');
    expect(v.cases[1]?.status).toBe('not-run');
  });

  it('a time limit outranks everything and marks unfinished cases', () => {
    const v = gradeRun(cases, report({ termination: 'time-limit', outcomes: [{ kind: 'returned', output: 3, stdout: '' }] }));
    expect(v.status).toBe('time-limit');
    expect(v.cases[1]?.status).toBe('time-limit');
  });

  it('a MemoryError is a memory-limit verdict', () => {
    const error = { type: 'MemoryError', message: '', traceback: '' };
    expect(gradeRun(cases, report({ importError: error })).status).toBe('memory-limit');
  });
});

describe('checkProperty', () => {
  const check = { property: 'moments', shape: [4], mean: 0, meanAtol: 0.5, std: 1, stdRtol: 0.1 } as const;
  it('accepts a sample with the target moments', () => {
    expect(checkProperty(check, decodeValue({ $array: { dtype: 'float64', shape: [4], data: [1, -1, 1, -1] } }))).toBeUndefined();
  });
  it('rejects a sample with the wrong spread', () => {
    expect(checkProperty(check, decodeValue({ $array: { dtype: 'float64', shape: [4], data: [2, -2, 2, -2] } }))?.message).toContain('sample std 2');
  });
});

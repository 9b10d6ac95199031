import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ExerciseDetail, ExerciseListResponse, RunVerdict } from '../src/contract/exercises.js';
import { packageRoot } from '../src/library/paths.js';
import { createServer } from '../src/server/create-server.js';
import { createTestServices, loopbackHeaders } from './support/test-services.js';

const services = createTestServices();
const app = createServer(services);
afterAll(() => services.close());
const get = (path: string) => app.request(path, { headers: loopbackHeaders });
const send = (method: 'POST' | 'PUT', path: string, body: unknown) =>
  app.request(path, { method, headers: { ...loopbackHeaders, 'content-type': 'application/json' }, body: JSON.stringify(body) });
const solution = readFileSync(join(packageRoot, 'exercises', 'softmax-stable', 'solution.py'), 'utf8');

describe('exercise API', () => {
  it('lists at least 40 exercises with their topics and state', async () => {
    const body = (await (await get('/api/exercises?lang=en')).json()) as ExerciseListResponse;
    expect(body.exercises.length).toBeGreaterThanOrEqual(40);
    expect(body.exercises.find((e) => e.slug === 'rope')).toMatchObject({ topics: ['10.3'], state: 'new' });
  });

  it('hides the reference solution until an attempt, then shows it; saves the code and the solved state', async () => {
    const before = (await (await get('/api/exercises/softmax-stable?lang=zh')).json()) as ExerciseDetail;
    expect(before.solution).toBeUndefined();
    expect(before.code).toBe(before.starter);
    expect(before.statementMarkdown).toContain('数值稳定');

    const run = (await (await send('POST', '/api/exercises/softmax-stable/run', { code: before.starter, mode: 'run' })).json()) as RunVerdict;
    expect(run.status).toBe('error');
    expect(run.total).toBe(before.visibleCases);
    expect(run.cases[0]?.message).toContain('NotImplementedError');
    expect(run.cases[0]?.error?.line).toBeGreaterThan(0);

    const after = (await (await get('/api/exercises/softmax-stable')).json()) as ExerciseDetail;
    expect(after.solution).toContain('def softmax');
    expect(after.state).toBe('attempted');

    const submit = (await (await send('POST', '/api/exercises/softmax-stable/run', { code: solution, mode: 'submit' })).json()) as RunVerdict;
    expect(submit).toMatchObject({ status: 'passed', passed: before.totalCases, total: before.totalCases });
    const solved = (await (await get('/api/exercises/softmax-stable')).json()) as ExerciseDetail;
    expect(solved).toMatchObject({ state: 'solved', code: solution });
  });

  it('explains a wrong answer: expected, got, first mismatching index, errors', async () => {
    const wrong = 'import numpy as np\n\ndef softmax(x, axis=-1):\n    e = np.exp(x)\n    return e / e.sum(axis=axis, keepdims=True)\n';
    const v = (await (await send('POST', '/api/exercises/softmax-stable/run', { code: wrong, mode: 'submit' })).json()) as RunVerdict;
    expect(v.status).toBe('failed');
    const failed = v.cases.find((c) => c.status === 'failed');
    expect(failed?.message).toMatch(/at index \[\d+(, \d+)*\]: got nan, expected/);
    expect(failed?.firstMismatchIndex).toBeDefined();
    expect(failed?.input).toContain('x=array(');
  });

  it('saves code without running it', async () => {
    expect((await send('PUT', '/api/exercises/rope/code', { code: 'def apply_rope(x, positions, base=10000.0):\n    return x\n' })).status).toBe(200);
    const detail = (await (await get('/api/exercises/rope')).json()) as ExerciseDetail;
    expect(detail.code).toContain('return x');
    expect(detail.solution).toBeUndefined();
  });

  it('answers 404 for an unknown exercise and 400 for a bad body', async () => {
    expect((await get('/api/exercises/no-such-thing')).status).toBe(404);
    expect((await send('POST', '/api/exercises/rope/run', { mode: 'submit' })).status).toBe(400);
  });
});

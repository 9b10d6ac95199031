import { describe, expect, it } from 'vitest';
import { openDatabase } from './database.js';
import { createSqliteExerciseAttemptStore } from './exercise-attempt-store.js';

const at = new Date('2026-01-02T03:04:05Z');

describe('exercise attempt store', () => {
  it('saves code without counting an attempt', () => {
    const store = createSqliteExerciseAttemptStore(openDatabase(':memory:'));
    store.saveCode('softmax-stable', 'def softmax(x): ...', at);
    expect(store.get('softmax-stable')).toMatchObject({ code: 'def softmax(x): ...', attempted: false, solved: false, runs: 0 });
  });

  it('counts attempts and keeps solved once a submit passed', () => {
    const store = createSqliteExerciseAttemptStore(openDatabase(':memory:'));
    store.record({ slug: 'rope', code: 'a', mode: 'run', status: 'failed', passedAll: false, at });
    expect(store.get('rope')).toMatchObject({ attempted: true, solved: false, runs: 1, lastStatus: 'failed' });
    store.record({ slug: 'rope', code: 'b', mode: 'submit', status: 'passed', passedAll: true, at });
    store.record({ slug: 'rope', code: 'c', mode: 'run', status: 'error', passedAll: false, at });
    expect(store.get('rope')).toMatchObject({ code: 'c', solved: true, runs: 3, lastStatus: 'error' });
    expect(store.list().map((a) => a.slug)).toEqual(['rope']);
  });

  it('returns undefined for an exercise never touched', () => {
    expect(createSqliteExerciseAttemptStore(openDatabase(':memory:')).get('nope')).toBeUndefined();
  });
});

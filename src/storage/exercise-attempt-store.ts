import type { ExerciseAttempt, ExerciseAttemptStore } from '../services/ports.js';
import type { Db } from './database.js';

interface AttemptRow {
  slug: string;
  code: string;
  attempted: number;
  solved: number;
  last_status: string;
  runs: number;
  updated_at: string;
}

const toAttempt = (r: AttemptRow): ExerciseAttempt => ({
  slug: r.slug,
  code: r.code,
  attempted: r.attempted === 1,
  solved: r.solved === 1,
  lastStatus: r.last_status,
  runs: r.runs,
  updatedAt: r.updated_at,
});

/** Exercise attempts in SQLite: one row per exercise; "solved" never goes back to false once a submit passed. */
export function createSqliteExerciseAttemptStore(db: Db): ExerciseAttemptStore {
  const select = db.prepare<[string], AttemptRow>('SELECT * FROM exercise_attempts WHERE slug = ?');
  const selectAll = db.prepare<[], AttemptRow>('SELECT * FROM exercise_attempts ORDER BY slug');
  const record = db.prepare<{ slug: string; code: string; status: string; solved: number; at: string }>(`
    INSERT INTO exercise_attempts (slug, code, attempted, solved, last_status, runs, first_solved_at, updated_at)
    VALUES (@slug, @code, 1, @solved, @status, 1, CASE WHEN @solved = 1 THEN @at END, @at)
    ON CONFLICT(slug) DO UPDATE SET
      code = excluded.code, attempted = 1, solved = MAX(solved, excluded.solved), last_status = excluded.last_status,
      runs = runs + 1, first_solved_at = COALESCE(first_solved_at, excluded.first_solved_at), updated_at = excluded.updated_at`);
  const save = db.prepare<{ slug: string; code: string; at: string }>(`
    INSERT INTO exercise_attempts (slug, code, updated_at) VALUES (@slug, @code, @at)
    ON CONFLICT(slug) DO UPDATE SET code = excluded.code, updated_at = excluded.updated_at`);
  return {
    get: (slug) => {
      const row = select.get(slug);
      return row ? toAttempt(row) : undefined;
    },
    list: () => selectAll.all().map(toAttempt),
    record: (a) => {
      record.run({ slug: a.slug, code: a.code, status: a.status, solved: a.passedAll ? 1 : 0, at: a.at.toISOString() });
    },
    saveCode: (slug, code, at) => {
      save.run({ slug, code, at: at.toISOString() });
    },
  };
}

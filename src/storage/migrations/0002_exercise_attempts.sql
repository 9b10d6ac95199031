-- 0002: the user's work on exercises: the last code, how many runs, whether a submit passed every case.
-- Append-only: later changes go in new numbered files, never here.
CREATE TABLE exercise_attempts (
  slug TEXT PRIMARY KEY,
  code TEXT NOT NULL,
  attempted INTEGER NOT NULL DEFAULT 0 CHECK (attempted IN (0, 1)),
  solved INTEGER NOT NULL DEFAULT 0 CHECK (solved IN (0, 1)),
  last_status TEXT NOT NULL DEFAULT '',
  runs INTEGER NOT NULL DEFAULT 0,
  first_solved_at TEXT,
  updated_at TEXT NOT NULL
);

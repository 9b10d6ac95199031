-- 0003: the study loop. One row per card (a library question) holding its FSRS memory state, and an
-- append-only review log: a rating is a 'rate' row; undoing it appends an 'undo' row pointing at it.
CREATE TABLE cards (
  id TEXT PRIMARY KEY,               -- the question id (unique across the library)
  topic_id TEXT NOT NULL,
  new_rank INTEGER NOT NULL,         -- layered order for introducing new cards (core tier first)
  phase INTEGER NOT NULL,            -- 0 new, 1 learning, 2 review, 3 relearning
  due_ms INTEGER NOT NULL,
  stability REAL NOT NULL,
  difficulty REAL NOT NULL,
  elapsed_days INTEGER NOT NULL,
  scheduled_days INTEGER NOT NULL,
  learning_steps INTEGER NOT NULL,
  reps INTEGER NOT NULL,
  lapses INTEGER NOT NULL,
  last_review_ms INTEGER,
  introduced_ms INTEGER              -- when the card was first rated; NULL while new
);
-- Cards being learned, by due time: serves "next due card" and "how many due" without a sort.
CREATE INDEX cards_learned_by_due ON cards (due_ms, id) WHERE phase > 0;
CREATE INDEX cards_new_by_rank ON cards (phase, new_rank);
CREATE INDEX cards_by_introduced ON cards (introduced_ms);

CREATE TABLE review_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  kind TEXT NOT NULL CHECK (kind IN ('rate', 'undo')),
  card_id TEXT NOT NULL,
  rating INTEGER,                    -- 1 again, 2 hard, 3 good, 4 easy (NULL for undo)
  at_ms INTEGER NOT NULL,
  duration_ms INTEGER,
  state_before TEXT NOT NULL,        -- JSON MemoryState + introducedMs, restored by undo
  state_after TEXT NOT NULL,
  undoes INTEGER REFERENCES review_log (id)
);
CREATE INDEX review_log_by_time ON review_log (kind, at_ms);
CREATE UNIQUE INDEX review_log_undone ON review_log (undoes) WHERE undoes IS NOT NULL;

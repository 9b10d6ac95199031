-- 0004: questions imported from other collections (the user's own files). Items are deduplicated by a hash of
-- their text, so importing the same collection twice adds nothing.
CREATE TABLE import_sources (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL,
  imported_at TEXT NOT NULL
);

CREATE TABLE imported_items (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  source_id INTEGER NOT NULL REFERENCES import_sources (id) ON DELETE CASCADE,
  prompt TEXT NOT NULL,
  answer TEXT NOT NULL,
  section TEXT NOT NULL,
  topic_id TEXT,                      -- the syllabus topic it most likely belongs to (from search), if any
  content_hash TEXT NOT NULL UNIQUE
);
CREATE INDEX imported_items_by_source ON imported_items (source_id);

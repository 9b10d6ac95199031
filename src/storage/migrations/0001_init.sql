-- 0001: settings. Append-only: later changes go in new numbered files, never here.
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

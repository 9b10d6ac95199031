-- 0005: system-design whiteboards. One drawing per design question (the Excalidraw scene as JSON) and the
-- module-checklist items the user has ticked while drawing it.
CREATE TABLE whiteboards (
  question_id TEXT PRIMARY KEY,
  scene TEXT NOT NULL,
  checked TEXT NOT NULL DEFAULT '[]',
  updated_at TEXT NOT NULL
);

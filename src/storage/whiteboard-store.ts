import type { WhiteboardStore } from '../services/ports.js';
import type { Db } from './database.js';

/** Whiteboards in SQLite, one row per design question, replaced on every save. */
export function createSqliteWhiteboardStore(db: Db): WhiteboardStore {
  const select = db.prepare<[string], { question_id: string; scene: string; checked: string; updated_at: string }>('SELECT question_id, scene, checked, updated_at FROM whiteboards WHERE question_id = ?');
  const upsert = db.prepare(
    'INSERT INTO whiteboards (question_id, scene, checked, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT(question_id) DO UPDATE SET scene = excluded.scene, checked = excluded.checked, updated_at = excluded.updated_at',
  );
  return {
    get(questionId) {
      const row = select.get(questionId);
      return row ? { questionId: row.question_id, scene: row.scene, checked: JSON.parse(row.checked) as string[], updatedAt: row.updated_at } : undefined;
    },
    save: (b) => void upsert.run(b.questionId, b.scene, JSON.stringify(b.checked), b.updatedAt),
  };
}

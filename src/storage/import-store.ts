import type { ImportStore, StoredImportItem } from '../services/ports.js';
import type { Db } from './database.js';

interface ItemRow {
  id: number;
  source_id: number;
  prompt: string;
  answer: string;
  section: string;
  topic_id: string | null;
}

const toItem = (r: ItemRow): StoredImportItem => ({ id: r.id, sourceId: r.source_id, prompt: r.prompt, answer: r.answer, section: r.section, topicId: r.topic_id });

/** Imported collections in SQLite. */
export function createSqliteImportStore(db: Db): ImportStore {
  const insertSource = db.prepare('INSERT INTO import_sources (name, imported_at) VALUES (?, ?)');
  const insertItem = db.prepare('INSERT OR IGNORE INTO imported_items (source_id, prompt, answer, section, topic_id, content_hash) VALUES (?, ?, ?, ?, ?, ?)');
  const listSources = db.prepare<[], { id: number; name: string; imported_at: string; items: number }>(
    'SELECT s.id, s.name, s.imported_at, count(i.id) AS items FROM import_sources s LEFT JOIN imported_items i ON i.source_id = s.id GROUP BY s.id ORDER BY s.id DESC',
  );
  const listItems = db.prepare<[number], ItemRow>('SELECT id, source_id, prompt, answer, section, topic_id FROM imported_items WHERE source_id = ? ORDER BY id');
  const remove = db.prepare('DELETE FROM import_sources WHERE id = ?');
  const add = db.transaction((source: Parameters<ImportStore['addSource']>[0]) => {
    const sourceId = Number(insertSource.run(source.name, source.importedAt).lastInsertRowid);
    const added = source.items.reduce((n, i) => n + insertItem.run(sourceId, i.prompt, i.answer, i.section, i.topicId, i.contentHash).changes, 0);
    return { sourceId, added };
  });
  return {
    addSource: (source) => add(source),
    sources: () => listSources.all().map((r) => ({ id: r.id, name: r.name, importedAt: r.imported_at, items: r.items })),
    items: (sourceId) => listItems.all(sourceId).map(toItem),
    deleteSource: (sourceId) => remove.run(sourceId).changes > 0,
  };
}

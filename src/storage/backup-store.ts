import type { BackupStore } from '../services/ports.js';
import type { Db } from './database.js';

/**
 * Backup of every user table, generically: tables added by later migrations are included without changes
 * here. Rows are exported in primary-key (rowid) order so that a round trip gives identical JSON. Settings whose
 * key starts with "secret." (an LLM API key) belong to this machine: they are never exported, and a restore keeps
 * them, so a backup file can be shared or synced without leaking a key.
 */
export function createSqliteBackupStore(db: Db): BackupStore {
  const tableNames = (): string[] =>
    db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all()
      .map((r) => r.name);
  const columnsOf = (table: string): string[] => db.prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${table.replace(/'/g, "''")}')`).all().map((r) => r.name);
  const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;
  const keepLocal = (table: string): string => (table === 'settings' ? " WHERE key NOT LIKE 'secret.%'" : '');

  const schema = (): Record<string, string[]> => Object.fromEntries(tableNames().map((t) => [t, columnsOf(t)]));

  return {
    schema,
    exportTables: () =>
      db.transaction(() => Object.fromEntries(tableNames().map((t) => [t, db.prepare(`SELECT * FROM ${quote(t)}${keepLocal(t)} ORDER BY rowid`).all() as Record<string, unknown>[]])))(),
    replaceTables: (tables) => {
      const current = schema();
      db.transaction(() => {
        // Children before parents when deleting, parents before children when inserting (review_log.undoes
        // points into review_log itself, which rowid order already satisfies).
        db.pragma('defer_foreign_keys = ON');
        for (const table of Object.keys(current)) db.prepare(`DELETE FROM ${quote(table)}${keepLocal(table)}`).run();
        for (const [table, rows] of Object.entries(tables)) {
          const cols = current[table];
          if (!cols) throw new Error(`unknown table "${table}"`);
          if (rows.length === 0) continue;
          const insert = db.prepare(`INSERT INTO ${quote(table)} (${cols.map(quote).join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`);
          for (const row of rows) {
            if (table === 'settings' && String(row['key'] ?? '').startsWith('secret.')) throw new Error('a backup may not carry secret settings');
            insert.run(Object.fromEntries(cols.map((c) => [c, row[c] ?? null])));
          }
        }
      })();
    },
  };
}

import type { SettingsStore } from '../services/ports.js';
import type { Db } from './database.js';

/** Settings in the `settings` table. `now` is injected so the stored timestamp follows the app's clock. */
export function createSqliteSettingsStore(db: Db, now: () => Date): SettingsStore {
  const select = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const upsert = db.prepare(
    'INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
  );
  return {
    get: (key) => select.get(key)?.value,
    set: (key, value) => {
      upsert.run(key, value, now().toISOString());
    },
  };
}

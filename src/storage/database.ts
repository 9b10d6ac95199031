import Database from 'better-sqlite3';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Db = Database.Database;

const migrationsDir = fileURLToPath(new URL('./migrations/', import.meta.url));

/** The numbered migration files, in order ("0001_init.sql" → version 1). */
export function listMigrations(dir: string = migrationsDir): { version: number; name: string; sql: string }[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((name) => ({ version: Number(name.slice(0, 4)), name, sql: readFileSync(`${dir}/${name}`, 'utf8') }));
}

/**
 * Open the one connection the app uses: WAL (readers never block the writer; a crash loses nothing that was
 * committed), synchronous=NORMAL is durable in WAL mode across process crashes, foreign keys on, and every
 * pending migration applied in its own transaction.
 */
export function openDatabase(path: string): Db {
  // 0700: the study history is the user's alone (exercise code runs as another uid and must not read it).
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}

/** Apply migrations newer than PRAGMA user_version. */
export function migrate(db: Db): number {
  const current = Number(db.pragma('user_version', { simple: true }));
  let applied = 0;
  for (const m of listMigrations()) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    })();
    applied += 1;
  }
  return applied;
}

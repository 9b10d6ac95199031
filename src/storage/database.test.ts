import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listMigrations, migrate, openDatabase } from './database.js';
import { createSqliteSettingsStore } from './settings-store.js';

describe('openDatabase', () => {
  it('applies every numbered migration once and records the version', () => {
    const db = openDatabase(':memory:');
    const latest = listMigrations().at(-1)?.version;
    expect(db.pragma('user_version', { simple: true })).toBe(latest);
    expect(migrate(db)).toBe(0);
    db.close();
  });

  it('uses WAL on a file database and keeps data across reopening', () => {
    const dir = mkdtempSync(join(tmpdir(), 'llmprep-db-'));
    try {
      const path = join(dir, 'nested', 'llmprep.db');
      const db = openDatabase(path);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      createSqliteSettingsStore(db, () => new Date(0)).set('lang', 'en');
      db.close();
      const again = openDatabase(path);
      expect(createSqliteSettingsStore(again, () => new Date(0)).get('lang')).toBe('en');
      again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('has migration files numbered without gaps', () => {
    const versions = listMigrations().map((m) => m.version);
    expect(versions).toEqual(versions.map((_, i) => i + 1));
  });
});

describe('settings store', () => {
  it('returns undefined for a missing key and overwrites on set', () => {
    const db = openDatabase(':memory:');
    const store = createSqliteSettingsStore(db, () => new Date('2026-01-01T00:00:00Z'));
    expect(store.get('theme')).toBeUndefined();
    store.set('theme', 'dark');
    store.set('theme', 'light');
    expect(store.get('theme')).toBe('light');
    db.close();
  });
});

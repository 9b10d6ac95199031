import { backupFileSchema, type BackupFile } from '../contract/study.js';
import { AppError } from '../core/errors.js';
import type { BackupStore, Clock } from './ports.js';

export interface BackupService {
  /** All user data as one JSON-ready object. */
  create(): BackupFile;
  /** Validate a parsed JSON value fully, then replace all user data with it; on any problem nothing changes. */
  restore(data: unknown): { tables: number; rows: number };
}

export function createBackupService(store: BackupStore, clock: Clock, afterRestore: () => void = () => {}): BackupService {
  return {
    create: () => ({ format: 'llmprep-backup', version: 1, createdAt: clock.now().toISOString(), tables: store.exportTables() as BackupFile['tables'] }),
    restore(data) {
      const parsed = backupFileSchema.safeParse(data);
      if (!parsed.success) {
        throw new AppError('backup/invalid', `not an llmprep backup: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || 'file'}: ${i.message}`).join('; ')}`);
      }
      const schema = store.schema();
      for (const [table, rows] of Object.entries(parsed.data.tables)) {
        const columns = schema[table];
        if (!columns) throw new AppError('backup/invalid', `the backup has a table this version does not know: "${table}"`);
        const known = new Set(columns);
        rows.forEach((row, i) => {
          const extra = Object.keys(row).find((k) => !known.has(k));
          if (extra) throw new AppError('backup/invalid', `${table}[${i}] has an unknown column "${extra}"`);
        });
      }
      try {
        store.replaceTables(parsed.data.tables);
      } catch (error) {
        throw new AppError('backup/invalid', `the backup does not fit this database: ${error instanceof Error ? error.message : String(error)}`);
      }
      afterRestore();
      const counts = Object.values(parsed.data.tables);
      return { tables: counts.length, rows: counts.reduce((n, rows) => n + rows.length, 0) };
    },
  };
}

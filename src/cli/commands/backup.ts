import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { CliContext } from '../context.js';

/** `llmprep backup <file>`: all user data as one JSON file (written to a temp file, then renamed: never half a file). */
export function runBackupCommand(ctx: CliContext, args: readonly string[]): number {
  const [file] = args;
  if (!file) {
    ctx.err('usage: llmprep backup <file.json>');
    return 2;
  }
  const backup = ctx.services().backup.create();
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, `${JSON.stringify(backup, null, 1)}\n`);
  renameSync(tmp, file);
  const rows = Object.values(backup.tables).reduce((n, t) => n + t.length, 0);
  ctx.out(`backed up ${rows} rows from ${Object.keys(backup.tables).length} tables to ${file}`);
  return 0;
}

/** `llmprep restore <file>`: replace all user data with a backup; refuses anything that is not a valid backup. */
export function runRestoreCommand(ctx: CliContext, args: readonly string[]): number {
  const [file] = args;
  if (!file) {
    ctx.err('usage: llmprep restore <file.json>');
    return 2;
  }
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    ctx.err(`cannot read ${file} as JSON: ${error instanceof Error ? error.message : String(error)}; nothing was changed`);
    return 1;
  }
  const result = ctx.services().backup.restore(data);
  ctx.out(`restored ${result.rows} rows into ${result.tables} tables from ${file}`);
  return 0;
}

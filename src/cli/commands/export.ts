import { renameSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { CliContext } from '../context.js';

/** `llmprep export anki <file> [--lang zh|en]`: the library as an Anki import file. */
export function runExportCommand(ctx: CliContext, args: readonly string[]): number {
  const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, options: { lang: { type: 'string', default: 'zh' } } });
  const [format, file] = positionals;
  if (format !== 'anki' || !file || (values.lang !== 'zh' && values.lang !== 'en')) {
    ctx.err('usage: llmprep export anki <file.txt> [--lang zh|en]');
    return 2;
  }
  const text = ctx.services().exports.ankiDeck(values.lang);
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
  const notes = text.split('\n').filter((l) => l !== '' && !l.startsWith('#')).length;
  ctx.out(`wrote ${notes} notes to ${file} — in Anki: File → Import, then choose the file (notes update on re-import)`);
  return 0;
}

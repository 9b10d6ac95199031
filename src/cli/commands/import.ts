import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { CliContext } from '../context.js';

/** Markdown files under a path (a file, or a folder searched recursively; .git and node_modules skipped). */
function markdownFiles(path: string): string[] {
  if (statSync(path).isFile()) return [path];
  return readdirSync(path)
    .filter((name) => name !== '.git' && name !== 'node_modules')
    .sort()
    .flatMap((name) => {
      const full = join(path, name);
      return statSync(full).isDirectory() ? markdownFiles(full) : /\.(md|markdown)$/i.test(name) ? [full] : [];
    });
}

/** `llmprep import <file-or-folder>…`: bring questions from collections you already have into the app. */
export function runImportCommand(ctx: CliContext, args: readonly string[]): number {
  if (args.length === 0) {
    ctx.err('usage: llmprep import <file.md | folder> [more …]');
    return 2;
  }
  const files = args.flatMap((a) => markdownFiles(a)).map((f) => ({ name: basename(f), text: readFileSync(f, 'utf8') }));
  if (files.length === 0) {
    ctx.err(`no markdown files found in ${args.join(', ')}`);
    return 1;
  }
  const r = ctx.services().imports.importFiles({ files });
  ctx.out(`imported ${r.added} questions from ${files.length} file(s) (${r.found} found, ${r.duplicates} already imported)`);
  return 0;
}

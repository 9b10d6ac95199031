import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import type { RunVerdict } from '../../core/exercises/index.js';
import type { CliContext } from '../context.js';

const usage = `usage:
  llmprep exercise list [--lang zh|en]
  llmprep exercise show <slug> [--lang zh|en]
  llmprep exercise run <slug> --file my.py [--mode run|submit] [--json]
  llmprep exercise verify [--json]`;

/** `llmprep exercise …`: list, show, run a file against an exercise's cases, verify every reference, starter and mistake. */
export async function runExerciseCommand(ctx: CliContext, args: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { json: { type: 'boolean' }, file: { type: 'string' }, lang: { type: 'string' }, mode: { type: 'string' } },
  });
  const [sub, slug] = positionals;
  const lang = values.lang === 'zh' ? 'zh' : 'en';
  const service = ctx.services().exercises;
  switch (sub) {
    case 'list': {
      const list = service.list(lang);
      if (values.json) ctx.out(JSON.stringify(list));
      else for (const e of list) ctx.out(`${e.slug.padEnd(34)} ${'★'.repeat(e.difficulty).padEnd(3)} [${e.topics.join(', ')}] ${e.title}${e.state === 'new' ? '' : ` (${e.state})`}`);
      return 0;
    }
    case 'show': {
      if (!slug) break;
      const e = service.show(slug, lang);
      if (values.json) {
        ctx.out(JSON.stringify(e));
      } else {
        ctx.out(e.statementMarkdown);
        ctx.out(`\n--- starter.py ---\n${e.starter}`);
      }
      return 0;
    }
    case 'run': {
      if (!slug || !values.file) break;
      const mode = values.mode === 'run' ? 'run' : 'submit';
      const verdict = await service.run(slug, readFileSync(values.file, 'utf8'), mode, { record: false });
      if (values.json) ctx.out(JSON.stringify(verdict));
      else printVerdict(ctx, verdict);
      return verdict.status === 'passed' ? 0 : 1;
    }
    case 'verify': {
      const bar = !values.json && process.stderr.isTTY ? new cliProgress.SingleBar({ format: 'verify [{bar}] {value}/{total} {slug}', stream: process.stderr }, cliProgress.Presets.shades_classic) : undefined;
      let started = false;
      const report = await service.verify({
        concurrency: 2,
        onProgress: (done, total, current) => {
          if (!bar) return;
          if (!started) bar.start(total, 0, { slug: '' });
          started = true;
          bar.update(done, { slug: current });
        },
      });
      bar?.stop();
      if (values.json) {
        ctx.out(JSON.stringify(report));
      } else {
        for (const entry of report.entries) if (!entry.ok) ctx.out(`FAIL ${entry.slug}: ${entry.problems.join('; ')}`);
        ctx.out(
          `${report.exercises} exercises: ${report.solutionsPassing} reference solutions pass, ${report.startersFailing} starters fail, ` +
            `${report.mistakesCaught}/${report.mistakes} mistakes caught${report.ok ? '' : ' — NOT OK'}`,
        );
      }
      return report.ok ? 0 : 1;
    }
    default:
      break;
  }
  ctx.err(usage);
  return 2;
}

function printVerdict(ctx: CliContext, v: RunVerdict): void {
  ctx.out(`${v.status}: ${v.passed}/${v.total} cases passed (${v.wallMs} ms)${v.message ? ` — ${v.message}` : ''}`);
  if (v.error?.traceback) ctx.out(v.error.traceback);
  for (const c of v.cases) {
    if (c.status === 'passed') continue;
    ctx.out(`\n✗ ${c.name}: ${c.status}${c.message ? ` — ${c.message}` : ''}`);
    ctx.out(`  input:    ${c.input}`);
    if (c.expected) ctx.out(`  expected: ${c.expected}`);
    if (c.got) ctx.out(`  got:      ${c.got}`);
    if (c.maxAbsError !== undefined) ctx.out(`  max abs error ${c.maxAbsError.toExponential(3)}, max rel error ${(c.maxRelError ?? 0).toExponential(3)}`);
    if (c.error?.traceback) ctx.out(c.error.traceback.replace(/^/gm, '  '));
    if (c.stdout) ctx.out(`  printed: ${c.stdout.slice(0, 500)}`);
  }
}

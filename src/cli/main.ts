import { join } from 'node:path';
import { composeServices } from '../compose.js';
import { createFileContentSource } from '../library/content-source.js';
import { packageRoot } from '../library/paths.js';
import { probeEnvironment } from '../runner/probe.js';
import type { AppServices } from '../services/app-services.js';
import { runCalcCommand } from './commands/calc/index.js';
import { runContentCommand } from './commands/content.js';
import { runDoctorCommand } from './commands/doctor.js';
import { runExerciseCommand } from './commands/exercise.js';
import { runBackupCommand, runRestoreCommand } from './commands/backup.js';
import { runExportCommand } from './commands/export.js';
import { runImportCommand } from './commands/import.js';
import { runReviewCommand } from './commands/review.js';
import { runStartCommand } from './commands/start.js';
import { runStatsCommand } from './commands/stats.js';
import { readKeys } from './keys.js';
import { AppError } from '../core/errors.js';
import type { CliContext } from './context.js';

const usage = `llmprep — prepare for LLM algorithm engineer interviews

  llmprep start                    serve the app on http://127.0.0.1:4310 (PORT, HOST, LLMPREP_HOME)
  llmprep doctor [--json]          check node, python3, NumPy, chromium
  llmprep content check [--json]   check every content file
  llmprep review [--lang zh|en]    review due cards in the terminal (space, 1–4, u, q)
  llmprep stats [--json]           cards, due today, reviews, streak
  llmprep backup <file>            all your data as one JSON file
  llmprep restore <file>           replace your data with a backup (refuses invalid files)
  llmprep export anki <file> [--lang zh|en]   every question as an Anki import file
  llmprep import <file.md | folder>…  questions from collections you already have (rendered safely)
  llmprep calc <calculator> [--json]  parameters, FLOPs, memory, KV cache, scaling laws, throughput (llmprep calc help)
  llmprep exercise list|show <slug>|run <slug> --file my.py [--json]|verify [--json]
                                   code exercises (Python + NumPy, run in a contained child process)`;

/** Run one CLI invocation; returns the exit status. This is the one CLI file that composes real adapters. */
export async function main(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let services: AppServices | undefined;
  const ctx: CliContext = {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    env,
    content: () => createFileContentSource(),
    services: () => (services ??= composeServices({ env })),
  };
  const [command, ...args] = argv;
  try {
    switch (command) {
      case 'start':
        return await runStartCommand(ctx, { packageRoot, webDir: join(packageRoot, 'dist', 'web') });
      case 'doctor':
        return runDoctorCommand(ctx, args, () => probeEnvironment(env));
      case 'content':
        return runContentCommand(ctx, args);
      case 'calc':
        return runCalcCommand(ctx, args);
      case 'exercise':
        return await runExerciseCommand(ctx, args);
      case 'review':
        return await runReviewCommand(ctx, args, readKeys(process.stdin));
      case 'stats':
        return runStatsCommand(ctx, args);
      case 'backup':
        return runBackupCommand(ctx, args);
      case 'restore':
        return runRestoreCommand(ctx, args);
      case 'export':
        return runExportCommand(ctx, args);
      case 'import':
        return runImportCommand(ctx, args);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        ctx.out(usage);
        return command === undefined ? 2 : 0;
      default:
        ctx.err(`unknown command "${command}"\n\n${usage}`);
        return 2;
    }
  } catch (error) {
    // Errors the user can act on are printed plainly; anything else is a bug and keeps its stack.
    if (error instanceof AppError) {
      ctx.err(`error: ${error.message} [${error.code}]`);
      return 1;
    }
    throw error;
  } finally {
    if (command !== 'start') services?.close();
  }
}

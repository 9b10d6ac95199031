import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveDataDir } from './data-dir.js';
import { createFileContentSource } from './library/content-source.js';
import { createFileExerciseSource } from './library/exercise-source.js';
import { packageRoot } from './library/paths.js';
import type { AppServices } from './services/app-services.js';
import { createExerciseService } from './services/exercise-service.js';
import { createLibraryService } from './services/library-service.js';
import type { Clock } from './services/ports.js';
import { createBackupService } from './services/backup-service.js';
import { createExportService } from './services/export-service.js';
import { createGradingService } from './services/grading-service.js';
import { createImportService } from './services/import-service.js';
import { createPapersService } from './services/papers-service.js';
import { createWhiteboardService } from './services/whiteboard-service.js';
import { createSqliteWhiteboardStore } from './storage/whiteboard-store.js';
import { createSqliteImportStore } from './storage/import-store.js';
import { createOpenAiGrader } from './llm/openai-grader.js';
import { createProgressService } from './services/progress-service.js';
import { createSearchService } from './services/search-service.js';
import { createStudyContext, createStudyService } from './services/study-service.js';
import { createSqliteBackupStore } from './storage/backup-store.js';
import { openDatabase } from './storage/database.js';
import { createSqliteStudyStore } from './storage/study-store.js';
import { createSqliteSettingsStore } from './storage/settings-store.js';
import { createSqliteExerciseAttemptStore } from './storage/exercise-attempt-store.js';
import { createPythonExerciseRunner } from './runner/exercise-runner.js';

export interface ComposeOptions {
  /** ':memory:' for tests; default: <data dir>/llmprep.db. */
  readonly databasePath?: string;
  readonly topicsDir?: string;
  readonly papersDir?: string;
  readonly exercisesDir?: string;
  readonly clock?: Clock;
  readonly env?: NodeJS.ProcessEnv;
}

/** The package version, from package.json (read once). */
export const appVersion: string = (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;

export const systemClock: Clock = { now: () => new Date(), tzOffsetMinutes: (at) => -at.getTimezoneOffset() };

/** The one place that builds real services from real adapters. Opens the one database connection. */
export function composeServices(options: ComposeOptions = {}): AppServices {
  const env = options.env ?? process.env;
  const clock = options.clock ?? systemClock;
  const databasePath = options.databasePath ?? join(resolveDataDir(env), 'llmprep.db');
  const db = openDatabase(databasePath);
  const contentSource = createFileContentSource(options.topicsDir, options.papersDir);
  const library = createLibraryService(contentSource);
  const settings = createSqliteSettingsStore(db, () => clock.now());
  const study = createStudyContext({ store: createSqliteStudyStore(db), library, settings, clock });
  const search = createSearchService(library);
  return {
    version: appVersion,
    clock,
    contentSource,
    library,
    search,
    imports: createImportService({ store: createSqliteImportStore(db), search, clock }),
    papers: createPapersService({ source: contentSource, settings }),
    whiteboards: createWhiteboardService({ library, store: createSqliteWhiteboardStore(db), clock }),
    exports: createExportService(library),
    grading: createGradingService({ library, settings, llm: createOpenAiGrader() }),
    settings,
    study: createStudyService(study),
    progress: createProgressService(study),
    backup: createBackupService(createSqliteBackupStore(db), clock, () => study.invalidate()),
    exercises: createExerciseService({
      source: createFileExerciseSource(options.exercisesDir),
      runner: createPythonExerciseRunner({ env }),
      attempts: createSqliteExerciseAttemptStore(db),
      now: () => clock.now(),
    }),
    databasePath,
    close: () => db.close(),
  };
}

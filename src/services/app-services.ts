import type { BackupService } from './backup-service.js';
import type { ExerciseService } from './exercise-service.js';
import type { ExportService } from './export-service.js';
import type { GradingService } from './grading-service.js';
import type { ImportService } from './import-service.js';
import type { PapersService } from './papers-service.js';
import type { WhiteboardService } from './whiteboard-service.js';
import type { ProgressService } from './progress-service.js';
import type { SearchService } from './search-service.js';
import type { StudyService } from './study-service.js';
import type { LibraryService } from './library-service.js';
import type { Clock, ContentSource, SettingsStore } from './ports.js';

/** Everything the front ends (HTTP server, CLI) may call. Built by compose.ts, or by tests with real adapters. */
export interface AppServices {
  readonly version: string;
  readonly clock: Clock;
  readonly contentSource: ContentSource;
  readonly library: LibraryService;
  readonly search: SearchService;
  readonly exports: ExportService;
  readonly grading: GradingService;
  readonly imports: ImportService;
  readonly papers: PapersService;
  readonly whiteboards: WhiteboardService;
  readonly settings: SettingsStore;
  readonly exercises: ExerciseService;
  readonly study: StudyService;
  readonly progress: ProgressService;
  readonly backup: BackupService;
  /** Where the database lives (for doctor and messages); ':memory:' in tests. */
  readonly databasePath: string;
  close(): void;
}

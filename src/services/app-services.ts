import type { ExerciseService } from './exercise-service.js';
import type { LibraryService } from './library-service.js';
import type { Clock, ContentSource, SettingsStore } from './ports.js';

/** Everything the front ends (HTTP server, CLI) may call. Built by compose.ts, or by tests with real adapters. */
export interface AppServices {
  readonly version: string;
  readonly clock: Clock;
  readonly contentSource: ContentSource;
  readonly library: LibraryService;
  readonly settings: SettingsStore;
  readonly exercises: ExerciseService;
  /** Where the database lives (for doctor and messages); ':memory:' in tests. */
  readonly databasePath: string;
  close(): void;
}

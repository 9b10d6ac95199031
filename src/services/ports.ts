import type { TopicSources } from '../core/content/index.js';

/**
 * The ports: what the use cases need from the outside world. storage/, library/ and runner/ implement them;
 * compose.ts wires real implementations; tests use the same real ones (SQLite :memory:, a temp folder).
 */

/** The question library's raw files (content/topics on disk). */
export interface ContentSource {
  readTopicSources(): TopicSources[];
}

/** The clock, passed in so that scheduling and streaks are testable with a fixed time. */
export interface Clock {
  now(): Date;
}

/** Key-value settings persisted for the user (language, theme, later: scheduler options). */
export interface SettingsStore {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
}

/** One tool the app relies on, as found on this machine (`llmprep doctor`). */
export interface ProbeResult {
  readonly name: string;
  readonly found: boolean;
  readonly detail: string;
  /** How to fix it when missing. */
  readonly fix: string;
}

import type { TopicSources } from '../core/content/index.js';
import type { ExerciseFiles, Json, RunReport } from '../core/exercises/index.js';
import type { MemoryState, Rating } from '../core/scheduling/index.js';

/**
 * The ports: what the use cases need from the outside world. storage/, library/ and runner/ implement them;
 * compose.ts wires real implementations; tests use the same real ones (SQLite :memory:, a temp folder).
 */

/** The question library's raw files (content/topics on disk). */
export interface ContentSource {
  readTopicSources(): TopicSources[];
  /** Close-reading guides, content/papers/<slug>/{zh,en}.md (same shape: a folder and its two files). */
  readPaperSources(): TopicSources[];
}

/** The clock, passed in so that scheduling and streaks are testable with a fixed time. */
export interface Clock {
  now(): Date;
  /** The user's UTC offset in minutes at that instant (480 for UTC+8); days and streaks follow it. Default 0. */
  tzOffsetMinutes?(at: Date): number;
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
  /** Missing it degrades a feature but does not fail `llmprep doctor`. */
  readonly optional?: boolean;
}

/** The exercises folder's raw files (exercises/<slug>/ on disk). */
export interface ExerciseSource {
  readExerciseFiles(): ExerciseFiles[];
}

/** One run of user code: the function is called once per input set; expected values are not part of it. */
export interface ExerciseRunRequest {
  readonly code: string;
  readonly functionName: string;
  readonly inputs: readonly Readonly<Record<string, Json>>[];
  readonly timeLimitMs: number;
}

/** Runs untrusted Python in a contained child process and reports what it returned (grading is the service's job). */
export interface ExerciseRunner {
  run(request: ExerciseRunRequest): Promise<RunReport>;
}

/** The user's work on one exercise: the last code, whether any attempt was made, whether a submit passed. */
export interface ExerciseAttempt {
  readonly slug: string;
  readonly code: string;
  /** An attempt = a run or submit (unlocks the reference solution). */
  readonly attempted: boolean;
  /** A submit that passed every case (stays true once reached). */
  readonly solved: boolean;
  readonly lastStatus: string;
  readonly runs: number;
  readonly updatedAt: string;
}

export interface ExerciseAttemptStore {
  get(slug: string): ExerciseAttempt | undefined;
  list(): ExerciseAttempt[];
  /** Save the code and count one attempt. */
  record(attempt: { slug: string; code: string; mode: 'run' | 'submit'; status: string; passedAll: boolean; at: Date }): void;
  /** Save the code without running it (the editor's autosave). */
  saveCode(slug: string, code: string, at: Date): void;
}

/** A card as stored: the question it shows, where it sits in the layered order, and its FSRS memory. */
export interface StoredCard {
  readonly id: string;
  readonly topicId: string;
  readonly newRank: number;
  readonly memory: MemoryState;
  /** When the card was first rated (epoch ms); null while it is new. */
  readonly introducedMs: number | null;
}

/** A rating as the log keeps it, with the state before it (what undo restores). */
export interface LoggedRating {
  readonly logId: number;
  readonly cardId: string;
  readonly rating: Rating;
  readonly atMs: number;
  readonly durationMs: number | null;
  readonly before: StoredCard;
}

/** Cards and the append-only review log. Each write is one transaction: acknowledged means on disk. */
export interface StudyStore {
  /** Insert cards that do not exist yet; existing cards keep their memory. Returns how many were added. */
  addMissingCards(cards: readonly StoredCard[]): number;
  getCard(id: string): StoredCard | undefined;
  /** The earliest-due card already being learned, due at or before `untilMs`. */
  nextDue(untilMs: number): StoredCard | undefined;
  /** The first new card in layered order, limited to `topicIds` when given. */
  nextNew(topicIds: readonly string[] | null): StoredCard | undefined;
  countDue(untilMs: number): number;
  countNew(topicIds: readonly string[] | null): number;
  countIntroducedSince(sinceMs: number): number;
  countCards(): number;
  /** Store the rating and the card's new state atomically; returns the log id. */
  recordRating(entry: { card: StoredCard; after: StoredCard; rating: Rating; atMs: number; durationMs: number | null }): number;
  /** The latest rating not yet undone, at or after `sinceMs`. */
  lastRating(sinceMs: number): LoggedRating | undefined;
  /** Restore the card to its state before `rating` and append an undo entry, atomically. */
  recordUndo(rating: LoggedRating, atMs: number): void;
  /** Ratings that stand (not undone). */
  countReviews(): number;
  /** Whether a standing rating exists in [fromMs, untilMs). */
  hasReviewBetween(fromMs: number, untilMs: number): boolean;
  /** Standing ratings per local day since `sinceMs`: day key → count. */
  reviewsPerDay(sinceMs: number, tzOffsetMinutes: number): Map<string, number>;
  /** Standing ratings since `sinceMs`, oldest first (for the session summary). */
  ratingsSince(sinceMs: number): { cardId: string; rating: Rating; atMs: number; durationMs: number | null }[];
  /** Cards already learned that fall due, per local day, between the two instants. */
  dueCountsPerDay(fromMs: number, untilMs: number, tzOffsetMinutes: number): Map<string, number>;
  /** Every card (for mastery per category; a few thousand rows). */
  allCards(): StoredCard[];
  /** New cards per topic in layered order (for the study plan). */
  newCardsPerTopic(topicIds: readonly string[] | null): { topicId: string; count: number }[];
}

/** Every user table as rows of plain values: the unit of backup and restore. */
export interface BackupStore {
  exportTables(): Record<string, Record<string, unknown>[]>;
  /** Replace every user table's rows in one transaction; throws (and changes nothing) on a mismatch. */
  replaceTables(tables: Record<string, Record<string, unknown>[]>): void;
  /** The user tables and their columns, to validate a backup before touching anything. */
  schema(): Record<string, string[]>;
}

/** What an LLM grader is asked: one interview question, its rubric, and the candidate's answer. */
export interface LlmGradeRequest {
  readonly lang: 'zh' | 'en';
  readonly question: string;
  readonly referenceAnswer: string;
  readonly keyPoints: readonly { readonly id: string; readonly text: string }[];
  readonly answer: string;
}

/** The grader's verdict per key point, and short overall feedback, in the requested language. */
export interface LlmGrade {
  readonly keyPoints: readonly { readonly id: string; readonly covered: boolean; readonly comment: string }[];
  readonly feedback: string;
}

/** Where an OpenAI-compatible server is (Ollama, vLLM, llama.cpp, a hosted API). The key never leaves the server. */
export interface LlmConfig {
  readonly baseUrl: string;
  readonly model: string;
  readonly apiKey: string;
}

/** Grades an answer with a configured LLM. Implemented over the openai SDK in src/llm. */
export interface LlmGrader {
  grade(config: LlmConfig, request: LlmGradeRequest): Promise<LlmGrade>;
}

/** A question imported from another collection, as stored. */
export interface StoredImportItem {
  readonly id: number;
  readonly sourceId: number;
  readonly prompt: string;
  readonly answer: string;
  readonly section: string;
  readonly topicId: string | null;
}

export interface ImportStore {
  /** Add a source and its items in one transaction; items whose hash exists already are skipped. */
  addSource(source: { name: string; importedAt: string; items: readonly { prompt: string; answer: string; section: string; topicId: string | null; contentHash: string }[] }): { sourceId: number; added: number };
  sources(): { id: number; name: string; importedAt: string; items: number }[];
  items(sourceId: number): StoredImportItem[];
  deleteSource(sourceId: number): boolean;
}

/** A saved whiteboard: the drawing (Excalidraw scene JSON, opaque here) and the ticked checklist items. */
export interface StoredWhiteboard {
  readonly questionId: string;
  readonly scene: string;
  readonly checked: readonly string[];
  readonly updatedAt: string;
}

export interface WhiteboardStore {
  get(questionId: string): StoredWhiteboard | undefined;
  save(board: StoredWhiteboard): void;
}

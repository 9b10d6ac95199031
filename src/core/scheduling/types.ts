/** The four answer buttons, as FSRS numbers them. */
export type Rating = 1 | 2 | 3 | 4;
export const ratings: readonly Rating[] = [1, 2, 3, 4];
export const ratingNames = { 1: 'again', 2: 'hard', 3: 'good', 4: 'easy' } as const satisfies Record<Rating, string>;

/** FSRS card phase: 0 new, 1 learning, 2 review, 3 relearning. */
export type CardPhase = 0 | 1 | 2 | 3;

/**
 * The scheduler's memory of one card, in plain numbers (epoch milliseconds), so it can be stored, sent as JSON
 * and compared exactly. It mirrors ts-fsrs's Card.
 */
export interface MemoryState {
  readonly phase: CardPhase;
  readonly dueMs: number;
  readonly stability: number;
  readonly difficulty: number;
  readonly elapsedDays: number;
  readonly scheduledDays: number;
  readonly learningSteps: number;
  readonly reps: number;
  readonly lapses: number;
  readonly lastReviewMs: number | null;
}

export interface SchedulerOptions {
  /** Probability of recall at the due date the scheduler aims for (FSRS "request retention"), 0.7–0.99. */
  readonly desiredRetention: number;
  readonly maximumIntervalDays?: number;
}

/** What pressing one rating would do: shown on the button before the user presses it. */
export interface RatingPreview {
  readonly rating: Rating;
  readonly next: MemoryState;
  /** Time until the card is due again, in milliseconds (learning steps are minutes, reviews are days). */
  readonly intervalMs: number;
}

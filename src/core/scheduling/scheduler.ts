import { createEmptyCard, fsrs, generatorParameters, type Card, type FSRS, type Grade } from 'ts-fsrs';
import type { CardPhase, MemoryState, Rating, RatingPreview, SchedulerOptions } from './types.js';
import { ratings } from './types.js';

/** A pure FSRS scheduler: every function takes the time as an argument and never reads the clock. */
export interface Scheduler {
  /** The state of a card that has never been reviewed, due at `now`. */
  newState(now: Date): MemoryState;
  /** What each of the four ratings would do, for the buttons. */
  preview(state: MemoryState, now: Date): Record<Rating, RatingPreview>;
  /** The state after rating the card at `now`. */
  rate(state: MemoryState, now: Date, rating: Rating): MemoryState;
  /** Probability of recall at `now` (0 for a new card). */
  retrievability(state: MemoryState, now: Date): number;
}

export function toCard(s: MemoryState): Card {
  return {
    due: new Date(s.dueMs),
    stability: s.stability,
    difficulty: s.difficulty,
    elapsed_days: s.elapsedDays,
    scheduled_days: s.scheduledDays,
    learning_steps: s.learningSteps,
    reps: s.reps,
    lapses: s.lapses,
    state: s.phase,
    ...(s.lastReviewMs === null ? {} : { last_review: new Date(s.lastReviewMs) }),
  };
}

export function fromCard(c: Card): MemoryState {
  return {
    phase: c.state as number as CardPhase,
    dueMs: c.due.getTime(),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsedDays: c.elapsed_days,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    lastReviewMs: c.last_review ? c.last_review.getTime() : null,
  };
}

/** Build a scheduler. Fuzz is off so that the same history always gives the same schedule (and tests are exact). */
export function createScheduler(options: SchedulerOptions): Scheduler {
  if (!(options.desiredRetention >= 0.7 && options.desiredRetention <= 0.99)) {
    throw new RangeError(`desired retention must be between 0.7 and 0.99, got ${options.desiredRetention}`);
  }
  const f: FSRS = fsrs(
    generatorParameters({
      request_retention: options.desiredRetention,
      maximum_interval: options.maximumIntervalDays ?? 36500,
      enable_fuzz: false,
      enable_short_term: true,
    }),
  );
  return {
    newState: (now) => fromCard(createEmptyCard(now)),
    preview(state, now) {
      const log = f.repeat(toCard(state), now);
      const entries = ratings.map((rating) => {
        const next = fromCard(log[rating as Grade].card);
        return [rating, { rating, next, intervalMs: next.dueMs - now.getTime() }] as const;
      });
      return Object.fromEntries(entries) as Record<Rating, RatingPreview>;
    },
    rate: (state, now, rating) => fromCard(f.next(toCard(state), now, rating as Grade).card),
    retrievability: (state, now) => (state.phase === 0 ? 0 : f.get_retrievability(toCard(state), now, false)),
  };
}

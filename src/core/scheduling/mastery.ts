import type { Scheduler } from './scheduler.js';
import type { MemoryState } from './types.js';

/** Stability (days) at which a question counts as fully mastered: it would survive three weeks unreviewed. */
export const masteredStabilityDays = 21;

/**
 * Mastery of one card, 0–1: the probability of recall now (FSRS retrievability) times how close its memory
 * stability is to three weeks. A card just learned today recalls well (R≈1) but is fragile (S small), so it
 * counts little; a never-studied card counts 0.
 */
export function cardMastery(scheduler: Scheduler, state: MemoryState, now: Date): number {
  if (state.phase === 0) return 0;
  const r = scheduler.retrievability(state, now);
  return r * Math.min(1, state.stability / masteredStabilityDays);
}

/** Mean mastery of a group of cards (0 for an empty group). */
export function groupMastery(scheduler: Scheduler, states: readonly MemoryState[], now: Date): number {
  if (states.length === 0) return 0;
  return states.reduce((sum, s) => sum + cardMastery(scheduler, s, now), 0) / states.length;
}

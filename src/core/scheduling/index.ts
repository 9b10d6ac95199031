export * from './types.js';
export { createScheduler, fromCard, toCard, type Scheduler } from './scheduler.js';
export { formatInterval } from './format-interval.js';
export { addDays, dayKey, dayStartMs, daysBetween, isDayKey } from './days.js';
export { newCardRank } from './layered-order.js';
export { streakDays } from './streak.js';
export { cardMastery, groupMastery, masteredStabilityDays } from './mastery.js';

import { addDays } from './days.js';

/**
 * Consecutive days with at least one review, ending today — or ending yesterday when today has no review yet,
 * so a streak is not shown as broken in the morning before the day's session.
 */
export function streakDays(reviewDays: ReadonlySet<string>, today: string): number {
  let day = reviewDays.has(today) ? today : addDays(today, -1);
  let streak = 0;
  while (reviewDays.has(day)) {
    streak += 1;
    day = addDays(day, -1);
  }
  return streak;
}

import { describe, expect, it } from 'vitest';
import { createScheduler, formatInterval, newCardRank, streakDays, cardMastery, dayKey, dayStartMs, addDays } from './index.js';

const t0 = new Date('2026-03-01T08:00:00Z');
const minutes = (n: number) => n * 60_000;
const days = (n: number) => n * 86_400_000;

describe('createScheduler', () => {
  const s = createScheduler({ desiredRetention: 0.9 });

  it('previews four increasing intervals for a new card, learning steps in minutes and Easy in days', () => {
    const p = s.preview(s.newState(t0), t0);
    expect(p[1].intervalMs).toBe(minutes(1));
    expect(p[2].intervalMs).toBe(minutes(6));
    expect(p[3].intervalMs).toBe(minutes(10));
    expect(p[4].intervalMs).toBeGreaterThanOrEqual(days(1));
    expect(p[4].next.phase).toBe(2);
  });

  it('rates exactly as previewed and never reads the clock', () => {
    const state = s.newState(t0);
    const rated = s.rate(state, t0, 3);
    expect(rated).toEqual(s.preview(state, t0)[3].next);
    expect(rated.dueMs).toBe(t0.getTime() + minutes(10));
    expect(rated.reps).toBe(1);
  });

  it('graduates a card through learning into day-long review intervals', () => {
    let state = s.rate(s.newState(t0), t0, 3);
    const t1 = new Date(state.dueMs);
    state = s.rate(state, t1, 3);
    expect(state.phase).toBe(2);
    expect(state.scheduledDays).toBeGreaterThanOrEqual(1);
  });

  it('gives shorter review intervals at a higher desired retention', () => {
    const strict = createScheduler({ desiredRetention: 0.97 });
    const lax = createScheduler({ desiredRetention: 0.8 });
    const learned = (x: typeof s) => x.rate(x.rate(x.newState(t0), t0, 3), new Date(t0.getTime() + minutes(10)), 3);
    const at = new Date(t0.getTime() + days(30));
    expect(strict.preview(learned(strict), at)[3].intervalMs).toBeLessThan(lax.preview(learned(lax), at)[3].intervalMs);
  });

  it('counts a lapse when a review card is forgotten', () => {
    const review = s.rate(s.newState(t0), t0, 4);
    const later = new Date(review.dueMs);
    expect(s.rate(review, later, 1).lapses).toBe(1);
  });

  it('refuses a desired retention outside 0.7–0.99', () => {
    expect(() => createScheduler({ desiredRetention: 1.2 })).toThrow(RangeError);
  });

  it('reports falling retrievability and zero mastery for new cards', () => {
    const review = s.rate(s.newState(t0), t0, 4);
    expect(s.retrievability(review, new Date(review.dueMs))).toBeCloseTo(0.9, 1);
    expect(s.retrievability(review, new Date(review.dueMs + days(60)))).toBeLessThan(0.9);
    expect(cardMastery(s, s.newState(t0), t0)).toBe(0);
    expect(cardMastery(s, review, t0)).toBeGreaterThan(0);
  });
});

describe('formatInterval', () => {
  it('labels minutes, hours, days, months and years', () => {
    expect([formatInterval(30_000), formatInterval(minutes(10)), formatInterval(minutes(180)), formatInterval(days(4)), formatInterval(days(75)), formatInterval(days(800))]).toEqual(['<1m', '10m', '3h', '4d', '2.5mo', '2.2y']);
  });
});

describe('newCardRank', () => {
  it('orders core before advanced, then by topic number, then by question position', () => {
    const ids = ['10.3', '1.10', '1.2', '6.10', '7.1', '1.2'];
    const ranks = ids.map((id, i) => newCardRank(id, i === 5 ? 3 : 0));
    const order = ids.map((id, i) => [id, ranks[i] ?? 0] as const).sort((a, b) => a[1] - b[1]).map((x) => x[0]);
    expect(order).toEqual(['1.2', '1.2', '1.10', '6.10', '7.1', '10.3']);
  });
});

describe('days and streaks', () => {
  it('puts a review at 23:30 UTC on the next day in UTC+8', () => {
    const ms = Date.parse('2026-03-01T23:30:00Z');
    expect(dayKey(ms, 0)).toBe('2026-03-01');
    expect(dayKey(ms, 480)).toBe('2026-03-02');
    expect(dayStartMs('2026-03-02', 480)).toBe(Date.parse('2026-03-01T16:00:00Z'));
  });

  it('counts consecutive days, and keeps yesterday\'s streak alive this morning', () => {
    const set = new Set(['2026-03-01', '2026-03-02', '2026-03-03', '2026-02-20']);
    expect(streakDays(set, '2026-03-03')).toBe(3);
    expect(streakDays(set, '2026-03-04')).toBe(3);
    expect(streakDays(set, '2026-03-05')).toBe(0);
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
  });
});

import { describe, expect, it } from 'vitest';
import { planStudy, type PlanInput } from './index.js';

const base: PlanInput = {
  today: '2026-03-01',
  interviewDate: '2026-03-21',
  minutesPerDay: 90,
  backlog: [
    { topicId: '1.1', newCards: 5 },
    { topicId: '1.2', newCards: 5 },
    { topicId: '7.1', newCards: 5 },
  ],
  scheduledReviews: new Map([['2026-03-01', 10]]),
  weakAreas: [],
};

describe('planStudy', () => {
  it('covers every day up to the interview and introduces every new card in the given order', () => {
    const plan = planStudy(base);
    expect(plan.days).toHaveLength(20);
    expect(plan.days[0]?.date).toBe('2026-03-01');
    expect(plan.days.at(-1)?.date).toBe('2026-03-20');
    expect(plan.days.reduce((n, d) => n + d.newCards, 0)).toBe(15);
    const topics = plan.days.flatMap((d) => d.newTopics);
    expect(topics.indexOf('1.1')).toBeLessThan(topics.indexOf('7.1'));
  });

  it('keeps the last ~15% of days for review only', () => {
    const plan = planStudy(base);
    const last = plan.days.slice(-3);
    expect(last.every((d) => d.consolidation && d.newCards === 0)).toBe(true);
    expect(plan.days[16]?.consolidation).toBe(false);
  });

  it('counts scheduled reviews and projects the reviews new cards will add', () => {
    const plan = planStudy(base);
    expect(plan.days[0]?.reviews).toBe(10);
    expect(plan.days[1]?.reviews).toBe(plan.days[0]?.newCards);
  });

  it('re-plans by itself: fewer days left means more new cards per day', () => {
    const relaxed = planStudy(base);
    const behind = planStudy({ ...base, today: '2026-03-15' });
    expect(behind.newCardsPerDay).toBeGreaterThan(relaxed.newCardsPerDay);
  });

  it('flags days over the minutes budget and reports the peak', () => {
    const tight = planStudy({ ...base, minutesPerDay: 5, interviewDate: '2026-03-04' });
    expect(tight.feasible).toBe(false);
    expect(tight.peakMinutes).toBeGreaterThan(5);
  });

  it('spends spare time on weak areas, weakest first, all of it on consolidation days', () => {
    const plan = planStudy({ ...base, weakAreas: [{ categoryId: 'training', mastery: 0.2 }] });
    expect(plan.days[0]?.weakArea).toBe('training');
    const lastDay = plan.days.at(-1);
    expect(lastDay?.minutes).toBe(90);
  });

  it('returns an empty plan when the interview date is today or past', () => {
    expect(planStudy({ ...base, interviewDate: '2026-03-01' }).days).toEqual([]);
  });
});

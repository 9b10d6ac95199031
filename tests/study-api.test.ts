import { rmSync } from 'node:fs';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { DashboardResponse, PlanResponse, ReviewNextResponse, StatsResponse } from '../src/contract/study.js';
import { createServer } from '../src/server/create-server.js';
import type { AppServices } from '../src/services/app-services.js';
import { createFixtureLibrary, manualClock } from './support/fixture-library.js';
import { createTestServices, loopbackHeaders } from './support/test-services.js';

const topicsDir = createFixtureLibrary();
afterAll(() => rmSync(topicsDir, { recursive: true, force: true }));

let clock: ReturnType<typeof manualClock>;
let services: AppServices;
let app: ReturnType<typeof createServer>;

async function call<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<{ status: number; body: T }> {
  const res = await app.request(path, {
    method: init.method ?? 'GET',
    headers: { ...loopbackHeaders, ...(init.body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  return { status: res.status, body: (await res.json()) as T };
}
const next = () => call<ReviewNextResponse>('/api/review/next?lang=en').then((r) => r.body);
const rate = (cardId: string, rating: number) => call<ReviewNextResponse>('/api/review/rate?lang=en', { method: 'POST', body: { cardId, rating, durationMs: 4000 } });
const stats = () => call<StatsResponse>('/api/stats').then((r) => r.body);

beforeEach(() => {
  clock = manualClock('2026-03-01T08:00:00Z');
  services?.close();
  services = createTestServices({ clock, topicsDir });
  app = createServer(services);
});

describe('study loop over HTTP', () => {
  it('makes every library question a card and introduces core topics first', async () => {
    expect(await stats()).toEqual({ cards_total: 12, due_today: 0, reviews_total: 0, streak_days: 0 });
    const first = await next();
    expect(first.card).toMatchObject({ id: 'act-q1', topicId: '1.2', isNew: true });
    const labels = first.card?.options.map((o) => o.label) ?? [];
    expect(labels.slice(0, 3)).toEqual(['1m', '6m', '10m']);
    expect(labels[3]).toMatch(/^\d+d$/);
    expect(first.counts).toEqual({ newLeft: 12, dueLeft: 0 });
  });

  it('changes reviews_total and due_today the way the scheduler says', async () => {
    await rate('act-q1', 3); // good: due again in 10 minutes, still today
    await rate('act-q2', 4); // easy: due in days
    const s = await stats();
    expect(s.reviews_total).toBe(2);
    expect(s.due_today).toBe(1);
    expect(s.streak_days).toBe(1);
  });

  it('answers a rating with the next card, and shows learning cards again when they fall due', async () => {
    const r = await rate('act-q1', 1);
    expect(r.status).toBe(200);
    expect(r.body.card?.id).toBe('act-q2');
    clock.advance(61_000);
    expect((await next()).card?.id).toBe('act-q1');
  });

  it('respects the daily limit of new cards, then ends with a summary', async () => {
    await call('/api/study/settings', { method: 'PUT', body: { newPerDay: 2 } });
    let r = await next();
    for (const id of ['act-q1', 'act-q2']) {
      expect(r.card?.id).toBe(id);
      r = (await rate(id, 4)).body;
    }
    expect(r.card).toBeNull();
    expect(r.summary).toMatchObject({ reviewedToday: 2, byRating: { easy: 2, again: 0 } });
  });

  it('follows the topics the user chose instead of the layered order', async () => {
    await call('/api/study/settings', { method: 'PUT', body: { focus: ['advanced'] } });
    expect((await next()).card?.id).toBe('rope-q1');
  });

  it('undoes the last rating and shows that card again', async () => {
    await rate('act-q1', 4);
    const undone = await call<ReviewNextResponse>('/api/review/undo?lang=en', { method: 'POST' });
    expect(undone.body.card).toMatchObject({ id: 'act-q1', isNew: true });
    expect((await stats()).reviews_total).toBe(0);
    const again = await call('/api/review/undo', { method: 'POST' });
    expect(again.status).toBe(409);
  });

  it('validates ratings at the edge', async () => {
    expect((await rate('act-q1', 5)).status).toBe(400);
    expect((await rate('no-such-card', 3)).status).toBe(404);
    const bad = await app.request('/api/review/rate', { method: 'POST', headers: { ...loopbackHeaders, 'content-type': 'application/json' }, body: '{not json' });
    expect(bad.status).toBe(400);
  });

  it('draws the dashboard: mastery per category, a year of heatmap, 14 days of forecast', async () => {
    await rate('act-q1', 4);
    const d = (await call<DashboardResponse>('/api/dashboard?lang=en')).body;
    expect(d.heatmap).toHaveLength(365);
    expect(d.heatmap.at(-1)).toEqual({ day: '2026-03-01', count: 1 });
    expect(d.forecast).toHaveLength(14);
    expect(d.forecast.reduce((n, f) => n + f.count, 0)).toBe(1);
    const fundamentals = d.mastery.find((m) => m.categoryId === 'fundamentals');
    expect(fundamentals).toMatchObject({ cards: 8, studied: 1 });
    expect(fundamentals?.mastery).toBeGreaterThan(0);
  });

  it('plans the days to the interview and re-plans after the user falls behind', async () => {
    const none = (await call<PlanResponse>('/api/plan')).body;
    expect(none.plan).toBeNull();
    await call('/api/study/settings', { method: 'PUT', body: { interviewDate: '2026-03-15', minutesPerDay: 30 } });
    const plan = (await call<PlanResponse>('/api/plan')).body.plan;
    expect(plan?.days).toHaveLength(14);
    expect(plan?.newCardsTotal).toBe(12);
    clock.set('2026-03-12T08:00:00Z');
    const later = (await call<PlanResponse>('/api/plan')).body.plan;
    expect(later?.newCardsPerDay).toBeGreaterThan(plan?.newCardsPerDay ?? 0);
    const invalid = await call('/api/study/settings', { method: 'PUT', body: { desiredRetention: 2 } });
    expect(invalid.status).toBe(400);
  });
});

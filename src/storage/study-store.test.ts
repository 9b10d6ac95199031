import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createScheduler, newCardRank } from '../core/scheduling/index.js';
import type { StoredCard, StudyStore } from '../services/ports.js';
import { openDatabase, type Db } from './database.js';
import { createSqliteStudyStore } from './study-store.js';

const t0 = Date.parse('2026-03-01T08:00:00Z');
const scheduler = createScheduler({ desiredRetention: 0.9 });
const card = (id: string, topicId: string, index = 0): StoredCard => ({ id, topicId, newRank: newCardRank(topicId, index), memory: scheduler.newState(new Date(t0)), introducedMs: null });
const rated = (c: StoredCard, rating: 1 | 2 | 3 | 4, atMs: number): StoredCard => ({ ...c, memory: scheduler.rate(c.memory, new Date(atMs), rating), introducedMs: c.introducedMs ?? atMs });

const dir = mkdtempSync(join(tmpdir(), 'llmprep-study-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// One contract, run against every StudyStore implementation we have: SQLite in memory and on disk.
const implementations: [string, () => Db][] = [
  ['SQLite :memory:', () => openDatabase(':memory:')],
  ['SQLite file (WAL)', () => openDatabase(join(dir, `${Math.random().toString(36).slice(2)}.db`))],
];

describe.each(implementations)('StudyStore contract › %s', (_, open) => {
  let store: StudyStore;
  beforeEach(() => {
    store = createSqliteStudyStore(open());
    store.addMissingCards([card('b1', '10.3'), card('a2', '1.2', 1), card('a1', '1.2', 0), card('c1', '1.10')]);
  });

  it('adds only missing cards and keeps the memory of existing ones', () => {
    const first = store.getCard('a1');
    if (!first) throw new Error('missing');
    store.recordRating({ card: first, after: rated(first, 3, t0), rating: 3, atMs: t0, durationMs: 1000 });
    expect(store.addMissingCards([card('a1', '1.2'), card('d1', '2.1')])).toBe(1);
    expect(store.getCard('a1')?.memory.reps).toBe(1);
    expect(store.countCards()).toBe(5);
  });

  it('introduces new cards in layered order, or only from the chosen topics', () => {
    expect(store.nextNew(null)?.id).toBe('a1');
    expect(store.nextNew(['10.3'])?.id).toBe('b1');
    expect(store.countNew(['1.2', '1.10'])).toBe(3);
    expect(store.newCardsPerTopic(null)).toEqual([
      { topicId: '1.2', count: 2 },
      { topicId: '1.10', count: 1 },
      { topicId: '10.3', count: 1 },
    ]);
  });

  it('returns due learned cards by due time and counts them', () => {
    const a1 = store.getCard('a1');
    const a2 = store.getCard('a2');
    if (!a1 || !a2) throw new Error('missing');
    store.recordRating({ card: a1, after: rated(a1, 3, t0), rating: 3, atMs: t0, durationMs: null });
    store.recordRating({ card: a2, after: rated(a2, 1, t0), rating: 1, atMs: t0, durationMs: null });
    expect(store.nextDue(t0)).toBeUndefined();
    expect(store.nextDue(t0 + 60_000)?.id).toBe('a2');
    expect(store.countDue(t0 + 10 * 60_000)).toBe(2);
    expect(store.countIntroducedSince(t0)).toBe(2);
    expect(store.countReviews()).toBe(2);
  });

  it('undo restores the card exactly and appends to the log instead of deleting', () => {
    const a1 = store.getCard('a1');
    if (!a1) throw new Error('missing');
    store.recordRating({ card: a1, after: rated(a1, 4, t0), rating: 4, atMs: t0, durationMs: 500 });
    const last = store.lastRating(0);
    expect(last).toMatchObject({ cardId: 'a1', rating: 4 });
    if (!last) return;
    store.recordUndo(last, t0 + 1000);
    expect(store.getCard('a1')).toEqual(a1);
    expect(store.countReviews()).toBe(0);
    expect(store.lastRating(0)).toBeUndefined();
    expect(store.countIntroducedSince(0)).toBe(0);
  });

  it('groups standing reviews per local day and due cards per day', () => {
    const a1 = store.getCard('a1');
    const c1 = store.getCard('c1');
    if (!a1 || !c1) throw new Error('missing');
    const late = Date.parse('2026-03-01T23:30:00Z');
    store.recordRating({ card: a1, after: rated(a1, 4, late), rating: 4, atMs: late, durationMs: null });
    store.recordRating({ card: c1, after: rated(c1, 3, t0), rating: 3, atMs: t0, durationMs: null });
    expect(Object.fromEntries(store.reviewsPerDay(0, 0))).toEqual({ '2026-03-01': 2 });
    expect(Object.fromEntries(store.reviewsPerDay(0, 480))).toEqual({ '2026-03-01': 1, '2026-03-02': 1 });
    const due = store.dueCountsPerDay(t0, t0 + 30 * 86_400_000, 0);
    expect([...due.values()].reduce((a, b) => a + b, 0)).toBe(2);
    expect(due.get('2026-03-01')).toBe(1);
  });
});

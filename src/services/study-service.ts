import type { RateRequest, ReviewCard, ReviewNextResponse, SessionSummary, StatsResponse, StudySettings } from '../contract/study.js';
import { markdownToPlainText } from '../core/content/index.js';
import { AppError } from '../core/errors.js';
import { createScheduler, dayKey, dayStartMs, addDays, formatInterval, newCardRank, ratingNames, ratings, streakDays, type Scheduler } from '../core/scheduling/index.js';
import { categories, topicsInCategory } from '../core/syllabus/index.js';
import type { Lang } from '../core/syllabus/types.js';
import type { LibraryService } from './library-service.js';
import type { Clock, SettingsStore, StoredCard, StudyStore } from './ports.js';

/** Cards learned within this window may be shown early when nothing else is left (Anki's "learn ahead"). */
const learnAheadMs = 20 * 60_000;
const settingsKey = 'study';

export const defaultStudySettings: StudySettings = { desiredRetention: 0.9, newPerDay: 20, focus: [], interviewDate: null, minutesPerDay: 60 };

export interface StudyDeps {
  readonly store: StudyStore;
  readonly library: LibraryService;
  readonly settings: SettingsStore;
  readonly clock: Clock;
}

/** The shared helpers of the study use cases (the review loop, stats, dashboard and plan build on them). */
export interface StudyContext {
  readonly deps: StudyDeps;
  now(): Date;
  tz(at: Date): number;
  todayKey(now: Date): string;
  todayStartMs(now: Date): number;
  settings(): StudySettings;
  saveSettings(next: StudySettings): void;
  scheduler(): Scheduler;
  /** Make sure every library question has a card (new questions arrive with new content versions). */
  syncCards(): void;
  /** Forget that cards were synced (after a restore replaced the tables). */
  invalidate(): void;
  /** Focus topic ids from the settings (category ids expanded), or null for the layered order. */
  focusTopics(): string[] | null;
  streak(now: Date): number;
  /** New cards still to introduce today: the daily limit minus today's, capped by what is left (in focus). */
  newCardsLeftToday(now: Date): number;
}

export function createStudyContext(deps: StudyDeps): StudyContext {
  let synced = false;
  let cachedScheduler: { retention: number; scheduler: Scheduler } | undefined;
  // The streak up to yesterday cannot change during a day (undo only reaches today's ratings), so it is
  // computed once per day; restore clears it.
  let streakBefore: { today: string; days: number } | undefined;
  const tz = (at: Date): number => deps.clock.tzOffsetMinutes?.(at) ?? 0;
  const settings = (): StudySettings => {
    const raw = deps.settings.get(settingsKey);
    if (!raw) return defaultStudySettings;
    return { ...defaultStudySettings, ...(JSON.parse(raw) as Partial<StudySettings>) };
  };
  const ctx: StudyContext = {
    deps,
    now: () => deps.clock.now(),
    tz,
    todayKey: (now) => dayKey(now.getTime(), tz(now)),
    todayStartMs: (now) => dayStartMs(dayKey(now.getTime(), tz(now)), tz(now)),
    settings,
    saveSettings: (next) => deps.settings.set(settingsKey, JSON.stringify(next)),
    scheduler() {
      const retention = settings().desiredRetention;
      if (cachedScheduler?.retention !== retention) cachedScheduler = { retention, scheduler: createScheduler({ desiredRetention: retention }) };
      return cachedScheduler.scheduler;
    },
    syncCards() {
      if (synced) return;
      const now = deps.clock.now();
      const fresh = createScheduler({ desiredRetention: 0.9 }).newState(now);
      const cards: StoredCard[] = [];
      for (const [topicId, docs] of deps.library.writtenTopics()) {
        docs.zh.questions.forEach((q, i) => cards.push({ id: q.id, topicId, newRank: newCardRank(topicId, i), memory: fresh, introducedMs: null }));
      }
      deps.store.addMissingCards(cards);
      synced = true;
    },
    invalidate() {
      synced = false;
      streakBefore = undefined;
    },
    focusTopics() {
      const focus = settings().focus;
      if (focus.length === 0) return null;
      const ids = new Set<string>();
      for (const f of focus) {
        if (/^\d/.test(f)) ids.add(f);
        else if (categories.some((c) => c.id === f)) for (const t of topicsInCategory(f as (typeof categories)[number]['id'])) ids.add(t.id);
      }
      return [...ids];
    },
    newCardsLeftToday(now) {
      const budget = Math.max(0, settings().newPerDay - deps.store.countIntroducedSince(ctx.todayStartMs(now)));
      return Math.min(budget, deps.store.countNew(ctx.focusTopics()));
    },
    streak(now) {
      const today = ctx.todayKey(now);
      const offset = tz(now);
      const reviewed = (day: string): boolean => deps.store.hasReviewBetween(dayStartMs(day, offset), dayStartMs(addDays(day, 1), offset));
      if (streakBefore?.today !== today) {
        // Walk back one day at a time with an indexed existence check: O(streak), not O(review log).
        const days = new Set<string>();
        for (let day = addDays(today, -1); reviewed(day); day = addDays(day, -1)) days.add(day);
        streakBefore = { today, days: streakDays(days, addDays(today, -1)) };
      }
      return streakBefore.days + (reviewed(today) ? 1 : 0);
    },
  };
  return ctx;
}

export interface StudyService {
  next(lang: Lang): ReviewNextResponse;
  rate(request: RateRequest, lang: Lang): ReviewNextResponse;
  undo(lang: Lang): ReviewNextResponse;
  stats(): StatsResponse;
}

function findQuestion(library: LibraryService, card: StoredCard, lang: Lang) {
  const found = library.question(card.topicId, card.id, lang);
  if (!found) throw new AppError('content/not-found', `question "${card.id}" is no longer in topic ${card.topicId}`);
  return found;
}

/** The review loop: which card comes next, rating it, undoing the last rating, and the day's numbers. */
export function createStudyService(ctx: StudyContext): StudyService {
  const { store, library } = ctx.deps;

  // Plain-text versions of a card for the terminal, converted once per card and language.
  const plainTexts = new Map<string, ReviewCard['text']>();
  const view = (card: StoredCard, now: Date, lang: Lang): ReviewCard => {
    const { question, topicTitle, source } = findQuestion(library, card, lang);
    const textKey = `${card.id}:${lang}`;
    const text = plainTexts.get(textKey) ?? {
      prompt: markdownToPlainText(source.prompt),
      shortAnswer: markdownToPlainText(source.shortAnswer),
      keyPoints: source.keyPoints.map((k) => markdownToPlainText(k.text)),
    };
    plainTexts.set(textKey, text);
    const preview = ctx.scheduler().preview(card.memory, now);
    return {
      id: card.id,
      topicId: card.topicId,
      topicTitle,
      isNew: card.memory.phase === 0,
      promptHtml: question.promptHtml,
      shortAnswerHtml: question.shortAnswerHtml,
      keyPointsHtml: question.keyPoints.map((k) => k.textHtml),
      text,
      options: ratings.map((r) => ({ rating: r, intervalMs: preview[r].intervalMs, label: formatInterval(preview[r].intervalMs) })),
    };
  };

  const pick = (now: Date): StoredCard | undefined => {
    const due = store.nextDue(now.getTime());
    if (due) return due;
    if (ctx.newCardsLeftToday(now) > 0) {
      const fresh = store.nextNew(ctx.focusTopics());
      if (fresh) return fresh;
    }
    return store.nextDue(now.getTime() + learnAheadMs);
  };

  const summary = (now: Date): SessionSummary => {
    const today = ctx.todayStartMs(now);
    const rated = store.ratingsSince(today);
    const byRating = { again: 0, hard: 0, good: 0, easy: 0 };
    for (const r of rated) byRating[ratingNames[r.rating]] += 1;
    const ms = rated.reduce((sum, r) => sum + (r.durationMs ?? 0), 0);
    const nextDue = store.nextDue(Number.MAX_SAFE_INTEGER);
    return { reviewedToday: rated.length, byRating, minutesToday: Math.round(ms / 60_000), nextDueMs: nextDue?.memory.dueMs ?? null, streakDays: ctx.streak(now) };
  };

  const respond = (now: Date, lang: Lang, forced?: StoredCard): ReviewNextResponse => {
    const card = forced ?? pick(now);
    return {
      card: card ? view(card, now, lang) : null,
      counts: { newLeft: ctx.newCardsLeftToday(now), dueLeft: store.countDue(now.getTime()) },
      canUndo: store.lastRating(ctx.todayStartMs(now)) !== undefined,
      summary: card ? null : summary(now),
    };
  };

  return {
    next(lang) {
      ctx.syncCards();
      return respond(ctx.now(), lang);
    },
    rate(request, lang) {
      ctx.syncCards();
      const now = ctx.now();
      const card = store.getCard(request.cardId);
      if (!card) throw new AppError('request/not-found', `no card "${request.cardId}"`);
      const memory = ctx.scheduler().rate(card.memory, now, request.rating);
      const after: StoredCard = { ...card, memory, introducedMs: card.introducedMs ?? now.getTime() };
      store.recordRating({ card, after, rating: request.rating, atMs: now.getTime(), durationMs: request.durationMs ?? null });
      return respond(now, lang);
    },
    undo(lang) {
      const now = ctx.now();
      const last = store.lastRating(ctx.todayStartMs(now));
      if (!last) throw new AppError('study/nothing-to-undo', 'there is no rating from today to undo');
      store.recordUndo(last, now.getTime());
      return respond(now, lang, last.before);
    },
    stats() {
      ctx.syncCards();
      const now = ctx.now();
      const endOfToday = dayStartMs(addDays(ctx.todayKey(now), 1), ctx.tz(now)) - 1;
      return { cards_total: store.countCards(), due_today: store.countDue(endOfToday), reviews_total: store.countReviews(), streak_days: ctx.streak(now) };
    },
  };
}

import type { CategoryMastery, DashboardResponse, PlanResponse, StudySettings } from '../contract/study.js';
import { studySettingsSchema } from '../contract/study.js';
import { AppError } from '../core/errors.js';
import { planStudy } from '../core/planning/index.js';
import { addDays, dayStartMs, groupMastery, type MemoryState } from '../core/scheduling/index.js';
import { categories, findTopic } from '../core/syllabus/index.js';
import type { Lang } from '../core/syllabus/types.js';
import type { StudyContext } from './study-service.js';

export interface ProgressService {
  dashboard(lang: Lang): DashboardResponse;
  plan(): PlanResponse;
  getSettings(): StudySettings;
  updateSettings(patch: Partial<StudySettings>): StudySettings;
}

/** Categories below this mastery are the "weak areas" the plan gives extra time to. */
const weakThreshold = 0.6;

/** The dashboard, the study plan and the study settings: read models over the cards and the review log. */
export function createProgressService(ctx: StudyContext): ProgressService {
  const { store } = ctx.deps;

  const masteryByCategory = (now: Date, lang: Lang): CategoryMastery[] => {
    const scheduler = ctx.scheduler();
    const byCategory = new Map<string, MemoryState[]>();
    for (const card of store.allCards()) {
      const category = findTopic(card.topicId)?.category;
      if (!category) continue;
      const list = byCategory.get(category) ?? [];
      list.push(card.memory);
      byCategory.set(category, list);
    }
    return categories.map((c) => {
      const states = byCategory.get(c.id) ?? [];
      return {
        categoryId: c.id,
        title: c.title[lang],
        tier: c.tier,
        mastery: groupMastery(scheduler, states, now),
        cards: states.length,
        studied: states.filter((s) => s.phase !== 0).length,
      };
    });
  };

  const dailySeries = (counts: Map<string, number>, from: string, days: number): { day: string; count: number }[] =>
    Array.from({ length: days }, (_, i) => {
      const day = addDays(from, i);
      return { day, count: counts.get(day) ?? 0 };
    });

  return {
    dashboard(lang) {
      ctx.syncCards();
      const now = ctx.now();
      const tz = ctx.tz(now);
      const today = ctx.todayKey(now);
      const yearAgo = addDays(today, -364);
      const heat = store.reviewsPerDay(dayStartMs(yearAgo, tz), tz);
      // Overdue cards count today: that is when they will be reviewed.
      const due = store.dueCountsPerDay(dayStartMs(today, tz), dayStartMs(addDays(today, 14), tz), tz);
      const endOfToday = dayStartMs(addDays(today, 1), tz) - 1;
      return {
        today,
        stats: {
          cards_total: store.countCards(),
          due_today: store.countDue(endOfToday),
          reviews_total: store.countReviews(),
          streak_days: ctx.streak(now),
        },
        newToday: ctx.newCardsLeftToday(now),
        mastery: masteryByCategory(now, lang),
        heatmap: dailySeries(heat, yearAgo, 365),
        forecast: dailySeries(due, today, 14),
      };
    },
    plan() {
      ctx.syncCards();
      const settings = ctx.settings();
      const now = ctx.now();
      const tz = ctx.tz(now);
      const today = ctx.todayKey(now);
      if (!settings.interviewDate) return { settings, today, plan: null };
      const end = dayStartMs(settings.interviewDate, tz);
      const scheduled = store.dueCountsPerDay(dayStartMs(today, tz), Math.max(end, dayStartMs(today, tz)), tz);
      const weakAreas = masteryByCategory(now, 'en')
        .filter((m) => m.studied > 0 && m.mastery < weakThreshold)
        .sort((a, b) => a.mastery - b.mastery)
        .map((m) => ({ categoryId: m.categoryId, mastery: m.mastery }));
      const introducedToday = store.countIntroducedSince(ctx.todayStartMs(now));
      const plan = planStudy({
        today,
        interviewDate: settings.interviewDate,
        minutesPerDay: settings.minutesPerDay,
        backlog: store.newCardsPerTopic(ctx.focusTopics()).map((t) => ({ topicId: t.topicId, newCards: t.count })),
        scheduledReviews: scheduled,
        weakAreas,
      });
      // Cards already introduced today are part of today's work, so the calendar shows them too.
      const days = plan.days.map((d, i) => (i === 0 ? { ...d, newCards: d.newCards + introducedToday } : d));
      return { settings, today, plan: { ...plan, days } };
    },
    getSettings: () => ctx.settings(),
    updateSettings(patch) {
      const merged = studySettingsSchema.safeParse({ ...ctx.settings(), ...patch });
      if (!merged.success) throw new AppError('study/invalid-settings', merged.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
      ctx.saveSettings(merged.data);
      return merged.data;
    },
  };
}

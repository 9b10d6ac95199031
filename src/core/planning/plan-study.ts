import { addDays, daysBetween } from '../scheduling/days.js';

/** Remaining new cards of one topic, in the layered order the cards will be introduced. */
export interface TopicBacklog {
  readonly topicId: string;
  readonly newCards: number;
}

export interface PlanInput {
  readonly today: string;
  /** The interview day; the plan covers today up to the day before. */
  readonly interviewDate: string;
  readonly minutesPerDay: number;
  /** New cards still to introduce, topic by topic, core tier first (or the user's chosen topics first). */
  readonly backlog: readonly TopicBacklog[];
  /** Reviews already scheduled by FSRS, per day key (overdue ones counted today). */
  readonly scheduledReviews: ReadonlyMap<string, number>;
  /** Categories to strengthen, weakest first (mastery 0–1). */
  readonly weakAreas: readonly { readonly categoryId: string; readonly mastery: number }[];
  readonly minutesPerNewCard?: number;
  readonly minutesPerReview?: number;
}

export interface PlanDay {
  readonly date: string;
  readonly newTopics: readonly string[];
  readonly newCards: number;
  readonly reviews: number;
  readonly weakArea: string | null;
  readonly weakMinutes: number;
  readonly minutes: number;
  /** Only review and weak areas: the last stretch before the interview. */
  readonly consolidation: boolean;
  readonly overBudget: boolean;
}

export interface StudyPlan {
  readonly days: readonly PlanDay[];
  readonly newCardsTotal: number;
  readonly newCardsPerDay: number;
  /** The last day new cards are introduced, or null when there are none left. */
  readonly lastNewDay: string | null;
  /** Every day fits the minutes per day. */
  readonly feasible: boolean;
  /** Minutes per day the busiest day needs. */
  readonly peakMinutes: number;
}

/**
 * Days after introduction at which a new card typically comes back when answered "good" (FSRS with default
 * weights at 90% retention gives roughly 1, 3, 8, 20 days): used to project the review load new cards add.
 */
const followUpDays = [1, 3, 8, 20];

/**
 * Lay out the days to the interview. The plan is a pure function of the current state, so it re-plans by
 * itself: fall behind and the remaining new cards spread over fewer days; get ahead and each day lightens.
 * The last ~15% of days (at least one when a week or more is left) introduce nothing new and go to review
 * and weak areas, as the strategy says to consolidate before the interview.
 */
export function planStudy(input: PlanInput): StudyPlan {
  const perNew = input.minutesPerNewCard ?? 4;
  const perReview = input.minutesPerReview ?? 1;
  const totalDays = daysBetween(input.today, input.interviewDate);
  const newCardsTotal = input.backlog.reduce((n, t) => n + t.newCards, 0);
  if (totalDays <= 0) return { days: [], newCardsTotal, newCardsPerDay: 0, lastNewDay: null, feasible: false, peakMinutes: 0 };

  const consolidationDays = totalDays >= 7 ? Math.max(1, Math.round(totalDays * 0.15)) : 0;
  const learningDays = totalDays - consolidationDays;
  const newCardsPerDay = newCardsTotal === 0 ? 0 : Math.ceil(newCardsTotal / learningDays);

  const reviews = new Map(input.scheduledReviews);
  const queue = input.backlog.map((t) => ({ ...t }));
  const days: PlanDay[] = [];
  let lastNewDay: string | null = null;
  for (let i = 0; i < totalDays; i += 1) {
    const date = addDays(input.today, i);
    const consolidation = i >= learningDays;
    let newCards = 0;
    const newTopics: string[] = [];
    while (!consolidation && newCards < newCardsPerDay && queue.length > 0) {
      const head = queue[0];
      if (!head) break;
      const take = Math.min(head.newCards, newCardsPerDay - newCards);
      newCards += take;
      head.newCards -= take;
      if (!newTopics.includes(head.topicId)) newTopics.push(head.topicId);
      if (head.newCards === 0) queue.shift();
    }
    if (newCards > 0) lastNewDay = date;
    for (const offset of followUpDays) {
      const later = addDays(date, offset);
      reviews.set(later, (reviews.get(later) ?? 0) + newCards);
    }
    const dueReviews = reviews.get(date) ?? 0;
    const baseMinutes = newCards * perNew + dueReviews * perReview;
    const weak = input.weakAreas.length > 0 ? input.weakAreas[i % input.weakAreas.length] : undefined;
    const spare = Math.max(0, input.minutesPerDay - baseMinutes);
    const weakMinutes = weak ? (consolidation ? spare : Math.min(spare, Math.round(input.minutesPerDay * 0.15))) : 0;
    const minutes = baseMinutes + weakMinutes;
    days.push({
      date,
      newTopics,
      newCards,
      reviews: dueReviews,
      weakArea: weakMinutes > 0 && weak ? weak.categoryId : null,
      weakMinutes,
      minutes,
      consolidation,
      overBudget: minutes > input.minutesPerDay,
    });
  }
  const peakMinutes = Math.max(...days.map((d) => d.minutes));
  return { days, newCardsTotal, newCardsPerDay, lastNewDay, feasible: days.every((d) => !d.overBudget), peakMinutes };
}

import { z } from 'zod';

/** A card as the review screen shows it: front = the question, back = short answer + key points. */
export interface ReviewCard {
  readonly id: string;
  readonly topicId: string;
  readonly topicTitle: string;
  readonly isNew: boolean;
  readonly promptHtml: string;
  readonly shortAnswerHtml: string;
  readonly keyPointsHtml: readonly string[];
  /** The same in plain text (math as Unicode) for the terminal. */
  readonly text: { readonly prompt: string; readonly shortAnswer: string; readonly keyPoints: readonly string[] };
  /** The rating buttons with the interval each would give. */
  readonly options: readonly { rating: 1 | 2 | 3 | 4; intervalMs: number; label: string }[];
}

export interface ReviewCounts {
  readonly newLeft: number;
  readonly dueLeft: number;
}

export interface SessionSummary {
  readonly reviewedToday: number;
  readonly byRating: Record<'again' | 'hard' | 'good' | 'easy', number>;
  readonly minutesToday: number;
  readonly nextDueMs: number | null;
  readonly streakDays: number;
}

/** GET /api/review/next and the answer to a rating: the next card, or null and the summary when done. */
export interface ReviewNextResponse {
  readonly card: ReviewCard | null;
  readonly counts: ReviewCounts;
  readonly canUndo: boolean;
  /** The end-of-session summary, only when there is no card left (it is not free to compute). */
  readonly summary: SessionSummary | null;
}

export const rateRequest = z.object({
  cardId: z.string().min(1).max(200),
  rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  durationMs: z.number().int().min(0).max(86_400_000).optional(),
});
export type RateRequest = z.infer<typeof rateRequest>;

/** `llmprep stats --json` and GET /api/stats (snake_case: the documented CLI contract). */
export interface StatsResponse {
  readonly cards_total: number;
  readonly due_today: number;
  readonly reviews_total: number;
  readonly streak_days: number;
}

export const studySettingsSchema = z.object({
  desiredRetention: z.number().min(0.7).max(0.99),
  newPerDay: z.number().int().min(0).max(500),
  /** Topic ids or category ids to study first; empty = the layered order. */
  focus: z.array(z.string().regex(/^(\d{1,2}\.\d{1,2}|[a-z-]+)$/)).max(200),
  interviewDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  minutesPerDay: z.number().int().min(5).max(1440),
});
export type StudySettings = z.infer<typeof studySettingsSchema>;
export const studySettingsPatch = studySettingsSchema.partial();

export interface CategoryMastery {
  readonly categoryId: string;
  readonly title: string;
  readonly tier: 'core' | 'advanced';
  /** 0–1, see the mastery definition in core/scheduling/mastery.ts. */
  readonly mastery: number;
  readonly cards: number;
  readonly studied: number;
}

export interface DashboardResponse {
  readonly today: string;
  readonly stats: StatsResponse;
  readonly newToday: number;
  readonly mastery: readonly CategoryMastery[];
  /** Reviews per day over the past year, oldest first. */
  readonly heatmap: readonly { day: string; count: number }[];
  /** Cards falling due per day for the next 14 days (today includes overdue). */
  readonly forecast: readonly { day: string; count: number }[];
}

export interface PlanResponse {
  readonly settings: StudySettings;
  readonly today: string;
  readonly plan: {
    readonly days: readonly {
      date: string;
      newTopics: readonly string[];
      newCards: number;
      reviews: number;
      weakArea: string | null;
      weakMinutes: number;
      minutes: number;
      consolidation: boolean;
      overBudget: boolean;
    }[];
    readonly newCardsTotal: number;
    readonly newCardsPerDay: number;
    readonly lastNewDay: string | null;
    readonly feasible: boolean;
    readonly peakMinutes: number;
  } | null;
}

export const backupFileSchema = z.object({
  format: z.literal('llmprep-backup'),
  version: z.literal(1),
  createdAt: z.string(),
  tables: z.record(z.string(), z.array(z.record(z.string(), z.union([z.string(), z.number(), z.null()])))),
});
export type BackupFile = z.infer<typeof backupFileSchema>;

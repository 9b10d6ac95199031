import type { CategoryId, Lang, Tier } from '../core/syllabus/types.js';

/** GET /api/library?lang= — the categories (core tier first) and their topics. */
export interface CatalogResponse {
  readonly lang: Lang;
  readonly categories: readonly CatalogCategory[];
  readonly topicsWritten: number;
  readonly questions: number;
}

export interface CatalogCategory {
  readonly id: CategoryId;
  readonly number: number;
  readonly title: string;
  readonly tier: Tier;
  readonly topics: readonly CatalogTopic[];
}

export interface CatalogTopic {
  readonly id: string;
  readonly slug: string;
  readonly title: string;
  readonly tier: Tier;
  readonly written: boolean;
  readonly questionCount: number;
}

/** GET /api/topics/:id?lang= — one topic with every markdown section rendered to safe HTML on the server. */
export interface TopicResponse {
  readonly id: string;
  readonly slug: string;
  readonly category: CategoryId;
  readonly categoryTitle: string;
  readonly tier: Tier;
  readonly lang: Lang;
  readonly title: string;
  readonly written: boolean;
  readonly overviewHtml: string;
  readonly related: readonly { id: string; title: string }[];
  readonly questions: readonly QuestionView[];
}

export interface QuestionView {
  readonly id: string;
  readonly difficulty: 1 | 2 | 3;
  readonly promptHtml: string;
  readonly shortAnswerHtml: string;
  readonly detailedAnswerHtml: string;
  readonly keyPoints: readonly { id: string; textHtml: string; terms: { zh: readonly string[]; en: readonly string[] } }[];
  readonly followUpsHtml: readonly string[];
  readonly mistakesHtml: readonly string[];
  readonly referencesHtml: readonly string[];
}

export interface HealthResponse {
  readonly ok: true;
  readonly version: string;
}

/** Every error response: {"error":{"code","message"}}. */
export interface ErrorResponse {
  readonly error: { readonly code: string; readonly message: string };
}

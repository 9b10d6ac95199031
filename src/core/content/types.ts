import type { CategoryId, Lang, Tier, TopicId } from '../syllabus/types.js';

export type Difficulty = 1 | 2 | 3;

/** An atomic fact a grader checks for, with the terms (both languages) that show an answer covered it. */
export interface KeyPoint {
  readonly id: string;
  readonly text: string;
  readonly terms: { readonly zh: readonly string[]; readonly en: readonly string[] };
}

export interface Reference {
  /** The whole list item, markdown. */
  readonly markdown: string;
  readonly arxivId: string | undefined;
  readonly url: string | undefined;
}

/** One interview question with every section of its answer (markdown strings). */
export interface Question {
  readonly id: string;
  readonly difficulty: Difficulty;
  readonly prompt: string;
  readonly shortAnswer: string;
  readonly detailedAnswer: string;
  readonly keyPoints: readonly KeyPoint[];
  readonly followUps: readonly string[];
  readonly mistakes: readonly string[];
  readonly references: readonly Reference[];
}

/** One topic file (zh.md or en.md) parsed. */
export interface TopicDoc {
  readonly id: TopicId;
  readonly slug: string;
  readonly category: CategoryId;
  readonly tier: Tier;
  readonly lang: Lang;
  readonly title: string;
  readonly related: readonly TopicId[];
  readonly overview: string;
  readonly questions: readonly Question[];
}

/** A problem found in a content file; line is 1-based (0 when it concerns the whole file). */
export interface ContentIssue {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

export type ParseResult<T> = { ok: true; value: T; issues: [] } | { ok: false; issues: ContentIssue[] };

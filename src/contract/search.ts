import { z } from 'zod';

export const searchQuery = z.object({
  q: z.string().trim().min(1, 'type something to search for').max(200),
  lang: z.enum(['zh', 'en']).default('zh'),
});

export interface SearchHit {
  readonly topicId: string;
  readonly topicTitle: string;
  readonly questionId: string;
  /** The question as plain text (math as Unicode). */
  readonly prompt: string;
  /** A short plain-text excerpt of the answer around the first match. */
  readonly snippet: string;
  readonly score: number;
}

export interface SearchResponse {
  readonly query: string;
  readonly hits: readonly SearchHit[];
}

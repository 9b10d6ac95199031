import { z } from 'zod';

export const gradeRequest = z.object({
  questionId: z.string().regex(/^[a-z0-9-]{1,120}$/, 'a question id is kebab-case'),
  answer: z.string().max(20_000, 'answers are limited to 20,000 characters'),
  lang: z.enum(['zh', 'en']).default('zh'),
  /** terms: the offline rubric check; llm: the configured OpenAI-compatible model grades against the rubric. */
  mode: z.enum(['terms', 'llm']).default('terms'),
});
export type GradeRequest = z.infer<typeof gradeRequest>;

/** POST /api/grade: which rubric key points the answer covered (offline, by terms). */
export interface GradeResponse {
  readonly questionId: string;
  readonly mode: 'terms' | 'llm';
  /** The model's overall feedback (llm mode). */
  readonly feedback: string | null;
  readonly covered: number;
  readonly total: number;
  readonly score: number;
  readonly keyPoints: readonly { id: string; textHtml: string; covered: boolean; matchedTerm: string | null; comment: string | null }[];
}

/** GET /api/llm/settings — the key itself is never sent back to the browser. */
export interface LlmSettingsResponse {
  readonly baseUrl: string;
  readonly model: string;
  readonly hasApiKey: boolean;
  readonly configured: boolean;
}

export const llmSettingsRequest = z.object({
  baseUrl: z.string().trim().url('the base URL looks like http://127.0.0.1:11434/v1').max(500).or(z.literal('')),
  model: z.string().trim().max(200),
  /** Omit to keep the stored key; an empty string removes it. */
  apiKey: z.string().max(500).optional(),
});

import { z } from 'zod';

export const gradeRequest = z.object({
  questionId: z.string().regex(/^[a-z0-9-]{1,120}$/, 'a question id is kebab-case'),
  answer: z.string().max(20_000, 'answers are limited to 20,000 characters'),
  lang: z.enum(['zh', 'en']).default('zh'),
});
export type GradeRequest = z.infer<typeof gradeRequest>;

/** POST /api/grade: which rubric key points the answer covered (offline, by terms). */
export interface GradeResponse {
  readonly questionId: string;
  readonly covered: number;
  readonly total: number;
  readonly score: number;
  readonly keyPoints: readonly { id: string; textHtml: string; covered: boolean; matchedTerm: string | null }[];
}

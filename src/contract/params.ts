import { z } from 'zod';

/** Query ?lang=zh|en (default zh, the primary language). */
export const langQuery = z.object({ lang: z.enum(['zh', 'en']).default('zh') });

/** A syllabus topic id in a path, e.g. "10.3". */
export const topicIdParam = z.object({ id: z.string().regex(/^\d{1,2}\.\d{1,2}$/, 'a topic id looks like "10.3"') });

import type { Lang } from '../syllabus/types.js';

/** The six sections of a question, in the order they must appear. */
export const sectionKeys = ['short', 'detailed', 'keyPoints', 'followUps', 'mistakes', 'references'] as const;
export type SectionKey = (typeof sectionKeys)[number];

/** The `### ` heading text of each section in each language. */
export const sectionHeadings: Record<Lang, Record<SectionKey, string>> = {
  zh: { short: '简答', detailed: '详解', keyPoints: '要点', followUps: '追问', mistakes: '常见错误', references: '参考' },
  en: {
    short: 'Short answer',
    detailed: 'Detailed answer',
    keyPoints: 'Key points',
    followUps: 'Follow-ups',
    mistakes: 'Common mistakes',
    references: 'References',
  },
};

/** The two languages every piece of content and UI text exists in. */
export type Lang = 'zh' | 'en';
export const langs: readonly Lang[] = ['zh', 'en'];

/** A string in both languages. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/** core = topics 1.x–6.x (learn first), advanced = 7.x–10.x, as the source strategy says. */
export type Tier = 'core' | 'advanced';

export type CategoryId =
  | 'fundamentals'
  | 'architecture'
  | 'training'
  | 'inference'
  | 'applications'
  | 'frontier'
  | 'engineering'
  | 'system-design'
  | 'industry'
  | 'advanced';

export interface SyllabusCategory {
  readonly number: number;
  readonly id: CategoryId;
  readonly title: Bilingual;
  readonly tier: Tier;
}

/** A syllabus topic id such as "10.3". */
export type TopicId = string;

export interface SyllabusTopic {
  readonly id: TopicId;
  readonly slug: string;
  readonly category: CategoryId;
  readonly title: Bilingual;
}

import { z } from 'zod';

export interface PaperSummary {
  readonly slug: string;
  readonly title: string;
  readonly authors: string;
  readonly year: number;
  readonly arxiv: string;
  readonly topics: readonly { id: string; title: string }[];
  readonly checklistTotal: number;
  readonly checklistDone: number;
}

export interface PaperView extends PaperSummary {
  /** Each section rendered to safe HTML, in reading order, with its heading in the requested language. */
  readonly sections: readonly { key: string; heading: string; html: string }[];
  readonly checklist: readonly { id: string; textHtml: string; done: boolean }[];
}

export const paperSlugParam = z.object({ slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a paper slug is kebab-case') });
export const checklistUpdate = z.object({ itemId: z.string().regex(/^[a-z0-9-]{1,80}$/), done: z.boolean() });

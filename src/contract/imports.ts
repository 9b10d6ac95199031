import { z } from 'zod';

export const importRequest = z.object({
  files: z
    .array(z.object({ name: z.string().min(1).max(300), text: z.string().max(5_000_000, 'a file is limited to 5 MB') }))
    .min(1, 'choose at least one markdown file')
    .max(500),
});

export type ImportRequest = z.infer<typeof importRequest>;

export interface ImportResult {
  readonly sourceId: number;
  readonly name: string;
  readonly found: number;
  readonly added: number;
  readonly duplicates: number;
}

export interface ImportSourceView {
  readonly id: number;
  readonly name: string;
  readonly importedAt: string;
  readonly items: number;
}

export interface ImportedItemView {
  readonly id: number;
  readonly promptHtml: string;
  readonly answerHtml: string;
  readonly section: string;
  readonly topic: { id: string; title: string } | null;
}

export interface ImportSourceDetail extends ImportSourceView {
  readonly itemList: readonly ImportedItemView[];
}

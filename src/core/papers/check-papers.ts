import type { MarkdownIt } from 'markdown-it';
import { checkMarkdown } from '../content/check-markdown.js';
import type { ContentIssue, TopicSources } from '../content/index.js';
import type { Lang } from '../syllabus/types.js';
import { parsePaper, paperSectionKeys, type PaperDoc } from './parse-paper.js';

export interface PaperCheck {
  readonly issues: readonly ContentIssue[];
  readonly papers: ReadonlyMap<string, Record<Lang, PaperDoc>>;
}

/** Check every close-reading guide: strict parse, formulas and links render, zh/en agree on facts and checklist. */
export function checkPapers(md: MarkdownIt, folders: readonly TopicSources[], options: { verifyMarkdown: boolean } = { verifyMarkdown: true }): PaperCheck {
  const issues: ContentIssue[] = [];
  const papers = new Map<string, Record<Lang, PaperDoc>>();
  for (const { folder, files } of folders) {
    const parsed: Partial<Record<Lang, PaperDoc>> = {};
    for (const lang of ['zh', 'en'] as const) {
      const file = `content/papers/${folder}/${lang}.md`;
      const source = files[lang];
      if (source === undefined) {
        issues.push({ file, line: 0, message: `missing ${lang}.md` });
        continue;
      }
      const r = parsePaper({ source, lang, file, folder });
      if (!r.ok) {
        issues.push(...r.issues);
        continue;
      }
      if (options.verifyMarkdown) {
        const texts = [...paperSectionKeys.map((k) => r.value.sections[k])];
        for (const text of texts) for (const message of checkMarkdown(md, text)) issues.push({ file, line: 0, message });
      }
      parsed[lang] = r.value;
    }
    const { zh, en } = parsed;
    if (!zh || !en) continue;
    const base = `content/papers/${folder}`;
    const before = issues.length;
    if (zh.arxiv !== en.arxiv || zh.year !== en.year || zh.topics.join() !== en.topics.join()) issues.push({ file: base, line: 0, message: 'zh and en disagree on arxiv, year or topics' });
    if (zh.checklist.map((c) => c.id).join() !== en.checklist.map((c) => c.id).join()) issues.push({ file: base, line: 0, message: 'zh and en checklist ids differ' });
    if (issues.length === before) papers.set(folder, { zh, en });
  }
  return { issues, papers };
}

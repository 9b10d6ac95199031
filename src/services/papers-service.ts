import type { PaperSummary, PaperView } from '../contract/papers.js';
import { createMarkdown } from '../core/content/index.js';
import { AppError } from '../core/errors.js';
import { checkPapers, paperSectionHeadings, paperSectionKeys, type PaperDoc } from '../core/papers/index.js';
import { findTopic } from '../core/syllabus/index.js';
import type { Lang } from '../core/syllabus/types.js';
import type { ContentSource, SettingsStore } from './ports.js';

export interface PapersService {
  list(lang: Lang): PaperSummary[];
  paper(slug: string, lang: Lang): PaperView;
  /** Tick or untick a reading-checklist item; returns the updated view. */
  setChecked(slug: string, itemId: string, done: boolean, lang: Lang): PaperView;
}

const progressKey = 'papers.progress';

/** Close reading of classic papers: the guides (parsed once) and the reader's checklist progress. */
export function createPapersService(deps: { source: ContentSource; settings: SettingsStore }): PapersService {
  const md = createMarkdown();
  let papers: ReadonlyMap<string, Record<Lang, PaperDoc>> | undefined;
  const load = () => (papers ??= checkPapers(md, deps.source.readPaperSources(), { verifyMarkdown: false }).papers);
  const progress = (): Record<string, string[]> => JSON.parse(deps.settings.get(progressKey) ?? '{}') as Record<string, string[]>;
  const get = (slug: string, lang: Lang): PaperDoc => {
    const doc = load().get(slug)?.[lang];
    if (!doc) throw new AppError('request/not-found', `no paper "${slug}"`);
    return doc;
  };
  const summary = (doc: PaperDoc, lang: Lang): PaperSummary => {
    const done = new Set(progress()[doc.slug] ?? []);
    return {
      slug: doc.slug,
      title: doc.title,
      authors: doc.authors,
      year: doc.year,
      arxiv: doc.arxiv,
      topics: doc.topics.flatMap((id) => {
        const t = findTopic(id);
        return t ? [{ id, title: t.title[lang] }] : [];
      }),
      checklistTotal: doc.checklist.length,
      checklistDone: doc.checklist.filter((c) => done.has(c.id)).length,
    };
  };
  const view = (slug: string, lang: Lang): PaperView => {
    const doc = get(slug, lang);
    const done = new Set(progress()[slug] ?? []);
    return {
      ...summary(doc, lang),
      sections: paperSectionKeys.filter((k) => k !== 'checklist').map((k) => ({ key: k, heading: paperSectionHeadings[lang][k], html: md.render(doc.sections[k]) })),
      checklist: doc.checklist.map((c) => ({ id: c.id, textHtml: md.renderInline(c.text), done: done.has(c.id) })),
    };
  };
  return {
    list: (lang) => [...load().values()].map((byLang) => summary(byLang[lang], lang)).sort((a, b) => a.year - b.year || a.title.localeCompare(b.title)),
    paper: view,
    setChecked(slug, itemId, done, lang) {
      const doc = get(slug, lang);
      if (!doc.checklist.some((c) => c.id === itemId)) throw new AppError('request/not-found', `paper "${slug}" has no checklist item "${itemId}"`);
      const all = progress();
      const items = new Set(all[slug] ?? []);
      if (done) items.add(itemId);
      else items.delete(itemId);
      all[slug] = [...items].sort();
      deps.settings.set(progressKey, JSON.stringify(all));
      return view(slug, lang);
    },
  };
}

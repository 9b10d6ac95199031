import type { ImportRequest, ImportResult, ImportSourceDetail, ImportSourceView } from '../contract/imports.js';
import { AppError } from '../core/errors.js';
import { contentHash, createImportMarkdown, parseCollection } from '../core/imports/index.js';
import { findTopic } from '../core/syllabus/index.js';
import type { Lang } from '../core/syllabus/types.js';
import type { Clock, ImportStore } from './ports.js';
import type { SearchService } from './search-service.js';

export interface ImportService {
  /** Parse markdown files from another collection and store their questions (duplicates skipped). */
  importFiles(request: ImportRequest): ImportResult;
  sources(): ImportSourceView[];
  source(id: number, lang: Lang): ImportSourceDetail;
  deleteSource(id: number): void;
}

const cjk = /[\u4e00-\u9fff]/u;

export function createImportService(deps: { store: ImportStore; search: SearchService; clock: Clock }): ImportService {
  const md = createImportMarkdown();
  /** The syllabus topic whose questions best match, by the library's own search. */
  const suggestTopic = (prompt: string): string | null => {
    const lang: Lang = cjk.test(prompt) ? 'zh' : 'en';
    try {
      return deps.search.search(prompt.slice(0, 200), lang).hits[0]?.topicId ?? null;
    } catch {
      return null;
    }
  };
  return {
    importFiles({ files }) {
      const items = files.flatMap((f) => parseCollection(f.text));
      const name = files.length === 1 ? (files[0]?.name ?? 'import') : `${files[0]?.name ?? 'import'} (+${files.length - 1} files)`;
      if (items.length === 0) throw new AppError('request/invalid', `no questions found in ${name}: expected headings or list items that are questions`);
      const { sourceId, added } = deps.store.addSource({
        name,
        importedAt: deps.clock.now().toISOString(),
        items: items.map((i) => ({ ...i, topicId: suggestTopic(i.prompt), contentHash: contentHash(`${i.prompt}\n${i.answer}`) })),
      });
      return { sourceId, name, found: items.length, added, duplicates: items.length - added };
    },
    sources: () => deps.store.sources(),
    source(id, lang) {
      const view = deps.store.sources().find((s) => s.id === id);
      if (!view) throw new AppError('request/not-found', `no import ${id}`);
      return {
        ...view,
        itemList: deps.store.items(id).map((i) => {
          const topic = i.topicId ? findTopic(i.topicId) : undefined;
          return { id: i.id, promptHtml: md.renderInline(i.prompt), answerHtml: i.answer ? md.render(i.answer) : '', section: i.section, topic: topic ? { id: topic.id, title: topic.title[lang] } : null };
        }),
      };
    },
    deleteSource(id) {
      if (!deps.store.deleteSource(id)) throw new AppError('request/not-found', `no import ${id}`);
    },
  };
}

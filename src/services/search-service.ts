import MiniSearch from 'minisearch';
import type { SearchHit, SearchResponse } from '../contract/search.js';
import { markdownToPlainText } from '../core/content/index.js';
import { tokenize } from '../core/search/tokenize.js';
import type { Lang } from '../core/syllabus/types.js';
import type { LibraryService } from './library-service.js';

interface Doc {
  id: string;
  topicId: string;
  topicTitle: string;
  questionId: string;
  prompt: string;
  short: string;
  keyPoints: string;
  terms: string;
  detailed: string;
}

export interface SearchService {
  search(query: string, lang: Lang): SearchResponse;
  /** Build the index of a language now (at start-up) instead of on the first query. */
  warm(lang: Lang): void;
}

const maxHits = 30;

/** A snippet of `text` around the first query token it contains. */
function snippetOf(text: string, tokens: readonly string[]): string {
  const lower = text.toLowerCase();
  const at = tokens.map((t) => lower.indexOf(t)).filter((i) => i >= 0).sort((a, b) => a - b)[0] ?? 0;
  const start = Math.max(0, at - 60);
  const piece = text.slice(start, start + 180).replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '…' : ''}${piece}${start + 180 < text.length ? '…' : ''}`;
}

/**
 * Full-text search over the library, one index per language, built on first use. Questions are the unit;
 * matches in the question and the key-point terms weigh more than matches deep in the detailed answer.
 */
export function createSearchService(library: LibraryService): SearchService {
  const indexes = new Map<Lang, { index: MiniSearch<Doc>; docs: Map<string, Doc> }>();
  const build = (lang: Lang) => {
    const index = new MiniSearch<Doc>({
      // The detailed answers are left out of the index: they are most of the text (and of the build time, with
      // Chinese bigrams), while a question's prompt, short answer, key points and terms say what it is about.
      fields: ['prompt', 'short', 'keyPoints', 'terms', 'topicTitle'],
      storeFields: [],
      tokenize,
      processTerm: (term) => term,
      searchOptions: { boost: { prompt: 3, terms: 2, keyPoints: 2, topicTitle: 1.5, short: 1.5 }, prefix: (term) => term.length >= 3 && !/[\u4e00-\u9fff]/u.test(term), combineWith: 'AND' },
    });
    const docs = new Map<string, Doc>();
    for (const [topicId, byLang] of library.writtenTopics()) {
      const doc = byLang[lang];
      for (const q of doc.questions) {
        const entry: Doc = {
          id: q.id,
          topicId,
          topicTitle: doc.title,
          questionId: q.id,
          prompt: markdownToPlainText(q.prompt),
          short: markdownToPlainText(q.shortAnswer),
          keyPoints: q.keyPoints.map((k) => markdownToPlainText(k.text)).join(' '),
          terms: q.keyPoints.flatMap((k) => [...k.terms.zh, ...k.terms.en]).join(' '),
          detailed: markdownToPlainText(q.detailedAnswer),
        };
        docs.set(q.id, entry);
      }
    }
    index.addAll([...docs.values()]);
    return { index, docs };
  };
  const indexFor = (lang: Lang) => {
    let built = indexes.get(lang);
    if (!built) {
      built = build(lang);
      indexes.set(lang, built);
    }
    return built;
  };
  return {
    warm: (lang) => void indexFor(lang),
    search(query, lang) {
      const built = indexFor(lang);
      const tokens = tokenize(query);
      if (tokens.length === 0) return { query, hits: [] };
      let results = built.index.search(query);
      // Every token must match by default; if that finds nothing, fall back to any token.
      if (results.length === 0) results = built.index.search(query, { combineWith: 'OR' });
      const hits: SearchHit[] = results.slice(0, maxHits).flatMap((r) => {
        const doc = built.docs.get(String(r.id));
        if (!doc) return [];
        return [{ topicId: doc.topicId, topicTitle: doc.topicTitle, questionId: doc.questionId, prompt: doc.prompt, snippet: snippetOf(`${doc.short} ${doc.detailed}`, tokens), score: r.score }];
      });
      return { query, hits };
    },
  };
}

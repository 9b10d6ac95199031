import { loadContent } from './content-check.js';
import type { ContentSource } from './ports.js';
import { createMarkdown, type LibraryCheck, type Question, type TopicDoc } from '../core/content/index.js';
import { categories, findTopic, categoryOf, tierOf, topicsInCategory } from '../core/syllabus/index.js';
import type { Lang } from '../core/syllabus/types.js';
import { AppError } from '../core/errors.js';
import type { CatalogResponse, QuestionView, TopicResponse } from '../contract/library.js';

export interface LibraryService {
  catalog(lang: Lang): CatalogResponse;
  topic(id: string, lang: Lang): TopicResponse;
  /** One question rendered (cached per question): the review screen needs one card, not its whole topic. */
  question(topicId: string, questionId: string, lang: Lang): { question: QuestionView; topicTitle: string; source: Question } | undefined;
  /** Parsed topics (both languages) that passed the content check, for other use cases (cards, search). */
  writtenTopics(): ReadonlyMap<string, Record<Lang, TopicDoc>>;
}

/**
 * The library use cases. Content is parsed strictly once, on first use, then kept: it is bundled data that
 * changes only with a new version. Formulas are rendered per topic or question when first asked for; that every
 * formula renders is checked by `content check` in CI, not at every start.
 */
export function createLibraryService(source: ContentSource): LibraryService {
  const md = createMarkdown();
  let loaded: LibraryCheck | undefined;
  const rendered = new Map<string, TopicResponse>();
  const renderedQuestions = new Map<string, QuestionView>();
  const load = (): LibraryCheck => (loaded ??= loadContent(source));
  const block = (text: string): string => md.render(text);
  const inline = (text: string): string => md.renderInline(text);

  const questionView = (q: Question): QuestionView => ({
    id: q.id,
    difficulty: q.difficulty,
    promptHtml: inline(q.prompt),
    shortAnswerHtml: block(q.shortAnswer),
    detailedAnswerHtml: block(q.detailedAnswer),
    keyPoints: q.keyPoints.map((k) => ({ id: k.id, textHtml: inline(k.text), terms: k.terms })),
    followUpsHtml: q.followUps.map(inline),
    mistakesHtml: q.mistakes.map(inline),
    referencesHtml: q.references.map((r) => inline(r.markdown)),
  });

  return {
    catalog(lang) {
      const check = load();
      return {
        lang,
        topicsWritten: check.topicsWritten,
        questions: check.questions,
        categories: categories.map((c) => ({
          id: c.id,
          number: c.number,
          title: c.title[lang],
          tier: c.tier,
          topics: topicsInCategory(c.id).map((t) => {
            const doc = check.topics.get(t.id)?.[lang];
            return { id: t.id, slug: t.slug, title: doc?.title ?? t.title[lang], tier: tierOf(t.id), written: doc !== undefined, questionCount: doc?.questions.length ?? 0 };
          }),
        })),
      };
    },
    topic(id, lang) {
      const key = `${id}:${lang}`;
      const cached = rendered.get(key);
      if (cached) return cached;
      const topic = findTopic(id);
      if (!topic) throw new AppError('request/not-found', `no syllabus topic "${id}"`);
      const doc = load().topics.get(id)?.[lang];
      const view: TopicResponse = {
        id: topic.id,
        slug: topic.slug,
        category: topic.category,
        categoryTitle: categoryOf(topic).title[lang],
        tier: tierOf(topic.id),
        lang,
        title: doc?.title ?? topic.title[lang],
        written: doc !== undefined,
        overviewHtml: doc ? block(doc.overview) : '',
        related: (doc?.related ?? []).flatMap((r) => {
          const t = findTopic(r);
          return t ? [{ id: t.id, title: t.title[lang] }] : [];
        }),
        questions: doc ? doc.questions.map(questionView) : [],
      };
      rendered.set(key, view);
      return view;
    },
    question(topicId, questionId, lang) {
      const doc = load().topics.get(topicId)?.[lang];
      const source = doc?.questions.find((q) => q.id === questionId);
      if (!doc || !source) return undefined;
      const key = `${questionId}:${lang}`;
      let view = renderedQuestions.get(key);
      if (!view) {
        view = questionView(source);
        renderedQuestions.set(key, view);
      }
      return { question: view, topicTitle: doc.title, source };
    },
    writtenTopics: () => load().topics,
  };
}

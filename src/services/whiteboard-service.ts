import type { z } from 'zod';
import type { DesignQuestion, WhiteboardView, whiteboardSave } from '../contract/whiteboards.js';
import { AppError } from '../core/errors.js';
import { topicsInCategory } from '../core/syllabus/index.js';
import type { Lang } from '../core/syllabus/types.js';
import type { LibraryService } from './library-service.js';
import type { Clock, WhiteboardStore } from './ports.js';

export interface WhiteboardService {
  /** Every system-design question (category 8), with whether it has a drawing. */
  questions(lang: Lang): DesignQuestion[];
  open(questionId: string, lang: Lang): WhiteboardView;
  save(questionId: string, board: z.infer<typeof whiteboardSave>, lang: Lang): { updatedAt: string };
}

/** System-design practice: a whiteboard per design question, next to its module checklist. */
export function createWhiteboardService(deps: { library: LibraryService; store: WhiteboardStore; clock: Clock }): WhiteboardService {
  const designTopicIds = (): string[] => topicsInCategory('system-design').map((t) => t.id);
  const find = (questionId: string, lang: Lang) => {
    for (const topicId of designTopicIds()) {
      const found = deps.library.question(topicId, questionId, lang);
      if (found) return { topicId, ...found };
    }
    throw new AppError('request/not-found', `no system-design question "${questionId}"`);
  };
  return {
    questions(lang) {
      return designTopicIds().flatMap((topicId) => {
        const doc = deps.library.writtenTopics().get(topicId)?.[lang];
        if (!doc) return [];
        return doc.questions.map((q) => ({
          questionId: q.id,
          topicId,
          topicTitle: doc.title,
          promptHtml: deps.library.question(topicId, q.id, lang)?.question.promptHtml ?? '',
          drawn: deps.store.get(q.id) !== undefined,
        }));
      });
    },
    open(questionId, lang) {
      const { topicId, topicTitle, question } = find(questionId, lang);
      const saved = deps.store.get(questionId);
      const checked = new Set(saved?.checked ?? []);
      return {
        questionId,
        topicId,
        topicTitle,
        promptHtml: question.promptHtml,
        shortAnswerHtml: question.shortAnswerHtml,
        detailedAnswerHtml: question.detailedAnswerHtml,
        checklist: question.keyPoints.map((k) => ({ id: k.id, textHtml: k.textHtml, checked: checked.has(k.id) })),
        scene: saved ? (JSON.parse(saved.scene) as WhiteboardView['scene']) : null,
        updatedAt: saved?.updatedAt ?? null,
      };
    },
    save(questionId, board, lang) {
      const { question } = find(questionId, lang);
      const known = new Set(question.keyPoints.map((k) => k.id));
      const unknown = board.checked.find((id) => !known.has(id));
      if (unknown) throw new AppError('request/invalid', `"${unknown}" is not on this question's module checklist`);
      const updatedAt = deps.clock.now().toISOString();
      deps.store.save({ questionId, scene: JSON.stringify(board.scene), checked: board.checked, updatedAt });
      return { updatedAt };
    },
  };
}

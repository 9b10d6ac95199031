import type { GradeRequest, GradeResponse } from '../contract/grading.js';
import { AppError } from '../core/errors.js';
import { gradeAnswer } from '../core/grading/index.js';
import type { LibraryService } from './library-service.js';

export interface GradingService {
  /** Grade an answer to one library question against its key-point rubric. */
  grade(request: GradeRequest): GradeResponse;
}

export function createGradingService(library: LibraryService): GradingService {
  let topicOfQuestion: Map<string, string> | undefined;
  const topicOf = (questionId: string): string | undefined => {
    topicOfQuestion ??= new Map([...library.writtenTopics()].flatMap(([topicId, byLang]) => byLang.zh.questions.map((q) => [q.id, topicId] as const)));
    return topicOfQuestion.get(questionId);
  };
  return {
    grade({ questionId, answer, lang }) {
      const topicId = topicOf(questionId);
      const found = topicId ? library.question(topicId, questionId, lang) : undefined;
      if (!found) throw new AppError('request/not-found', `no question "${questionId}"`);
      const grade = gradeAnswer(answer, found.source.keyPoints);
      const html = new Map(found.question.keyPoints.map((k) => [k.id, k.textHtml]));
      return {
        questionId,
        covered: grade.covered,
        total: grade.total,
        score: grade.score,
        keyPoints: grade.keyPoints.map((k) => ({ id: k.id, textHtml: html.get(k.id) ?? '', covered: k.covered, matchedTerm: k.matchedTerm })),
      };
    },
  };
}

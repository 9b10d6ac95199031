import type { GradeRequest, GradeResponse, LlmSettingsResponse } from '../contract/grading.js';
import { AppError } from '../core/errors.js';
import { gradeAnswer } from '../core/grading/index.js';
import { markdownToPlainText } from '../core/content/index.js';
import type { LibraryService } from './library-service.js';
import type { LlmConfig, LlmGrader, SettingsStore } from './ports.js';

export interface GradingService {
  /** Grade an answer to one library question against its key-point rubric (offline terms, or the configured LLM). */
  grade(request: GradeRequest): Promise<GradeResponse>;
  llmSettings(): LlmSettingsResponse;
  saveLlmSettings(update: { baseUrl: string; model: string; apiKey?: string | undefined }): LlmSettingsResponse;
}

/** Settings keys; "secret." rows stay on this machine: backups neither export nor replace them. */
const keys = { baseUrl: 'llm.baseUrl', model: 'llm.model', apiKey: 'secret.llm.apiKey' } as const;

export function createGradingService(deps: { library: LibraryService; settings: SettingsStore; llm: LlmGrader }): GradingService {
  const { library, settings } = deps;
  let topicOfQuestion: Map<string, string> | undefined;
  const find = (questionId: string, lang: 'zh' | 'en') => {
    topicOfQuestion ??= new Map([...library.writtenTopics()].flatMap(([topicId, byLang]) => byLang.zh.questions.map((q) => [q.id, topicId] as const)));
    const topicId = topicOfQuestion.get(questionId);
    const found = topicId ? library.question(topicId, questionId, lang) : undefined;
    if (!found) throw new AppError('request/not-found', `no question "${questionId}"`);
    return found;
  };
  const config = (): LlmConfig | undefined => {
    const baseUrl = settings.get(keys.baseUrl) ?? '';
    const model = settings.get(keys.model) ?? '';
    return baseUrl && model ? { baseUrl, model, apiKey: settings.get(keys.apiKey) ?? '' } : undefined;
  };
  const llmSettings = (): LlmSettingsResponse => ({
    baseUrl: settings.get(keys.baseUrl) ?? '',
    model: settings.get(keys.model) ?? '',
    hasApiKey: (settings.get(keys.apiKey) ?? '') !== '',
    configured: config() !== undefined,
  });

  return {
    async grade({ questionId, answer, lang, mode }) {
      const found = find(questionId, lang);
      const html = new Map(found.question.keyPoints.map((k) => [k.id, k.textHtml]));
      if (mode === 'terms') {
        const grade = gradeAnswer(answer, found.source.keyPoints);
        return {
          questionId,
          mode,
          feedback: null,
          covered: grade.covered,
          total: grade.total,
          score: grade.score,
          keyPoints: grade.keyPoints.map((k) => ({ id: k.id, textHtml: html.get(k.id) ?? '', covered: k.covered, matchedTerm: k.matchedTerm, comment: null })),
        };
      }
      const llm = config();
      if (!llm) throw new AppError('llm/not-configured', 'no LLM is configured: set a base URL and a model in Settings');
      const verdict = await deps.llm.grade(llm, {
        lang,
        question: markdownToPlainText(found.source.prompt),
        referenceAnswer: markdownToPlainText(`${found.source.shortAnswer}\n\n${found.source.detailedAnswer}`),
        keyPoints: found.source.keyPoints.map((k) => ({ id: k.id, text: markdownToPlainText(k.text) })),
        answer,
      });
      const covered = verdict.keyPoints.filter((k) => k.covered).length;
      return {
        questionId,
        mode,
        feedback: verdict.feedback,
        covered,
        total: verdict.keyPoints.length,
        score: verdict.keyPoints.length === 0 ? 0 : covered / verdict.keyPoints.length,
        keyPoints: verdict.keyPoints.map((k) => ({ id: k.id, textHtml: html.get(k.id) ?? '', covered: k.covered, matchedTerm: null, comment: k.comment })),
      };
    },
    llmSettings,
    saveLlmSettings(update) {
      settings.set(keys.baseUrl, update.baseUrl);
      settings.set(keys.model, update.model);
      if (update.apiKey !== undefined) settings.set(keys.apiKey, update.apiKey);
      return llmSettings();
    },
  };
}

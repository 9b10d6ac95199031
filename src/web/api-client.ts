import type { CatalogResponse, ErrorResponse, TopicResponse } from '../contract/library.js';
import type { DashboardResponse, PlanResponse, ReviewNextResponse, StudySettings } from '../contract/study.js';
import type { ExerciseDetail, ExerciseListResponse, RunMode, RunVerdict } from '../contract/exercises.js';
import type { SearchResponse } from '../contract/search.js';
import type { GradeResponse, LlmSettingsResponse } from '../contract/grading.js';
import type { ImportResult, ImportSourceDetail, ImportSourceView } from '../contract/imports.js';
import type { PaperSummary, PaperView } from '../contract/papers.js';
import type { DesignQuestion, WhiteboardView } from '../contract/whiteboards.js';
import type { Lang } from '../core/syllabus/types.js';

/** An API error with the server's code, shown to the user in their language by the page. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** GET or POST JSON against the app's own server (same origin; nothing else is ever contacted). */
export async function requestJson<T>(path: string, init?: { method?: string; body?: unknown }): Promise<T> {
  const response = await fetch(path, {
    method: init?.method ?? 'GET',
    headers: init?.body === undefined ? {} : { 'content-type': 'application/json' },
    body: init?.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const data: unknown = await response.json();
  if (!response.ok) {
    const error = (data as ErrorResponse).error;
    throw new ApiError(error?.code ?? 'internal', error?.message ?? response.statusText, response.status);
  }
  return data as T;
}

export const api = {
  exercises: (lang: Lang) => requestJson<ExerciseListResponse>(`/api/exercises?lang=${lang}`),
  exercise: (slug: string, lang: Lang) => requestJson<ExerciseDetail>(`/api/exercises/${encodeURIComponent(slug)}?lang=${lang}`),
  runExercise: (slug: string, body: { code: string; mode: RunMode }) => requestJson<RunVerdict>(`/api/exercises/${encodeURIComponent(slug)}/run`, { method: 'POST', body }),
  saveExerciseCode: (slug: string, code: string) => requestJson<{ ok: true }>(`/api/exercises/${encodeURIComponent(slug)}/code`, { method: 'PUT', body: { code } }),
  grade: (questionId: string, answer: string, lang: Lang, mode: 'terms' | 'llm' = 'terms') => requestJson<GradeResponse>('/api/grade', { method: 'POST', body: { questionId, answer, lang, mode } }),
  designQuestions: (lang: Lang) => requestJson<DesignQuestion[]>(`/api/whiteboards?lang=${lang}`),
  whiteboard: (questionId: string, lang: Lang) => requestJson<WhiteboardView>(`/api/whiteboards/${encodeURIComponent(questionId)}?lang=${lang}`),
  saveWhiteboard: (questionId: string, body: { scene: { elements: unknown[]; files?: Record<string, unknown> }; checked: string[] }, lang: Lang) =>
    requestJson<{ updatedAt: string }>(`/api/whiteboards/${encodeURIComponent(questionId)}?lang=${lang}`, { method: 'PUT', body }),
  papers: (lang: Lang) => requestJson<PaperSummary[]>(`/api/papers?lang=${lang}`),
  paper: (slug: string, lang: Lang) => requestJson<PaperView>(`/api/papers/${encodeURIComponent(slug)}?lang=${lang}`),
  checkPaperItem: (slug: string, itemId: string, done: boolean, lang: Lang) => requestJson<PaperView>(`/api/papers/${encodeURIComponent(slug)}/checklist?lang=${lang}`, { method: 'PUT', body: { itemId, done } }),
  importFiles: (files: { name: string; text: string }[]) => requestJson<ImportResult>('/api/imports', { method: 'POST', body: { files } }),
  imports: () => requestJson<ImportSourceView[]>('/api/imports'),
  importSource: (id: number, lang: Lang) => requestJson<ImportSourceDetail>(`/api/imports/${id}?lang=${lang}`),
  deleteImport: (id: number) => requestJson<{ ok: true }>(`/api/imports/${id}`, { method: 'DELETE' }),
  llmSettings: () => requestJson<LlmSettingsResponse>('/api/llm/settings'),
  saveLlmSettings: (body: { baseUrl: string; model: string; apiKey?: string }) => requestJson<LlmSettingsResponse>('/api/llm/settings', { method: 'PUT', body }),
  search: (q: string, lang: Lang) => requestJson<SearchResponse>(`/api/search?lang=${lang}&q=${encodeURIComponent(q)}`),
  catalog: (lang: Lang) => requestJson<CatalogResponse>(`/api/library?lang=${lang}`),
  topic: (id: string, lang: Lang) => requestJson<TopicResponse>(`/api/topics/${encodeURIComponent(id)}?lang=${lang}`),
  reviewNext: (lang: Lang) => requestJson<ReviewNextResponse>(`/api/review/next?lang=${lang}`),
  rate: (lang: Lang, body: { cardId: string; rating: 1 | 2 | 3 | 4; durationMs: number }) => requestJson<ReviewNextResponse>(`/api/review/rate?lang=${lang}`, { method: 'POST', body }),
  undo: (lang: Lang) => requestJson<ReviewNextResponse>(`/api/review/undo?lang=${lang}`, { method: 'POST' }),
  dashboard: (lang: Lang) => requestJson<DashboardResponse>(`/api/dashboard?lang=${lang}`),
  plan: () => requestJson<PlanResponse>('/api/plan'),
  restoreBackup: (backup: unknown) => requestJson<{ tables: number; rows: number }>('/api/backup/restore', { method: 'POST', body: backup }),
  saveStudySettings: (patch: Partial<StudySettings>) => requestJson<StudySettings>('/api/study/settings', { method: 'PUT', body: patch }),
};

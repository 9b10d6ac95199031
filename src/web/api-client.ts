import type { CatalogResponse, ErrorResponse, TopicResponse } from '../contract/library.js';
import type { ExerciseDetail, ExerciseListResponse, RunMode, RunVerdict } from '../contract/exercises.js';
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
  catalog: (lang: Lang) => requestJson<CatalogResponse>(`/api/library?lang=${lang}`),
  topic: (id: string, lang: Lang) => requestJson<TopicResponse>(`/api/topics/${encodeURIComponent(id)}?lang=${lang}`),
};

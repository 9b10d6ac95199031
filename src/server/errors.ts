import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ZodError } from 'zod';
import { AppError, type ErrorCode } from '../core/errors.js';
import type { ErrorResponse } from '../contract/library.js';

const statusByCode: Record<ErrorCode, ContentfulStatusCode> = {
  'content/parse': 500,
  'content/not-found': 404,
  'request/invalid': 400,
  'request/not-found': 404,
  'http/forbidden-host': 403,
  'http/forbidden-origin': 403,
  'http/unauthorized': 401,
  'storage/failed': 500,
  'exercise/invalid': 500,
  'exercise/not-found': 404,
  'runner/unavailable': 503,
  'calc/missing-field': 400,
  'calc/bad-field': 400,
  'calc/unknown-family': 400,
  'calc/unknown-preset': 404,
  'calc/invalid-input': 400,
  'calc/overflow': 400,
  'study/nothing-to-undo': 409,
  'study/invalid-settings': 400,
  'backup/invalid': 400,
  'llm/not-configured': 409,
  'llm/unavailable': 502,
  'llm/bad-response': 502,
  internal: 500,
};

/** The one place errors become HTTP responses: {"error":{"code","message"}} with a status from the code. */
export function errorResponse(error: unknown, c: Context): Response {
  if (error instanceof AppError) {
    return c.json<ErrorResponse>({ error: { code: error.code, message: error.message } }, statusByCode[error.code]);
  }
  if (error instanceof ZodError) {
    const message = error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ');
    return c.json<ErrorResponse>({ error: { code: 'request/invalid', message } }, 400);
  }
  if (error instanceof SyntaxError) {
    return c.json<ErrorResponse>({ error: { code: 'request/invalid', message: `malformed JSON: ${error.message}` } }, 400);
  }
  console.error(error);
  return c.json<ErrorResponse>({ error: { code: 'internal', message: 'internal error' } }, 500);
}

/**
 * Every error the product raises on purpose carries a stable code ('content/parse', 'http/forbidden-host', …).
 * Each edge translates it once: the HTTP layer into a status and {"error":{code,message}}, the CLI into an exit
 * status, the web app into zh/en text.
 */
export type ErrorCode =
  | 'content/parse'
  | 'content/not-found'
  | 'request/invalid'
  | 'request/not-found'
  | 'http/forbidden-host'
  | 'http/forbidden-origin'
  | 'http/unauthorized'
  | 'storage/failed'
  | 'exercise/invalid'
  | 'exercise/not-found'
  | 'runner/unavailable'
  | 'calc/missing-field'
  | 'calc/bad-field'
  | 'calc/unknown-family'
  | 'calc/unknown-preset'
  | 'calc/invalid-input'
  | 'calc/overflow'
  | 'study/nothing-to-undo'
  | 'study/invalid-settings'
  | 'backup/invalid'
  | 'llm/not-configured'
  | 'llm/unavailable'
  | 'llm/bad-response'
  | 'internal';

export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Exhaustiveness guard for switches over unions. */
export function assertNever(value: never): never {
  throw new Error(`unexpected value: ${JSON.stringify(value)}`);
}

import { AppError } from '../errors.js';

/** A parsed config.json object; fields are read one by one with checks that name the field on failure. */
export type RawConfig = Readonly<Record<string, unknown>>;

function describe(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : `${typeof value} ${JSON.stringify(value)}`;
}

/** A required positive integer field (vocab_size, hidden_size, …). */
export function readCount(config: RawConfig, field: string): number {
  if (!(field in config) || config[field] === undefined) {
    throw new AppError('calc/missing-field', `config.json: missing required field "${field}"`);
  }
  return checkCount(field, config[field]);
}

/** An optional positive integer field; null and absence give the fallback. */
export function readOptionalCount(config: RawConfig, field: string, fallback: number): number {
  const value = config[field];
  return value === undefined || value === null ? fallback : checkCount(field, value);
}

/** An optional non-negative integer field (0 allowed: n_shared_experts, first_k_dense_replace). */
export function readOptionalCountOrZero(config: RawConfig, field: string, fallback: number): number {
  const value = config[field];
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new AppError('calc/bad-field', `config.json: "${field}" must be an integer ≥ 0, got ${describe(value)}`);
  }
  return value;
}

/** A positive integer field that may be null on purpose (q_lora_rank: null means no query compression). */
export function readNullableCount(config: RawConfig, field: string): number | null {
  const value = config[field];
  return value === undefined || value === null ? null : checkCount(field, value);
}

/** An optional boolean field. */
export function readOptionalBool(config: RawConfig, field: string, fallback: boolean): boolean {
  const value = config[field];
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'boolean') {
    throw new AppError('calc/bad-field', `config.json: "${field}" must be true or false, got ${describe(value)}`);
  }
  return value;
}

/** An optional list of non-negative integers (mlp_only_layers). */
export function readOptionalIndexList(config: RawConfig, field: string): readonly number[] {
  const value = config[field];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0)) {
    throw new AppError('calc/bad-field', `config.json: "${field}" must be a list of layer indices, got ${describe(value)}`);
  }
  return value.filter((v): v is number => typeof v === 'number');
}

function checkCount(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) {
    throw new AppError('calc/bad-field', `config.json: "${field}" must be a positive integer, got ${describe(value)}`);
  }
  return value;
}

/** Fail with a calc/bad-field error naming the field when a cross-field rule does not hold. */
export function requireThat(condition: boolean, field: string, message: string): void {
  if (!condition) throw new AppError('calc/bad-field', `config.json: "${field}" ${message}`);
}

import { AppError } from '../errors.js';

/** One line of a worked calculation: what it is, the symbolic formula, the formula with numbers, the result. */
export interface CalcStep {
  readonly label: string;
  readonly formula: string;
  readonly substituted: string;
  readonly value: number;
  readonly unit: CalcUnit;
}

export type CalcUnit = 'params' | 'bytes' | 'FLOPs' | 'FLOP/s' | 'tokens' | 'tokens/s' | 's' | 'ratio' | 'loss' | 'count';

/** Group an integer's digits ("1,342,177,280"); non-integers get 4 significant digits, huge ones an exponent. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return groupDigits(value);
  const abs = Math.abs(value);
  if (abs >= 1e15 || abs < 1e-3) return value.toExponential(3);
  const rounded = Number(value.toPrecision(4));
  return Number.isInteger(rounded) ? groupDigits(rounded) : rounded.toString();
}

function groupDigits(value: number): string {
  const grouped = Math.abs(value).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return value < 0 ? `-${grouped}` : grouped;
}

/**
 * Make a step whose value must be an exact integer. Products and sums of safe integers are exact in doubles as long
 * as the true result stays below 2^53, and a result past 2^53 rounds to at least 2^53, so checking the result is
 * enough to know the arithmetic was exact.
 */
export function exactStep(label: string, formula: string, substituted: string, value: number, unit: CalcUnit): CalcStep {
  if (!Number.isSafeInteger(value)) {
    throw new AppError('calc/overflow', `${label}: ${formatNumber(value)} is not an exact integer below 2^53`);
  }
  return { label, formula, substituted, value, unit };
}

/** Make a step whose value is a real number (an estimate, a ratio, a time). */
export function realStep(label: string, formula: string, substituted: string, value: number, unit: CalcUnit): CalcStep {
  return { label, formula, substituted, value, unit };
}

/** "a × b × c" with grouped digits, for substituted formulas. */
export function times(...factors: readonly number[]): string {
  return factors.map(formatNumber).join(' × ');
}

/** "a + b + c" with grouped digits. */
export function plus(...terms: readonly number[]): string {
  return terms.map(formatNumber).join(' + ');
}

/** Sum of step values (exact when every step is exact and the sum stays below 2^53). */
export function sumOf(steps: readonly CalcStep[]): number {
  return steps.reduce((total, s) => total + s.value, 0);
}

/** Fail with a calc/invalid-input error unless the value is a positive integer. */
export function requirePositiveInteger(name: string, value: number): number {
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new AppError('calc/invalid-input', `${name} must be a positive integer, got ${String(value)}`);
  }
  return value;
}

/** Fail with a calc/invalid-input error unless the value is a finite number greater than zero. */
export function requirePositive(name: string, value: number): number {
  if (!Number.isFinite(value) || value <= 0) {
    throw new AppError('calc/invalid-input', `${name} must be a number greater than 0, got ${String(value)}`);
  }
  return value;
}

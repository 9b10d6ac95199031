import { formatNumber, formatValue } from './format-value.js';
import { toTensor, unravelIndex, type Tensor } from './tensor.js';
import type { Value } from './value.js';

/** Absolute and relative tolerance, as in numpy.allclose: |got − expected| ≤ atol + rtol·|expected|. */
export interface Tolerance {
  readonly atol: number;
  readonly rtol: number;
}

/** Why a value does not match, precise enough to fix the code: where, which element, by how much. */
export interface Mismatch {
  /** Where inside the returned value ("$" is the value itself, "$[1]" a tuple item, "$.loss" a dict key). */
  readonly path: string;
  readonly message: string;
  readonly firstMismatchIndex?: readonly number[];
  readonly maxAbsError?: number;
  readonly maxRelError?: number;
}

/** One element of allclose; NaN matches NaN, an infinity matches only the same infinity. */
export function isClose(expected: number, got: number, tol: Tolerance): boolean {
  if (Number.isNaN(expected) || Number.isNaN(got)) return Number.isNaN(expected) && Number.isNaN(got);
  if (!Number.isFinite(expected) || !Number.isFinite(got)) return expected === got;
  return Math.abs(got - expected) <= tol.atol + tol.rtol * Math.abs(expected);
}

/** Compare numeric tensors element by element; reports the first mismatch and the max abs/rel errors. */
export function compareTensors(expected: Tensor, got: Tensor, tol: Tolerance, path = '$'): Mismatch | undefined {
  if (expected.shape.join(',') !== got.shape.join(',')) {
    return { path, message: `shape (${got.shape.join(', ')}) but expected (${expected.shape.join(', ')})` };
  }
  let first = -1;
  let maxAbsError = 0;
  let maxRelError = 0;
  let nonFiniteMismatches = 0;
  expected.data.forEach((e, i) => {
    const g = got.data[i] ?? Number.NaN;
    const close = isClose(e, g, tol);
    if (!close && first < 0) first = i;
    if (!close && (!Number.isFinite(e) || !Number.isFinite(g))) nonFiniteMismatches += 1;
    if (Number.isFinite(e) && Number.isFinite(g)) {
      const abs = Math.abs(g - e);
      maxAbsError = Math.max(maxAbsError, abs);
      if (e !== 0) maxRelError = Math.max(maxRelError, abs / Math.abs(e));
    }
  });
  if (first < 0) return undefined;
  const index = unravelIndex(first, expected.shape);
  const e = expected.data[first] ?? Number.NaN;
  const g = got.data[first] ?? Number.NaN;
  const at = index.length > 0 ? `at index [${index.join(', ')}]` : 'scalar';
  const message = `${at}: got ${formatNumber(g)}, expected ${formatNumber(e)} (atol ${tol.atol}, rtol ${tol.rtol})`;
  // Max errors over finite pairs only would understate a result full of nan/inf, so report the count instead.
  if (nonFiniteMismatches > 0) {
    return { path, message: `${message}; ${nonFiniteMismatches} of ${expected.data.length} elements differ by nan/inf`, firstMismatchIndex: index };
  }
  return { path, message, firstMismatchIndex: index, maxAbsError, maxRelError };
}

/**
 * Compare a returned value with the expected one. Numeric values (arrays, numbers, numeric lists) compare as
 * tensors with the tolerance, so returning a list where an array was expected is fine; tuples/lists compare item by
 * item, dicts key by key, strings and None exactly.
 */
export function compareValues(expected: Value, got: Value, tol: Tolerance, path = '$'): Mismatch | undefined {
  if (got.kind === 'unsupported') return { path, message: `returned an object the grader cannot read: ${got.repr}` };
  const expectedTensor = expected.kind === 'string' || expected.kind === 'none' ? undefined : toTensor(expected);
  if (expectedTensor) {
    const gotTensor = toTensor(got);
    if (!gotTensor) return { path, message: `expected a numeric value like ${abridge(expectedTensor)}, got ${formatValue(got, 120)}` };
    return compareTensors(expectedTensor, gotTensor, tol, path);
  }
  switch (expected.kind) {
    case 'none':
    case 'string':
    case 'bool':
    case 'number':
      return sameScalar(expected, got) ? undefined : { path, message: `got ${formatValue(got, 120)}, expected ${formatValue(expected, 120)}` };
    case 'list': {
      if (got.kind !== 'list') return { path, message: `expected a list/tuple of ${expected.items.length}, got ${formatValue(got, 120)}` };
      if (got.items.length !== expected.items.length) return { path, message: `expected ${expected.items.length} items, got ${got.items.length}` };
      for (const [i, item] of expected.items.entries()) {
        const mismatch = compareValues(item, got.items[i] ?? { kind: 'none' }, tol, `${path}[${i}]`);
        if (mismatch) return mismatch;
      }
      return undefined;
    }
    case 'dict': {
      if (got.kind !== 'dict') return { path, message: `expected a dict with keys ${[...expected.entries.keys()].join(', ')}, got ${formatValue(got, 120)}` };
      for (const [key, item] of expected.entries) {
        const gotItem = got.entries.get(key);
        if (!gotItem) return { path, message: `missing key "${key}"` };
        const mismatch = compareValues(item, gotItem, tol, `${path}.${key}`);
        if (mismatch) return mismatch;
      }
      return undefined;
    }
    case 'array':
    case 'unsupported':
      return { path, message: `cannot compare with ${formatValue(expected, 80)}` };
  }
}

function sameScalar(expected: Value, got: Value): boolean {
  if (expected.kind === 'none') return got.kind === 'none';
  if (expected.kind === 'string') return got.kind === 'string' && got.value === expected.value;
  return false;
}

function abridge(t: Tensor): string {
  return t.shape.length === 0 ? 'a number' : `an array of shape (${t.shape.join(', ')})`;
}

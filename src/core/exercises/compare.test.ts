import { describe, expect, it } from 'vitest';
import { compareValues, decodeValue, formatValue, isClose, type Json } from './index.js';

const arr = (shape: number[], data: Json[], dtype = 'float64'): Json => ({ $array: { dtype, shape, data } });
const tol = { atol: 1e-6, rtol: 1e-5 };
const compare = (expected: Json, got: Json) => compareValues(decodeValue(expected), decodeValue(got), tol);

describe('compareValues', () => {
  it('accepts values within atol + rtol·|expected|', () => {
    expect(compare(arr([2], [1, 1000]), arr([2], [1 + 5e-7, 1000.005]))).toBeUndefined();
  });

  it('reports the first mismatching multi-index and the max abs/rel errors', () => {
    const m = compare(arr([2, 2], [1, 2, 3, 4]), arr([2, 2], [1, 2.5, 3, 8]));
    expect(m?.firstMismatchIndex).toEqual([0, 1]);
    expect(m?.maxAbsError).toBe(4);
    expect(m?.maxRelError).toBe(1);
    expect(m?.message).toContain('at index [0, 1]: got 2.5, expected 2');
  });

  it('treats NaN as equal to NaN and an infinity only as the same infinity', () => {
    expect(compare(arr([3], ['NaN', 'Infinity', 1]), arr([3], ['NaN', 'Infinity', 1]))).toBeUndefined();
    expect(compare(arr([1], ['Infinity']), arr([1], ['-Infinity']))?.firstMismatchIndex).toEqual([0]);
    expect(compare(arr([1], [1]), arr([1], ['NaN']))?.message).toContain('got nan');
    const m = compare(arr([2], [1, 2]), arr([2], ['NaN', 2]));
    expect(m?.message).toContain('1 of 2 elements differ by nan/inf');
    expect(m && 'maxAbsError' in m).toBe(false);
    expect(compare({ $float: 'NaN' }, { $float: 'NaN' })).toBeUndefined();
  });

  it('reports a shape mismatch before comparing values', () => {
    expect(compare(arr([2, 3], [1, 2, 3, 4, 5, 6]), arr([3, 2], [1, 2, 3, 4, 5, 6]))?.message).toBe('shape (3, 2) but expected (2, 3)');
  });

  it('accepts a nested list where an array is expected, and a number for a 0-d array', () => {
    expect(compare(arr([2, 2], [1, 2, 3, 4]), [[1, 2], [3, 4]])).toBeUndefined();
    expect(compare(arr([], [2.5]), 2.5)).toBeUndefined();
  });

  it('compares tuples item by item and dicts key by key, naming the path', () => {
    expect(compare([arr([1], [1]), 'ok'], [arr([1], [1]), 'no'])?.path).toBe('$[1]');
    expect(compare({ loss: 1.0, grad: arr([2], [1, 2]) }, { loss: 1.0 })?.message).toBe('missing key "grad"');
    expect(compare({ loss: 1.0 }, { loss: 2.0 })?.path).toBe('$.loss');
  });

  it('explains a non-numeric return where a number was expected', () => {
    expect(compare(arr([2], [1, 2]), null)?.message).toContain('expected a numeric value like an array of shape (2)');
  });

  it('isClose follows numpy.isclose', () => {
    expect(isClose(0, 1e-7, tol)).toBe(true);
    expect(isClose(100, 100.002, tol)).toBe(false);
  });
});

describe('formatValue', () => {
  it('abridges long axes like NumPy, keeping three items at each end', () => {
    const big = arr([2, 10], Array.from({ length: 20 }, (_, i) => i));
    expect(formatValue(decodeValue(big))).toBe('array([[0, 1, 2, ..., 7, 8, 9], [10, 11, 12, ..., 17, 18, 19]], shape=(2, 10), dtype=float64)');
  });

  it('prints nan and inf the NumPy way and rounds to 6 significant digits', () => {
    expect(formatValue(decodeValue(arr([3], ['NaN', '-Infinity', 1 / 3])))).toContain('[nan, -inf, 0.333333]');
  });

  it('cuts text beyond the character budget', () => {
    expect(formatValue(decodeValue('x'.repeat(1000)), 50)).toMatch(/… \(\d+ more characters\)$/);
  });
});

describe('decodeValue', () => {
  it('rejects an array whose data does not fill its shape', () => {
    expect(() => decodeValue(arr([2, 2], [1, 2, 3]))).toThrow('needs 4');
  });
});

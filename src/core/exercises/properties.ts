import type { Mismatch } from './compare.js';
import { formatNumber } from './format-value.js';
import { toTensor } from './tensor.js';
import type { PropertyCheck } from './types.js';
import type { Value } from './value.js';

/**
 * Named checks for outputs that are random by design (weight initialisation): the shape must match exactly, the
 * sample mean must be within meanAtol of the target, the sample std within stdRtol (relative), and optionally every
 * element within ±maxAbs. Sizes in cases are large enough (≥ 10⁴ elements) that a correct sampler passes with margin.
 */
export function checkProperty(check: PropertyCheck, got: Value): Mismatch | undefined {
  const t = toTensor(got);
  if (!t) return { path: '$', message: 'expected a numeric array' };
  if (t.shape.join(',') !== check.shape.join(',')) return { path: '$', message: `shape (${t.shape.join(', ')}) but expected (${check.shape.join(', ')})` };
  const n = t.data.length;
  if (n === 0) return undefined;
  const mean = t.data.reduce((a, b) => a + b, 0) / n;
  const std = Math.sqrt(t.data.reduce((a, b) => a + (b - mean) ** 2, 0) / n);
  if (!(Math.abs(mean - check.mean) <= check.meanAtol)) {
    return { path: '$', message: `sample mean ${formatNumber(mean)}, expected ${formatNumber(check.mean)} ± ${check.meanAtol}` };
  }
  if (!(Math.abs(std - check.std) <= check.stdRtol * check.std)) {
    return { path: '$', message: `sample std ${formatNumber(std)}, expected ${formatNumber(check.std)} within ${check.stdRtol * 100}%`, maxRelError: Math.abs(std - check.std) / check.std };
  }
  if (check.maxAbs !== undefined) {
    const limit = check.maxAbs;
    const bad = t.data.findIndex((x) => !(Math.abs(x) <= limit * (1 + 1e-12)));
    if (bad >= 0) return { path: '$', message: `element ${formatNumber(t.data[bad] ?? Number.NaN)} outside ±${formatNumber(limit)}` };
  }
  return undefined;
}

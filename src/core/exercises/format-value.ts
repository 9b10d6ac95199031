import type { Tensor } from './tensor.js';
import type { Value } from './value.js';

/** Numbers as a reader wants them in a failure report: up to 6 significant digits, NumPy's nan/inf spelling. */
export function formatNumber(n: number): string {
  if (Number.isNaN(n)) return 'nan';
  if (n === Number.POSITIVE_INFINITY) return 'inf';
  if (n === Number.NEGATIVE_INFINITY) return '-inf';
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  const abs = Math.abs(n);
  if (abs !== 0 && (abs < 1e-4 || abs >= 1e6)) return n.toExponential(4);
  return String(Number(n.toPrecision(6)));
}

/** How many items per axis are printed in full before the middle is abridged to "..." (NumPy prints 3 + 3). */
const edgeItems = 3;

/** Print a tensor as nested brackets, abridging every axis longer than 2 × edgeItems. */
export function formatTensor(t: Tensor): string {
  const strides = t.shape.map((_, axis) => t.shape.slice(axis + 1).reduce((a, b) => a * b, 1));
  const walk = (axis: number, offset: number): string => {
    if (axis === t.shape.length) return formatNumber(t.data[offset] ?? Number.NaN);
    const dim = t.shape[axis] ?? 0;
    const stride = strides[axis] ?? 1;
    const indices = dim > 2 * edgeItems ? [...range(0, edgeItems), -1, ...range(dim - edgeItems, dim)] : range(0, dim);
    const parts = indices.map((i) => (i < 0 ? '...' : walk(axis + 1, offset + i * stride)));
    return `[${parts.join(', ')}]`;
  };
  return walk(0, 0);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}

/** A one-value summary for failure reports: arrays show dtype and shape, big containers are abridged. */
export function formatValue(value: Value, maxChars = 600): string {
  const text = formatInner(value);
  return text.length > maxChars ? `${text.slice(0, maxChars)} … (${text.length - maxChars} more characters)` : text;
}

function formatInner(value: Value): string {
  switch (value.kind) {
    case 'none':
      return 'None';
    case 'bool':
      return value.value ? 'True' : 'False';
    case 'number':
      return formatNumber(value.value);
    case 'string':
      return JSON.stringify(value.value);
    case 'list': {
      const shown = value.items.length > 2 * edgeItems ? [...value.items.slice(0, edgeItems), undefined, ...value.items.slice(-edgeItems)] : value.items;
      return `[${shown.map((v) => (v === undefined ? '...' : formatInner(v))).join(', ')}]`;
    }
    case 'dict':
      return `{${[...value.entries].map(([k, v]) => `${JSON.stringify(k)}: ${formatInner(v)}`).join(', ')}}`;
    case 'array':
      return `array(${formatTensor(value)}, shape=(${value.shape.join(', ')}${value.shape.length === 1 ? ',' : ''}), dtype=${value.dtype})`;
    case 'unsupported':
      return `<unsupported ${value.repr}>`;
  }
}

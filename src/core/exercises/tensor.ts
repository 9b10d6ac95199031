import { sizeOf, type Value } from './value.js';

/** A numeric value seen as a dense row-major tensor: what arrays, nested numeric lists and scalars have in common. */
export interface Tensor {
  readonly shape: readonly number[];
  readonly data: readonly number[];
}

/** View a value as a tensor: arrays, numbers, bools and rectangular nested lists of them; undefined otherwise. */
export function toTensor(value: Value): Tensor | undefined {
  switch (value.kind) {
    case 'array':
      return { shape: value.shape, data: value.data };
    case 'number':
      return { shape: [], data: [value.value] };
    case 'bool':
      return { shape: [], data: [value.value ? 1 : 0] };
    case 'list': {
      if (value.items.length === 0) return { shape: [0], data: [] };
      const parts = value.items.map(toTensor);
      const first = parts[0];
      if (!first) return undefined;
      const data: number[] = [];
      for (const part of parts) {
        if (!part || part.shape.join(',') !== first.shape.join(',')) return undefined;
        data.push(...part.data);
      }
      return { shape: [value.items.length, ...first.shape], data };
    }
    default:
      return undefined;
  }
}

/** The multi-index of a flat row-major index. */
export function unravelIndex(flat: number, shape: readonly number[]): number[] {
  const index: number[] = [];
  let rest = flat;
  for (let axis = shape.length - 1; axis >= 0; axis -= 1) {
    const dim = shape[axis] ?? 1;
    index.unshift(dim === 0 ? 0 : rest % dim);
    rest = dim === 0 ? 0 : Math.floor(rest / dim);
  }
  return index;
}

export function tensorSize(t: Tensor): number {
  return sizeOf(t.shape);
}

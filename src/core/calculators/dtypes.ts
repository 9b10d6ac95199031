import { AppError } from '../errors.js';

/** Number formats for weights and the KV cache, with their width in bits. */
export const dtypeBits = { fp32: 32, bf16: 16, fp16: 16, fp8: 8, int8: 8, int4: 4 } as const;
export type Dtype = keyof typeof dtypeBits;
export const dtypes = Object.keys(dtypeBits).filter((key): key is Dtype => key in dtypeBits);

/** Parse a dtype name from user input, naming the valid ones on failure. */
export function parseDtype(name: string): Dtype {
  const found = dtypes.find((d) => d === name);
  if (!found) throw new AppError('calc/invalid-input', `unknown dtype "${name}" (expected one of ${dtypes.join(', ')})`);
  return found;
}

/** Bytes per element for formats of at least one byte (the KV cache has no 4-bit format here). */
export function dtypeBytes(dtype: Dtype): number {
  return dtypeBits[dtype] / 8;
}

import { AppError } from '../errors.js';
import { dtypeBits, type Dtype } from './dtypes.js';
import { exactStep, formatNumber, requirePositive, requirePositiveInteger, times, type CalcStep } from './steps.js';

export interface WeightMemoryInput {
  readonly params: number;
  readonly dtype: Dtype;
  /** Weights per quantization group for int8/int4/fp8 (e.g. 128); each group stores one scale. Omit for none. */
  readonly groupSize?: number;
  /** Bytes per group scale (2 for an fp16 scale); a zero point would add its own bytes here. */
  readonly scaleBytes?: number;
}

export interface WeightMemoryResult {
  readonly weightBytes: number;
  readonly steps: readonly CalcStep[];
}

/** Bytes to hold the weights in a format, with the per-group scale overhead of quantized formats. */
export function weightMemory(input: WeightMemoryInput): WeightMemoryResult {
  const params = requirePositiveInteger('params', input.params);
  const bits = dtypeBits[input.dtype];
  // bits/8 is 0.5 for int4: compute in bits and round up to whole bytes.
  const raw = exactStep(`weights in ${input.dtype}`, 'N · bits / 8', `${times(params, bits)} / 8`, Math.ceil((params * bits) / 8), 'bytes');
  if (input.groupSize === undefined || bits >= 16) return { weightBytes: raw.value, steps: [raw] };
  const group = requirePositiveInteger('group size', input.groupSize);
  const scaleBytes = requirePositiveInteger('scale bytes', input.scaleBytes ?? 2);
  const groups = Math.ceil(params / group);
  const scales = exactStep('group-wise scales', '⌈N / g⌉ · scale bytes', `⌈${formatNumber(params)} / ${formatNumber(group)}⌉ × ${scaleBytes}`, groups * scaleBytes, 'bytes');
  const total = exactStep('weights with scales', 'weights + scales', `${formatNumber(raw.value)} + ${formatNumber(scales.value)}`, raw.value + scales.value, 'bytes');
  return { weightBytes: total.value, steps: [raw, scales, total] };
}

export interface KvCapacityInput {
  readonly gpuMemoryBytes: number;
  /** Share of GPU memory the engine may use (vLLM's gpu_memory_utilization, e.g. 0.9). */
  readonly memoryUtilization: number;
  readonly weightBytes: number;
  /** Activations, CUDA graphs and workspace kept aside (bytes). */
  readonly reservedBytes: number;
  readonly kvCacheBytesPerToken: number;
  /** Tokens per paged-attention block (vLLM default 16). */
  readonly blockTokens: number;
}

export interface KvCapacityResult {
  readonly freeBytes: number;
  readonly blocks: number;
  readonly tokens: number;
  readonly steps: readonly CalcStep[];
}

/** How many tokens of KV cache fit in what is left of a GPU after the weights, in whole paged blocks. */
export function kvTokenCapacity(input: KvCapacityInput): KvCapacityResult {
  const utilization = requirePositive('memory utilization', input.memoryUtilization);
  if (utilization > 1) throw new AppError('calc/invalid-input', `memory utilization is a fraction ≤ 1, got ${utilization}`);
  const blockTokens = requirePositiveInteger('block tokens', input.blockTokens);
  const perToken = requirePositiveInteger('KV bytes per token', input.kvCacheBytesPerToken);
  const usable = Math.floor(input.gpuMemoryBytes * utilization);
  const free = exactStep('memory left for the KV cache', '⌊M_gpu · util⌋ − weights − reserved', `⌊${formatNumber(input.gpuMemoryBytes)} × ${utilization}⌋ − ${formatNumber(input.weightBytes)} − ${formatNumber(input.reservedBytes)}`, usable - input.weightBytes - input.reservedBytes, 'bytes');
  if (free.value <= 0) {
    return { freeBytes: free.value, blocks: 0, tokens: 0, steps: [free] };
  }
  const blockBytes = blockTokens * perToken;
  const blocks = exactStep('paged blocks', '⌊free / (block tokens · KV bytes per token)⌋', `⌊${formatNumber(free.value)} / (${times(blockTokens, perToken)})⌋`, Math.floor(free.value / blockBytes), 'count');
  const tokens = exactStep('tokens that fit', 'blocks · block tokens', times(blocks.value, blockTokens), blocks.value * blockTokens, 'tokens');
  return { freeBytes: free.value, blocks: blocks.value, tokens: tokens.value, steps: [free, blocks, tokens] };
}

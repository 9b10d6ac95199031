import { formatNumber, realStep, requirePositive, requirePositiveInteger, type CalcStep } from './steps.js';

export interface ThroughputInput {
  readonly peakFlopsPerSecond: number;
  readonly memoryBandwidthBytesPerSecond: number;
  /** GPUs sharing the model by tensor parallelism: peak and bandwidth add up (communication ignored). */
  readonly gpus: number;
  readonly weightBytes: number;
  readonly kvCacheBytesPerToken: number;
  /** Matmul parameters per token (2·N FLOPs each), for MoE the activated ones. */
  readonly matmulParams: number;
  readonly batch: number;
  readonly contextTokens: number;
  readonly prefillFlops: number;
}

export interface ThroughputResult {
  readonly decodeSecondsPerStepMemoryBound: number;
  readonly decodeSecondsPerStepComputeBound: number;
  readonly decodeSecondsPerStep: number;
  readonly decodeTokensPerSecond: number;
  readonly prefillSecondsComputeBound: number;
  readonly criticalBatch: number;
  readonly steps: readonly CalcStep[];
}

/**
 * Roofline lower bounds: a decode step must read every weight and the batch's KV cache once (memory-bound) and do
 * 2·N FLOPs per sequence (compute-bound); it takes at least the larger of the two. Prefill is compute-bound.
 */
export function throughputBounds(input: ThroughputInput): ThroughputResult {
  const gpus = requirePositiveInteger('GPUs', input.gpus);
  const peak = requirePositive('peak FLOP/s', input.peakFlopsPerSecond) * gpus;
  const bandwidth = requirePositive('memory bandwidth', input.memoryBandwidthBytesPerSecond) * gpus;
  const batch = requirePositiveInteger('batch', input.batch);
  const context = requirePositiveInteger('context tokens', input.contextTokens);
  const n = requirePositiveInteger('matmul parameters', input.matmulParams);
  const kvBytes = input.kvCacheBytesPerToken * batch * context;
  const memory = realStep('decode step, memory-bound', '(weights + KV cache of the batch) / bandwidth', `(${formatNumber(input.weightBytes)} + ${formatNumber(kvBytes)}) / ${formatNumber(bandwidth)}`, (input.weightBytes + kvBytes) / bandwidth, 's');
  const compute = realStep('decode step, compute-bound', '2·N·batch / peak', `2 × ${formatNumber(n)} × ${batch} / ${formatNumber(peak)}`, (2 * n * batch) / peak, 's');
  const step = realStep('decode step lower bound', 'max(memory, compute)', `max(${formatNumber(memory.value)}, ${formatNumber(compute.value)})`, Math.max(memory.value, compute.value), 's');
  const tps = realStep('decode throughput upper bound', 'batch / step', `${batch} / ${formatNumber(step.value)}`, batch / step.value, 'tokens/s');
  const prefill = realStep('prefill time, compute-bound', 'prefill FLOPs · batch / peak', `${formatNumber(input.prefillFlops)} × ${batch} / ${formatNumber(peak)}`, (input.prefillFlops * batch) / peak, 's');
  // Batch where 2·N·B / peak = weights / bandwidth (KV traffic ignored): B* = peak · weights / (2·N · bandwidth).
  const critical = realStep('batch where decode turns compute-bound', 'B* = peak · weight bytes / (2·N · bandwidth)', `${formatNumber(peak)} × ${formatNumber(input.weightBytes)} / (2 × ${formatNumber(n)} × ${formatNumber(bandwidth)})`, (peak * input.weightBytes) / (2 * n * bandwidth), 'count');
  return {
    decodeSecondsPerStepMemoryBound: memory.value,
    decodeSecondsPerStepComputeBound: compute.value,
    decodeSecondsPerStep: step.value,
    decodeTokensPerSecond: tps.value,
    prefillSecondsComputeBound: prefill.value,
    criticalBatch: critical.value,
    steps: [memory, compute, step, tps, prefill, critical],
  };
}

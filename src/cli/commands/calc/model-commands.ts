import {
  countParams,
  findGpuPreset,
  inferenceFlops,
  kvCache,
  kvTokenCapacity,
  matmulParams,
  modelFlopsUtilization,
  parseDtype,
  throughputBounds,
  trainingFlops,
  weightMemory,
} from '../../../core/calculators/index.js';
import type { CliContext } from '../../context.js';
import { loadModel, modelFlags, numberFlag, parseFlags, printResult, stringFlag } from './options.js';

/** `calc params`: total and activated parameters with the breakdown. */
export function runParams(ctx: CliContext, args: readonly string[]): number {
  const values = parseFlags(args, modelFlags);
  const { label, spec } = loadModel(values);
  const count = countParams(spec);
  const { steps, ...result } = count;
  printResult(ctx, values, { model: label, family: spec.family, ...result }, steps);
  return 0;
}

/** `calc flops`: training FLOPs (6ND and with attention), prefill/decode FLOPs, and MFU when a throughput is given. */
export function runFlops(ctx: CliContext, args: readonly string[]): number {
  const values = parseFlags(args, { ...modelFlags, tokens: { type: 'string' }, 'seq-len': { type: 'string' }, 'prompt-tokens': { type: 'string' }, 'tokens-per-second': { type: 'string' }, gpus: { type: 'string' }, gpu: { type: 'string' } });
  const { label, spec } = loadModel(values);
  const count = countParams(spec);
  const training = trainingFlops(spec, count, { tokens: numberFlag(values, 'tokens', 1e12), seqLen: numberFlag(values, 'seq-len', 4096) });
  const inference = inferenceFlops(spec, count, { promptTokens: numberFlag(values, 'prompt-tokens', 1024) });
  const steps = [...training.steps, ...inference.steps.slice(1)];
  const result: Record<string, unknown> = {
    model: label,
    matmulParams: matmulParams(spec, count).value,
    trainingFlopsSimple: training.trainingFlopsSimple,
    trainingFlopsPerToken: training.trainingFlopsPerToken,
    trainingFlops: training.trainingFlops,
    prefillFlops: inference.prefillFlops,
    decodeFlopsPerToken: inference.decodeFlopsPerToken,
  };
  if (values['tokens-per-second'] !== undefined) {
    const gpu = findGpuPreset(stringFlag(values, 'gpu', 'h100-sxm'));
    const mfu = modelFlopsUtilization({ tokensPerSecond: numberFlag(values, 'tokens-per-second'), flopsPerToken: training.trainingFlopsPerToken, gpus: numberFlag(values, 'gpus', 1), peakFlopsPerSecondPerGpu: gpu.peakBf16FlopsPerSecond });
    result['mfu'] = mfu.mfu;
    steps.push(...mfu.steps);
  }
  printResult(ctx, values, result, steps);
  return 0;
}

/** `calc kv-cache`: KV bytes per token and for a batch; with --gpu, how many tokens fit beside the weights. */
export function runKvCache(ctx: CliContext, args: readonly string[]): number {
  const values = parseFlags(args, { ...modelFlags, dtype: { type: 'string' }, batch: { type: 'string' }, context: { type: 'string' }, gpu: { type: 'string' }, 'weight-dtype': { type: 'string' }, util: { type: 'string' }, 'reserved-bytes': { type: 'string' }, 'block-tokens': { type: 'string' } });
  const { label, spec } = loadModel(values);
  const kv = kvCache({ spec, dtype: parseDtype(stringFlag(values, 'dtype', 'fp16')), batch: numberFlag(values, 'batch', 1), contextTokens: numberFlag(values, 'context', 4096) });
  const result: Record<string, unknown> = { model: label, attention: kv.attentionKind, kvCacheBytesPerToken: kv.kvCacheBytesPerToken, kvCacheBytes: kv.kvCacheBytes };
  const steps = [...kv.steps];
  if (typeof values['gpu'] === 'string') {
    const gpu = findGpuPreset(values['gpu']);
    const weights = weightMemory({ params: countParams(spec).total, dtype: parseDtype(stringFlag(values, 'weight-dtype', 'bf16')) });
    const capacity = kvTokenCapacity({
      gpuMemoryBytes: gpu.memoryBytes,
      memoryUtilization: numberFlag(values, 'util', 0.9),
      weightBytes: weights.weightBytes,
      reservedBytes: numberFlag(values, 'reserved-bytes', 0),
      kvCacheBytesPerToken: kv.kvCacheBytesPerToken,
      blockTokens: numberFlag(values, 'block-tokens', 16),
    });
    Object.assign(result, { gpu: gpu.id, weightBytes: weights.weightBytes, kvFreeBytes: capacity.freeBytes, kvBlocks: capacity.blocks, kvTokenCapacity: capacity.tokens });
    steps.push(...weights.steps, ...capacity.steps);
  }
  printResult(ctx, values, result, steps);
  return 0;
}

/** `calc throughput`: roofline bounds for decode and prefill on a GPU preset. */
export function runThroughput(ctx: CliContext, args: readonly string[]): number {
  const values = parseFlags(args, { ...modelFlags, gpu: { type: 'string' }, gpus: { type: 'string' }, dtype: { type: 'string' }, 'kv-dtype': { type: 'string' }, batch: { type: 'string' }, context: { type: 'string' }, 'prompt-tokens': { type: 'string' } });
  const { label, spec } = loadModel(values);
  const gpu = findGpuPreset(stringFlag(values, 'gpu', 'h100-sxm'));
  const count = countParams(spec);
  const weights = weightMemory({ params: count.total, dtype: parseDtype(stringFlag(values, 'dtype', 'bf16')) });
  const context = numberFlag(values, 'context', 1024);
  const kv = kvCache({ spec, dtype: parseDtype(stringFlag(values, 'kv-dtype', 'bf16')), batch: 1, contextTokens: context });
  const prefill = inferenceFlops(spec, count, { promptTokens: numberFlag(values, 'prompt-tokens', context) });
  const n = matmulParams(spec, count);
  const bounds = throughputBounds({
    peakFlopsPerSecond: gpu.peakBf16FlopsPerSecond,
    memoryBandwidthBytesPerSecond: gpu.memoryBandwidthBytesPerSecond,
    gpus: numberFlag(values, 'gpus', 1),
    weightBytes: weights.weightBytes,
    kvCacheBytesPerToken: kv.kvCacheBytesPerToken,
    matmulParams: n.value,
    batch: numberFlag(values, 'batch', 1),
    contextTokens: context,
    prefillFlops: prefill.prefillFlops,
  });
  const { steps, ...result } = bounds;
  printResult(ctx, values, { model: label, gpu: gpu.id, weightBytes: weights.weightBytes, ...result }, [...weights.steps, n, ...kv.steps.slice(0, 1), ...prefill.steps.slice(1, 2), ...steps]);
  return 0;
}

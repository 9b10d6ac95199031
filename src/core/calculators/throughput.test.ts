import { describe, expect, it } from 'vitest';
import { findGpuPreset, gpuPresets, throughputBounds } from './index.js';

describe('throughputBounds', () => {
  const h100 = findGpuPreset('h100-sxm');
  // Llama-2-7B in bf16: 13.48 GB of weights, 6.61B matmul parameters, 512 KiB of KV cache per token.
  const base = {
    peakFlopsPerSecond: h100.peakBf16FlopsPerSecond,
    memoryBandwidthBytesPerSecond: h100.memoryBandwidthBytesPerSecond,
    gpus: 1,
    weightBytes: 13_476_831_232,
    kvCacheBytesPerToken: 524_288,
    matmulParams: 6_607_343_616,
    contextTokens: 1000,
    prefillFlops: 1.4e13,
  };

  it('is memory-bound at batch 1: one step reads every weight once (~4 ms on an H100)', () => {
    const result = throughputBounds({ ...base, batch: 1 });
    expect(result.decodeSecondsPerStep).toBe(result.decodeSecondsPerStepMemoryBound);
    expect(result.decodeSecondsPerStep).toBeCloseTo((13_476_831_232 + 524_288_000) / 3.35e12, 12);
  });

  it('puts the compute-bound batch at peak / bandwidth × bytes per parameter / 2 (~300 for bf16 on an H100)', () => {
    const result = throughputBounds({ ...base, batch: 1 });
    expect(result.criticalBatch).toBeCloseTo((989.4e12 * 13_476_831_232) / (2 * 6_607_343_616 * 3.35e12), 6);
    expect(Math.round(result.criticalBatch)).toBe(301);
  });

  it('bounds prefill by compute', () => {
    expect(throughputBounds({ ...base, batch: 2 }).prefillSecondsComputeBound).toBeCloseTo((1.4e13 * 2) / 989.4e12, 12);
  });

  it('has a sourced preset for every GPU the issue names', () => {
    for (const id of ['a100-40gb-sxm', 'a100-80gb-sxm', 'h100-sxm', 'h200-sxm', 'l40s', 'rtx-4090']) expect(findGpuPreset(id).source).toMatch(/^https:\/\//);
    expect(gpuPresets).toHaveLength(6);
    expect(() => findGpuPreset('tpu')).toThrow(/unknown GPU "tpu"/);
  });
});

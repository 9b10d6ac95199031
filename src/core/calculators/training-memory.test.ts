import { describe, expect, it } from 'vitest';
import { activationMemory, trainingMemory, type ZeroStage } from './index.js';

// ZeRO paper (Rajbhandari et al. 2020), Figure 1: Ψ = 7.5B, N_d = 64, K = 12 (mixed-precision Adam).
const zeroCase = (stage: ZeroStage) =>
  trainingMemory({ params: 7_500_000_000, optimizer: 'adamw', precision: 'mixed', zeroStage: stage, dataParallel: 64, tensorParallel: 1, pipelineParallel: 1, offloadOptimizer: false });

describe('trainingMemory', () => {
  it('reproduces the ZeRO paper: 120 GB baseline, 31.4 GB (P_os), 16.6 GB (P_os+g), 1.9 GB (P_os+g+p) per GPU', () => {
    expect(zeroCase(0).totalBytesPerGpu).toBe(120_000_000_000);
    expect(zeroCase(1).totalBytesPerGpu).toBe(31_406_250_000);
    expect(zeroCase(2).totalBytesPerGpu).toBe(16_640_625_000);
    expect(zeroCase(3).totalBytesPerGpu).toBe(1_875_000_000);
  });

  it('needs 16 bytes per parameter for mixed-precision Adam: 7B fine-tuning needs 112 GB before activations', () => {
    const result = trainingMemory({ params: 7e9, optimizer: 'adamw', precision: 'mixed', zeroStage: 0, dataParallel: 8, tensorParallel: 1, pipelineParallel: 1, offloadOptimizer: false });
    expect(result.totalBytesPerGpu).toBe(112e9);
    expect([result.weightBytes, result.gradientBytes, result.optimizerBytes]).toEqual([14e9, 14e9, 84e9]);
  });

  it('uses 6 optimizer bytes for 8-bit Adam and 8 for SGD with momentum', () => {
    const base = { params: 1e9, precision: 'mixed', zeroStage: 0, dataParallel: 1, tensorParallel: 1, pipelineParallel: 1, offloadOptimizer: false } as const;
    expect(trainingMemory({ ...base, optimizer: 'adamw-8bit' }).optimizerBytes).toBe(6e9);
    expect(trainingMemory({ ...base, optimizer: 'sgd-momentum' }).optimizerBytes).toBe(8e9);
  });

  it('shards by the data-parallel degree only, after tensor and pipeline parallelism split the model', () => {
    // 64 GPUs = 8 (tensor) × 1 (pipeline) × 8 (data): ZeRO-3 divides by 8, not 64.
    const result = trainingMemory({ params: 70e9, optimizer: 'adamw', precision: 'mixed', zeroStage: 3, dataParallel: 8, tensorParallel: 8, pipelineParallel: 1, offloadOptimizer: false });
    expect(result.totalBytesPerGpu).toBe(16 * (70e9 / 64));
  });

  it('moves optimizer states to the CPU with offload', () => {
    const result = trainingMemory({ params: 1e9, optimizer: 'adamw', precision: 'mixed', zeroStage: 2, dataParallel: 4, tensorParallel: 1, pipelineParallel: 1, offloadOptimizer: true });
    expect(result.optimizerBytes).toBe(0);
    expect(result.cpuOptimizerBytes).toBe(3e9);
    expect(result.totalBytesPerGpu).toBe(2e9 + 0.5e9);
  });

  it('refuses a ZeRO stage that does not exist', () => {
    expect(() => trainingMemory({ params: 1, optimizer: 'sgd', precision: 'fp32', zeroStage: 4 as ZeroStage, dataParallel: 1, tensorParallel: 1, pipelineParallel: 1, offloadOptimizer: false })).toThrow(/ZeRO stage/);
  });
});

describe('activationMemory', () => {
  // GPT-3 175B shape from Korthikanti et al.: s = 2048, h = 12288, a = 96, L = 96, b = 1.
  const gpt3 = { seqLen: 2048, microBatch: 1, hiddenSize: 12288, heads: 96, layers: 96, flashAttention: false } as const;

  it('stores s·b·h·(34 + 5·a·s/h) bytes per layer without recomputation or parallelism', () => {
    const result = activationMemory({ ...gpt3, recompute: 'none', sequenceParallel: false });
    expect(result.activationBytesPerLayer).toBe(2048 * 12288 * 34 + 5 * 96 * 2048 * 2048);
  });

  it('divides everything by t with tensor + sequence parallelism and selective recomputation (34·s·b·h / t)', () => {
    const result = activationMemory({ ...gpt3, recompute: 'selective', sequenceParallel: true, tensorParallel: 8 });
    expect(result.activationBytesPerLayer).toBe((34 * 2048 * 12288) / 8);
  });

  it('keeps only each layer input (2·s·b·h) with full recomputation', () => {
    const result = activationMemory({ ...gpt3, recompute: 'full', sequenceParallel: false });
    expect(result.activationBytes).toBe(96 * 2 * 2048 * 12288);
  });
});

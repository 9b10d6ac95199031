import { describe, expect, it } from 'vitest';
import {
  chinchillaApproach3,
  chinchillaByTokensPerParam,
  chinchillaLoss,
  countParams,
  findModelPreset,
  inferenceFlops,
  kaplanLoss,
  matmulParams,
  modelFlopsUtilization,
  parseModelConfig,
  trainingFlops,
} from './index.js';

const llama2_7b = parseModelConfig(findModelPreset('llama-2-7b').config);
const count7b = countParams(llama2_7b);

describe('FLOPs', () => {
  it('counts matmul parameters as the parameters minus the embedding lookup', () => {
    expect(matmulParams(llama2_7b, count7b).value).toBe(6_738_415_616 - 131_072_000);
  });

  it('keeps the tied LM head as a matmul for GPT-2', () => {
    const gpt2 = parseModelConfig(findModelPreset('gpt2').config);
    expect(matmulParams(gpt2, countParams(gpt2)).value).toBe(124_439_808 - 786_432);
  });

  it('gives 6ND and the per-token count with the attention term (PaLM: 6N + 12·L·h·d_h·T)', () => {
    const n = 6_607_343_616;
    const result = trainingFlops(llama2_7b, count7b, { tokens: 2e12, seqLen: 4096 });
    expect(result.trainingFlopsSimple).toBe(6 * n * 2e12);
    expect(result.trainingFlopsPerToken).toBe(6 * n + 12 * 32 * 32 * 128 * 4096);
  });

  it('counts causal prefill and decode FLOPs', () => {
    const n = 6_607_343_616;
    const result = inferenceFlops(llama2_7b, count7b, { promptTokens: 1000 });
    expect(result.decodeFlopsPerToken).toBe(2 * n + 4 * 32 * 32 * 128 * 1000);
    expect(result.prefillFlops).toBe(2 * n * 1000 + 4 * 32 * 32 * 128 * 500_500);
  });

  it('computes MFU from a measured throughput', () => {
    // 1,000 GPUs at 312 TFLOP/s, 6N FLOPs/token with N = 10B, 2.6M tokens/s → 50%.
    expect(modelFlopsUtilization({ tokensPerSecond: 2.6e6, flopsPerToken: 6e10, gpus: 1000, peakFlopsPerSecondPerGpu: 312e12 }).mfu).toBeCloseTo(0.5, 10);
  });
});

describe('scaling laws', () => {
  // Chinchilla: 70B parameters, 1.4T tokens → C = 6 × 70e9 × 1.4e12 = 5.88e23 FLOPs.
  const chinchillaCompute = 6 * 70e9 * 1.4e12;

  it('recovers Chinchilla (70B, 1.4T) from its compute with 20 tokens per parameter', () => {
    const result = chinchillaByTokensPerParam(chinchillaCompute, 20);
    expect(result.params).toBeCloseTo(70e9, -3);
    expect(result.tokens).toBeCloseTo(1.4e12, -5);
  });

  it('gives a smaller model from the Approach 3 fit at the same compute (the paper notes this)', () => {
    const result = chinchillaApproach3(chinchillaCompute);
    expect(result.params).toBeGreaterThan(25e9);
    expect(result.params).toBeLessThan(45e9);
    expect(6 * result.params * result.tokens).toBeCloseTo(chinchillaCompute, -18);
  });

  it('predicts a loss near 1.94 for Chinchilla with the fitted L(N, D)', () => {
    expect(chinchillaLoss(70e9, 1.4e12).loss).toBeCloseTo(1.937, 2);
  });

  it('predicts a lower Kaplan loss for more data at the same size', () => {
    expect(kaplanLoss(1e9, 1e11).loss).toBeLessThan(kaplanLoss(1e9, 1e10).loss);
  });
});

import { describe, expect, it } from 'vitest';
import { findModelPreset, kvCache, kvTokenCapacity, parseModelConfig, weightMemory } from './index.js';

const spec = (id: string) => parseModelConfig(findModelPreset(id).config);

describe('kvCache', () => {
  it('Llama-2-70B, fp16, batch 1, 4,096 tokens = 1,342,177,280 bytes (GQA with 8 KV heads)', () => {
    const result = kvCache({ spec: spec('llama-2-70b'), dtype: 'fp16', batch: 1, contextTokens: 4096 });
    expect(result.kvCacheBytes).toBe(1_342_177_280);
    expect(result.kvCacheBytesPerToken).toBe(327_680);
    expect(result.attentionKind).toBe('GQA');
    expect(result.steps[0]?.substituted).toBe('2 × 80 × 8 × 128 × 2');
  });

  it('would be 8× larger if the 64 query heads all had their own K and V (the MHA mistake)', () => {
    const asMha = { ...findModelPreset('llama-2-70b').config, num_key_value_heads: 64 };
    expect(kvCache({ spec: parseModelConfig(asMha), dtype: 'fp16', batch: 1, contextTokens: 4096 }).kvCacheBytes).toBe(8 * 1_342_177_280);
  });

  it('caches only the MLA latent and rope key for DeepSeek-V3: 61 × (512 + 64) × 2 bytes per token', () => {
    const result = kvCache({ spec: spec('deepseek-v3'), dtype: 'bf16', batch: 2, contextTokens: 1000 });
    expect(result.kvCacheBytesPerToken).toBe(70_272);
    expect(result.kvCacheBytes).toBe(140_544_000);
    expect(result.attentionKind).toBe('MLA');
  });

  it('uses the explicit head_dim of Gemma-2 (256) and MHA for GPT-2', () => {
    expect(kvCache({ spec: spec('gemma-2-9b'), dtype: 'bf16', batch: 1, contextTokens: 1 }).kvCacheBytesPerToken).toBe(2 * 42 * 8 * 256 * 2);
    expect(kvCache({ spec: spec('gpt2'), dtype: 'fp32', batch: 1, contextTokens: 1024 }).kvCacheBytes).toBe(2 * 12 * 12 * 64 * 4 * 1024);
  });

  it('refuses a 4-bit KV cache and a zero batch', () => {
    expect(() => kvCache({ spec: spec('llama-3-8b'), dtype: 'int4', batch: 1, contextTokens: 1 })).toThrow(/at least 8 bits/);
    expect(() => kvCache({ spec: spec('llama-3-8b'), dtype: 'fp16', batch: 0, contextTokens: 1 })).toThrow(/batch must be a positive integer/);
  });
});

describe('weightMemory', () => {
  it('stores Llama-2-7B in bf16 at 2 bytes per parameter', () => {
    expect(weightMemory({ params: 6_738_415_616, dtype: 'bf16' }).weightBytes).toBe(13_476_831_232);
  });

  it('adds one fp16 scale per group of 128 weights to int4', () => {
    const result = weightMemory({ params: 6_738_415_616, dtype: 'int4', groupSize: 128, scaleBytes: 2 });
    expect(result.weightBytes).toBe(3_369_207_808 + 105_287_744);
  });
});

describe('kvTokenCapacity', () => {
  it('fits whole 16-token blocks of Llama-3-8B KV cache beside bf16 weights on an 80 GB GPU', () => {
    const result = kvTokenCapacity({ gpuMemoryBytes: 80e9, memoryUtilization: 0.9, weightBytes: 16_060_522_496, reservedBytes: 2e9, kvCacheBytesPerToken: 131_072, blockTokens: 16 });
    expect(result.freeBytes).toBe(53_939_477_504);
    expect(result.blocks).toBe(25_720);
    expect(result.tokens).toBe(411_520);
  });

  it('reports zero tokens when the weights do not fit', () => {
    expect(kvTokenCapacity({ gpuMemoryBytes: 24e9, memoryUtilization: 0.9, weightBytes: 30e9, reservedBytes: 0, kvCacheBytesPerToken: 1000, blockTokens: 16 }).tokens).toBe(0);
  });
});

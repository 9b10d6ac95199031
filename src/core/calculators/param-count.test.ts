import { describe, expect, it } from 'vitest';
import { countParams, findModelPreset, parseModelConfig } from './index.js';

function countPreset(id: string) {
  return countParams(parseModelConfig(findModelPreset(id).config));
}

describe('countParams', () => {
  it('counts Llama-2-7B exactly: untied embeddings, 32 MHA layers, SwiGLU, RMSNorm', () => {
    const count = countPreset('llama-2-7b');
    expect(count.total).toBe(6_738_415_616);
    expect(count.breakdown).toEqual({ embedding: 131_072_000, attention: 2_147_483_648, mlp: 4_328_521_728, norms: 266_240, lmHead: 131_072_000 });
    expect(count.active).toBe(count.total);
  });

  it('counts GPT-2 with tied embeddings, learned positions and every bias', () => {
    const count = countPreset('gpt2');
    expect(count.total).toBe(124_439_808);
    expect(count.breakdown.lmHead).toBe(0);
    expect(count.breakdown.embedding).toBe(50257 * 768 + 1024 * 768);
  });

  it('adds Qwen2 q/k/v biases that config.json does not spell out', () => {
    const count = countPreset('qwen2.5-7b');
    const perLayerBiases = 3584 + 2 * 512;
    expect(count.breakdown.attention).toBe(28 * (3584 * 3584 * 2 + 2 * 3584 * 512 + perLayerBiases));
  });

  it('uses the explicit head_dim when it differs from hidden / heads (Gemma-2: 256, not 224)', () => {
    const count = countPreset('gemma-2-9b');
    expect(count.breakdown.attention).toBe(42 * (2 * 3584 * 16 * 256 + 2 * 3584 * 8 * 256));
    expect(count.breakdown.norms).toBe(42 * 4 * 3584 + 3584);
  });

  it('reports total and activated counts for MoE: Mixtral 8x7B uses 2 of 8 experts', () => {
    const count = countPreset('mixtral-8x7b');
    expect(count.total).toBe(46_702_792_704);
    expect(count.active).toBe(12_879_925_248);
  });

  it('counts DeepSeek-V3 MLA, shared experts, dense first layers and router biases', () => {
    const count = countPreset('deepseek-v3');
    expect(count.total).toBe(671_026_419_200);
    expect(count.active).toBe(37_552_297_472);
    expect(count.activeExcludingInputEmbedding).toBe(36_625_618_432);
  });

  it('counts a model that is not bundled: Llama-3.2-1B with tied embeddings', () => {
    const config = { model_type: 'llama', vocab_size: 128256, hidden_size: 2048, intermediate_size: 8192, num_hidden_layers: 16, num_attention_heads: 32, num_key_value_heads: 8, head_dim: 64, tie_word_embeddings: true };
    expect(countParams(parseModelConfig(config)).total).toBe(1_235_814_400);
  });

  it('counts a model that is not bundled: Qwen2.5-0.5B (tied, q/k/v biases)', () => {
    const config = { model_type: 'qwen2', vocab_size: 151936, hidden_size: 896, intermediate_size: 4864, num_hidden_layers: 24, num_attention_heads: 14, num_key_value_heads: 2, tie_word_embeddings: true };
    expect(countParams(parseModelConfig(config)).total).toBe(494_032_768);
  });

  it('counts Qwen3-0.6B with head_dim 128 ≠ 1024/16 and q/k norms (non-embedding 0.44B on its model card)', () => {
    const config = { model_type: 'qwen3', vocab_size: 151936, hidden_size: 1024, intermediate_size: 3072, num_hidden_layers: 28, num_attention_heads: 16, num_key_value_heads: 8, head_dim: 128, tie_word_embeddings: true };
    const count = countParams(parseModelConfig(config));
    expect(count.total).toBe(596_049_920);
    expect(count.total - count.breakdown.embedding).toBe(440_467_456);
  });

  it('shows every step with its numbers substituted, ending in the total', () => {
    const count = countPreset('llama-2-70b');
    const last = count.steps.at(-1);
    expect(last?.label).toBe('total parameters');
    expect(last?.value).toBe(68_976_648_192);
    expect(count.steps.find((s) => s.label === 'attention per layer')?.substituted).toBe('8,192 × 64 × 128 + 2 × 8,192 × 8 × 128 + 64 × 128 × 8,192');
  });
});

import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { parseModelConfig, parseModelConfigText } from './index.js';

const llama = { model_type: 'llama', vocab_size: 32000, hidden_size: 4096, intermediate_size: 11008, num_hidden_layers: 32, num_attention_heads: 32 };

function without(config: Record<string, unknown>, field: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(config).filter(([key]) => key !== field));
}

function errorOf(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('parseModelConfig', () => {
  it('defaults num_key_value_heads to num_attention_heads and head_dim to hidden / heads', () => {
    const spec = parseModelConfig(llama);
    expect(spec.attention).toMatchObject({ kind: 'standard', heads: 32, kvHeads: 32, headDim: 128 });
    expect(spec.tiedEmbeddings).toBe(false);
  });

  it('names a missing field', () => {
    const error = errorOf(() => parseModelConfig(without(llama, 'vocab_size')));
    expect(error.code).toBe('calc/missing-field');
    expect(error.message).toContain('"vocab_size"');
  });

  it('names a field with the wrong type', () => {
    const error = errorOf(() => parseModelConfig({ ...llama, hidden_size: '4096' }));
    expect(error.code).toBe('calc/bad-field');
    expect(error.message).toContain('"hidden_size" must be a positive integer');
  });

  it('rejects kv heads that do not divide the query heads', () => {
    expect(errorOf(() => parseModelConfig({ ...llama, num_key_value_heads: 5 })).message).toContain('"num_key_value_heads"');
  });

  it('rejects a missing head_dim when hidden_size is not divisible by the heads', () => {
    expect(errorOf(() => parseModelConfig({ ...llama, num_attention_heads: 30 })).message).toContain('"head_dim"');
  });

  it('refuses an unknown family and lists the supported ones', () => {
    const error = errorOf(() => parseModelConfig({ ...llama, model_type: 'mamba' }));
    expect(error.code).toBe('calc/unknown-family');
    expect(error.message).toContain('qwen3_moe');
  });

  it('asks for model_type when it is missing', () => {
    expect(errorOf(() => parseModelConfig(without(llama, 'model_type'))).message).toContain('"model_type"');
  });

  it('refuses text that is not JSON, or JSON that is not an object', () => {
    expect(errorOf(() => parseModelConfigText('{"model_type": ')).message).toMatch(/not valid JSON/);
    expect(errorOf(() => parseModelConfigText('[1, 2]')).message).toMatch(/must be a JSON object/);
  });

  it('refuses more experts per token than experts', () => {
    const mixtral = { ...llama, model_type: 'mixtral', num_local_experts: 8, num_experts_per_tok: 9 };
    expect(errorOf(() => parseModelConfig(mixtral)).message).toContain('"num_experts_per_tok"');
  });

  it('keeps dense layers of a qwen3_moe model listed in mlp_only_layers', () => {
    const config = { ...llama, model_type: 'qwen3_moe', num_experts: 8, num_experts_per_tok: 2, moe_intermediate_size: 256, mlp_only_layers: [0, 1] };
    expect(parseModelConfig(config).moeLayers).toBe(30);
  });

  it('reads GPT-2 field names and defaults n_inner to 4 × n_embd', () => {
    const spec = parseModelConfig({ model_type: 'gpt2', vocab_size: 50257, n_positions: 1024, n_embd: 768, n_layer: 12, n_head: 12, n_inner: null });
    expect(spec.denseMlp.intermediateSize).toBe(3072);
    expect(spec.tiedEmbeddings).toBe(true);
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelPresets } from '../../../core/calculators/index.js';
import type { CliContext } from '../../context.js';
import { runCalcCommand } from './index.js';

/** Run `llmprep calc …` in-process and capture what it prints. */
function calc(...args: string[]): { status: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const ctx: CliContext = {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    env: {},
    content: () => {
      throw new Error('calc needs no content');
    },
    services: () => {
      throw new Error('calc needs no services');
    },
  };
  const status = runCalcCommand(ctx, args);
  return { status, out: out.join('\n'), err: err.join('\n') };
}

function writeConfig(config: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'llmprep-calc-')), 'config.json');
  writeFileSync(file, typeof config === 'string' ? config : JSON.stringify(config));
  return file;
}

describe('llmprep calc', () => {
  it.each(modelPresets.map((p) => [p.id, p.published.exactTotal] as const))('params --preset %s --json prints the published total', (id, total) => {
    const run = calc('params', '--preset', id, '--json');
    expect(run.status).toBe(0);
    const json: unknown = JSON.parse(run.out);
    expect(json).toMatchObject({ total });
  });

  it('prints total and active for an MoE preset', () => {
    expect(JSON.parse(calc('params', '--preset', 'mixtral-8x7b', '--json').out)).toMatchObject({ total: 46_702_792_704, active: 12_879_925_248 });
  });

  it('counts a config.json file of a model that is not bundled (Qwen2.5-0.5B)', () => {
    const file = writeConfig({ model_type: 'qwen2', vocab_size: 151936, hidden_size: 896, intermediate_size: 4864, num_hidden_layers: 24, num_attention_heads: 14, num_key_value_heads: 2, tie_word_embeddings: true });
    expect(JSON.parse(calc('params', '--config', file, '--json').out)).toMatchObject({ total: 494_032_768, active: 494_032_768 });
  });

  it('exits 1 and names the bad field of a malformed config', () => {
    const file = writeConfig({ model_type: 'llama', vocab_size: 32000, hidden_size: -1 });
    const run = calc('params', '--config', file);
    expect(run.status).toBe(1);
    expect(run.err).toContain('calc/bad-field');
    expect(run.err).toContain('"hidden_size"');
  });

  it('exits 1 on a config that is not JSON', () => {
    expect(calc('params', '--config', writeConfig('{oops')).err).toContain('not valid JSON');
  });

  it('prints the Llama-2-70B KV cache at 4,096 tokens with its formula', () => {
    const run = calc('kv-cache', '--preset', 'llama-2-70b', '--dtype', 'fp16', '--batch', '1', '--context', '4096');
    expect(run.out).toContain('kvCacheBytes: 1,342,177,280');
    expect(run.out).toContain('= 2 × 80 × 8 × 128 × 2');
    expect(JSON.parse(calc('kv-cache', '--preset', 'llama-2-70b', '--dtype', 'fp16', '--context', '4096', '--json').out)).toMatchObject({ kvCacheBytes: 1_342_177_280 });
  });

  it('gives the ZeRO paper figure for stage 1 over 64 data-parallel GPUs', () => {
    const json: unknown = JSON.parse(calc('train-memory', '--params', '7.5e9', '--zero', '1', '--dp', '64', '--json').out);
    expect(json).toMatchObject({ totalBytesPerGpu: 31_406_250_000 });
  });

  it('adds activations when a model and a sequence length are given', () => {
    const json: unknown = JSON.parse(calc('train-memory', '--preset', 'llama-2-7b', '--seq-len', '4096', '--recompute', 'full', '--json').out);
    expect(json).toMatchObject({ activationBytes: 32 * 2 * 4096 * 4096 });
  });

  it('recovers Chinchilla from its compute', () => {
    const json = JSON.parse(calc('chinchilla', '--params', '70e9', '--tokens', '1.4e12', '--json').out) as { ruleParams: number };
    expect(json.ruleParams).toBeCloseTo(70e9, -3);
  });

  it('runs flops and throughput with --json', () => {
    expect(JSON.parse(calc('flops', '--preset', 'llama-3-8b', '--tokens', '15e12', '--json').out)).toHaveProperty('trainingFlopsSimple');
    expect(JSON.parse(calc('throughput', '--preset', 'llama-3-8b', '--gpu', 'a100-80gb-sxm', '--json').out)).toHaveProperty('criticalBatch');
  });

  it('lists the presets', () => {
    const run = calc('presets');
    expect(run.out).toContain('deepseek-v3');
    expect(run.out).toContain('rtx-4090');
  });

  it('refuses unknown flags and presets with exit 1, and unknown calculators with exit 2', () => {
    expect(calc('params', '--preset', 'llama-2-7b', '--bogus').status).toBe(1);
    expect(calc('params', '--preset', 'nope').err).toContain('unknown model preset "nope"');
    expect(calc('nope').status).toBe(2);
  });
});

import type { ModelSpec } from './model-spec.js';
import { exactStep, formatNumber, requirePositiveInteger, times, type CalcStep } from './steps.js';
import { dtypeBits, dtypeBytes, type Dtype } from './dtypes.js';
import { AppError } from '../errors.js';

export interface KvCacheInput {
  readonly spec: ModelSpec;
  readonly dtype: Dtype;
  readonly batch: number;
  readonly contextTokens: number;
}

export interface KvCacheResult {
  readonly kvCacheBytesPerToken: number;
  readonly kvCacheBytes: number;
  /** 'MHA', 'GQA', 'MQA' or 'MLA', for the explanation. */
  readonly attentionKind: string;
  readonly steps: readonly CalcStep[];
}

/** Name the attention variant that decides the KV cache size. */
export function attentionKindOf(spec: ModelSpec): 'MHA' | 'GQA' | 'MQA' | 'MLA' {
  const a = spec.attention;
  if (a.kind === 'mla') return 'MLA';
  if (a.kvHeads === 1) return 'MQA';
  return a.kvHeads === a.heads ? 'MHA' : 'GQA';
}

/** KV cache bytes for one token across all layers: K and V per KV head, or MLA's compressed latent plus rope key. */
export function kvCacheBytesPerToken(spec: ModelSpec, dtype: Dtype): CalcStep {
  if (dtypeBits[dtype] < 8) throw new AppError('calc/invalid-input', `the KV cache needs a format of at least 8 bits, got ${dtype}`);
  const bytes = dtypeBytes(dtype);
  const a = spec.attention;
  if (a.kind === 'mla') {
    return exactStep(
      'KV cache per token (MLA latent)',
      'L · (r_kv + d_rope) · bytes',
      times(spec.layers, a.kvLoraRank + a.qkRopeHeadDim, bytes),
      spec.layers * (a.kvLoraRank + a.qkRopeHeadDim) * bytes,
      'bytes',
    );
  }
  return exactStep(
    `KV cache per token (${attentionKindOf(spec)}: ${a.kvHeads} KV heads)`,
    '2 (K and V) · L · h_kv · d_h · bytes',
    `2 × ${times(spec.layers, a.kvHeads, a.headDim, bytes)}`,
    2 * spec.layers * a.kvHeads * a.headDim * bytes,
    'bytes',
  );
}

/** KV cache for a batch of sequences of a given context length. */
export function kvCache(input: KvCacheInput): KvCacheResult {
  const batch = requirePositiveInteger('batch', input.batch);
  const context = requirePositiveInteger('context tokens', input.contextTokens);
  const perToken = kvCacheBytesPerToken(input.spec, input.dtype);
  const total = exactStep('KV cache for the batch', 'per-token bytes · batch · context', `${formatNumber(perToken.value)} × ${times(batch, context)}`, perToken.value * batch * context, 'bytes');
  return { kvCacheBytesPerToken: perToken.value, kvCacheBytes: total.value, attentionKind: attentionKindOf(input.spec), steps: [perToken, total] };
}

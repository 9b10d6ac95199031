import { attentionQkHeadDim, attentionValueWidth, type ModelSpec } from './model-spec.js';
import type { ParamCount } from './param-count.js';
import { exactStep, formatNumber, realStep, requirePositive, requirePositiveInteger, times, type CalcStep } from './steps.js';

/**
 * Parameters that take part in a matrix multiply for one token: the activated parameters minus the input embedding
 * lookup (a gather, not a matmul), plus the LM head when it is tied to the embedding (it is still a V×d matmul).
 */
export function matmulParams(spec: ModelSpec, count: ParamCount): CalcStep {
  const tiedHead = spec.tiedEmbeddings ? spec.vocabSize * spec.hiddenSize : 0;
  return exactStep(
    'matmul parameters per token (N)',
    spec.tiedEmbeddings ? 'active − input embeddings + V·d (tied head)' : 'active − input embeddings',
    spec.tiedEmbeddings ? `${formatNumber(count.active)} − ${formatNumber(count.breakdown.embedding)} + ${times(spec.vocabSize, spec.hiddenSize)}` : `${formatNumber(count.active)} − ${formatNumber(count.breakdown.embedding)}`,
    count.activeExcludingInputEmbedding + tiedHead,
    'params',
  );
}

/** FLOPs per token for the attention scores and the weighted sum at a context of T tokens: 2·L·h·(d_qk + d_v)·T. */
function attentionFlopsFactor(spec: ModelSpec): number {
  return 2 * spec.layers * spec.attention.heads * attentionQkHeadDim(spec.attention) + 2 * spec.layers * attentionValueWidth(spec.attention);
}

export interface TrainingFlopsResult {
  /** 6·N·D: the standard estimate (Kaplan et al. 2020; Hoffmann et al. 2022). */
  readonly trainingFlopsSimple: number;
  /** 3 × forward, forward = 2·N + 2·L·h·(d_qk + d_v)·T per token (PaLM, Chowdhery et al. 2022, App. B). */
  readonly trainingFlopsPerToken: number;
  readonly trainingFlops: number;
  readonly steps: readonly CalcStep[];
}

/** Training FLOPs for D tokens at sequence length T. Large totals pass 2^53, so they are real numbers (estimates). */
export function trainingFlops(spec: ModelSpec, count: ParamCount, input: { readonly tokens: number; readonly seqLen: number }): TrainingFlopsResult {
  const tokens = requirePositive('training tokens', input.tokens);
  const seqLen = requirePositiveInteger('sequence length', input.seqLen);
  const n = matmulParams(spec, count);
  const simple = realStep('training FLOPs, 6ND', '6 · N · D', `6 × ${formatNumber(n.value)} × ${formatNumber(tokens)}`, 6 * n.value * tokens, 'FLOPs');
  const attention = attentionFlopsFactor(spec);
  const perToken = exactStep(
    'training FLOPs per token with attention',
    '6·N + 3 · 2·L·h·(d_qk + d_v)·T (PaLM; full, not causal-halved, attention)',
    `6 × ${formatNumber(n.value)} + 3 × ${formatNumber(attention)} × ${formatNumber(seqLen)}`,
    6 * n.value + 3 * attention * seqLen,
    'FLOPs',
  );
  const total = realStep('training FLOPs with attention', 'per token · D', `${formatNumber(perToken.value)} × ${formatNumber(tokens)}`, perToken.value * tokens, 'FLOPs');
  return { trainingFlopsSimple: simple.value, trainingFlopsPerToken: perToken.value, trainingFlops: total.value, steps: [n, simple, perToken, total] };
}

export interface InferenceFlopsResult {
  readonly prefillFlops: number;
  readonly decodeFlopsPerToken: number;
  readonly steps: readonly CalcStep[];
}

/** Forward FLOPs for a causal prefill of P prompt tokens and for decoding one token at context P. */
export function inferenceFlops(spec: ModelSpec, count: ParamCount, input: { readonly promptTokens: number }): InferenceFlopsResult {
  const p = requirePositiveInteger('prompt tokens', input.promptTokens);
  const n = matmulParams(spec, count);
  const attention = attentionFlopsFactor(spec);
  // Causal: token t attends to t keys, so the attention work sums to P·(P+1)/2 key positions.
  const keyPositions = (p * (p + 1)) / 2;
  const prefill = realStep(
    'prefill FLOPs (causal)',
    '2·N·P + 2·L·h·(d_qk + d_v) · P(P+1)/2',
    `2 × ${times(n.value, p)} + ${formatNumber(attention)} × ${formatNumber(keyPositions)}`,
    2 * n.value * p + attention * keyPositions,
    'FLOPs',
  );
  const decode = exactStep('decode FLOPs per token at context P', '2·N + 2·L·h·(d_qk + d_v) · P', `2 × ${formatNumber(n.value)} + ${formatNumber(attention)} × ${formatNumber(p)}`, 2 * n.value + attention * p, 'FLOPs');
  return { prefillFlops: prefill.value, decodeFlopsPerToken: decode.value, steps: [n, prefill, decode] };
}

export interface MfuInput {
  readonly tokensPerSecond: number;
  readonly flopsPerToken: number;
  readonly gpus: number;
  readonly peakFlopsPerSecondPerGpu: number;
}

/** Model FLOPs utilization: achieved model FLOP/s over the hardware peak (PaLM's definition, no recomputation). */
export function modelFlopsUtilization(input: MfuInput): { readonly mfu: number; readonly steps: readonly CalcStep[] } {
  const tps = requirePositive('tokens per second', input.tokensPerSecond);
  const perToken = requirePositive('FLOPs per token', input.flopsPerToken);
  const gpus = requirePositiveInteger('GPUs', input.gpus);
  const peak = requirePositive('peak FLOP/s', input.peakFlopsPerSecondPerGpu);
  const achieved = realStep('achieved model FLOP/s', 'tokens/s · FLOPs per token', `${formatNumber(tps)} × ${formatNumber(perToken)}`, tps * perToken, 'FLOP/s');
  const mfu = realStep('MFU', 'achieved / (GPUs · peak)', `${formatNumber(achieved.value)} / (${gpus} × ${formatNumber(peak)})`, achieved.value / (gpus * peak), 'ratio');
  return { mfu: mfu.value, steps: [achieved, mfu] };
}

import type { AttentionSpec, DenseMlpSpec, ModelSpec, MoeSpec } from './model-spec.js';
import { exactStep, formatNumber, plus, times, type CalcStep } from './steps.js';

/** Parameter counts of a model; `active` is what one token touches (equal to total for dense models). */
export interface ParamCount {
  readonly total: number;
  /** Every parameter a token uses, counting the input embedding table and the LM head. */
  readonly active: number;
  /** `active` without the input embedding (and position) tables: the convention of DeepSeek-V3's "37B activated". */
  readonly activeExcludingInputEmbedding: number;
  readonly breakdown: ParamBreakdown;
  readonly steps: readonly CalcStep[];
}

export interface ParamBreakdown {
  readonly embedding: number;
  readonly attention: number;
  readonly mlp: number;
  readonly norms: number;
  readonly lmHead: number;
}

interface Part {
  readonly value: number;
  readonly formula: string;
  readonly substituted: string;
}

function normWeights(spec: ModelSpec, width: number): number {
  return spec.norm === 'layernorm' ? 2 * width : width;
}

function attentionParams(a: AttentionSpec, d: number): Part {
  if (a.kind === 'standard') {
    const q = a.heads * a.headDim;
    const kv = a.kvHeads * a.headDim;
    let value = d * q + 2 * d * kv + q * d;
    let formula = 'd·h·d_h (q) + 2·d·h_kv·d_h (k, v) + h·d_h·d (o)';
    let substituted = `${times(d, a.heads, a.headDim)} + 2 × ${times(d, a.kvHeads, a.headDim)} + ${times(a.heads, a.headDim, d)}`;
    if (a.qkvBias) {
      value += q + 2 * kv;
      formula += ' + h·d_h + 2·h_kv·d_h (q/k/v biases)';
      substituted += ` + ${times(a.heads, a.headDim)} + 2 × ${times(a.kvHeads, a.headDim)}`;
    }
    if (a.outputBias) {
      value += d;
      formula += ' + d (o bias)';
      substituted += ` + ${formatNumber(d)}`;
    }
    if (a.qkNorm) {
      value += 2 * a.headDim;
      formula += ' + 2·d_h (q/k norms)';
      substituted += ` + 2 × ${formatNumber(a.headDim)}`;
    }
    return { value, formula, substituted };
  }
  const qkHead = a.qkNopeHeadDim + a.qkRopeHeadDim;
  const kvB = a.kvLoraRank * a.heads * (a.qkNopeHeadDim + a.vHeadDim);
  const kvA = d * (a.kvLoraRank + a.qkRopeHeadDim) + a.kvLoraRank;
  const o = a.heads * a.vHeadDim * d;
  if (a.qLoraRank === null) {
    return {
      value: d * a.heads * qkHead + kvA + kvB + o,
      formula: 'd·h·(d_nope+d_rope) (q) + d·(r_kv+d_rope) + r_kv (kv down + norm) + r_kv·h·(d_nope+d_v) (kv up) + h·d_v·d (o)',
      substituted: `${times(d, a.heads, qkHead)} + ${times(d, a.kvLoraRank + a.qkRopeHeadDim)} + ${formatNumber(a.kvLoraRank)} + ${times(a.kvLoraRank, a.heads, a.qkNopeHeadDim + a.vHeadDim)} + ${times(a.heads, a.vHeadDim, d)}`,
    };
  }
  const r = a.qLoraRank;
  return {
    value: d * r + r + r * a.heads * qkHead + kvA + kvB + o,
    formula: 'd·r_q + r_q (q down + norm) + r_q·h·(d_nope+d_rope) (q up) + d·(r_kv+d_rope) + r_kv (kv down + norm) + r_kv·h·(d_nope+d_v) (kv up) + h·d_v·d (o)',
    substituted: `${times(d, r)} + ${formatNumber(r)} + ${times(r, a.heads, qkHead)} + ${times(d, a.kvLoraRank + a.qkRopeHeadDim)} + ${formatNumber(a.kvLoraRank)} + ${times(a.kvLoraRank, a.heads, a.qkNopeHeadDim + a.vHeadDim)} + ${times(a.heads, a.vHeadDim, d)}`,
  };
}

function denseMlpParams(m: DenseMlpSpec, d: number): Part {
  const i = m.intermediateSize;
  if (m.gated) {
    return m.bias
      ? { value: 3 * d * i + 2 * i + d, formula: '3·d·d_ff + 2·d_ff + d (gate, up, down + biases)', substituted: `3 × ${times(d, i)} + 2 × ${formatNumber(i)} + ${formatNumber(d)}` }
      : { value: 3 * d * i, formula: '3·d·d_ff (gate, up, down)', substituted: `3 × ${times(d, i)}` };
  }
  return m.bias
    ? { value: 2 * d * i + i + d, formula: '2·d·d_ff + d_ff + d (up, down + biases)', substituted: `2 × ${times(d, i)} + ${plus(i, d)}` }
    : { value: 2 * d * i, formula: '2·d·d_ff (up, down)', substituted: `2 × ${times(d, i)}` };
}

interface MoeParts {
  readonly expert: number;
  readonly total: Part;
  readonly active: number;
}

function moeParams(m: MoeSpec, d: number): MoeParts {
  const expert = 3 * d * m.expertIntermediateSize;
  const router = d * m.routedExperts + (m.routerBias ? m.routedExperts : 0);
  const experts = m.routedExperts + m.sharedExperts;
  const formula = `(E + E_shared)·3·d·d_expert + d·E${m.routerBias ? ' + E' : ''} (experts + router)`;
  const substituted = `(${plus(m.routedExperts, m.sharedExperts)}) × 3 × ${times(d, m.expertIntermediateSize)} + ${times(d, m.routedExperts)}${m.routerBias ? ` + ${formatNumber(m.routedExperts)}` : ''}`;
  return {
    expert,
    total: { value: experts * expert + router, formula, substituted },
    active: (m.expertsPerToken + m.sharedExperts) * expert + router,
  };
}

/** Count the parameters of a model exactly, with every step of the formula. */
export function countParams(spec: ModelSpec): ParamCount {
  const d = spec.hiddenSize;
  const steps: CalcStep[] = [];
  const embedding = exactStep(
    'input embeddings',
    spec.positionEmbeddings > 0 ? 'V·d + n_pos·d' : 'V·d',
    spec.positionEmbeddings > 0 ? `${times(spec.vocabSize, d)} + ${times(spec.positionEmbeddings, d)}` : times(spec.vocabSize, d),
    spec.vocabSize * d + spec.positionEmbeddings * d,
    'params',
  );
  steps.push(embedding);
  const attn = attentionParams(spec.attention, d);
  steps.push(exactStep('attention per layer', attn.formula, attn.substituted, attn.value, 'params'));
  const norms = normWeights(spec, d) * spec.normsPerLayer;
  const normFormula = `${spec.normsPerLayer}·${spec.norm === 'layernorm' ? '2d (weight + bias)' : 'd'}`;
  steps.push(exactStep('norms per layer', normFormula, `${spec.normsPerLayer} × ${formatNumber(normWeights(spec, d))}`, norms, 'params'));

  const denseLayers = spec.layers - spec.moeLayers;
  let mlpTotal = 0;
  let mlpActive = 0;
  const mlpTerms: string[] = [];
  if (denseLayers > 0) {
    const mlp = denseMlpParams(spec.denseMlp, d);
    steps.push(exactStep('dense MLP per layer', mlp.formula, mlp.substituted, mlp.value, 'params'));
    mlpTotal += denseLayers * mlp.value;
    mlpActive += denseLayers * mlp.value;
    mlpTerms.push(times(denseLayers, mlp.value));
  }
  if (spec.moe && spec.moeLayers > 0) {
    const moe = moeParams(spec.moe, d);
    steps.push(exactStep('MoE block per layer (all experts + router)', moe.total.formula, moe.total.substituted, moe.total.value, 'params'));
    const activeSubst = `(${plus(spec.moe.expertsPerToken, spec.moe.sharedExperts)}) × ${formatNumber(moe.expert)} + router`;
    steps.push(exactStep('MoE block per layer, activated (top-k + shared + router)', '(k + E_shared)·3·d·d_expert + router', activeSubst, moe.active, 'params'));
    mlpTotal += spec.moeLayers * moe.total.value;
    mlpTerms.push(times(spec.moeLayers, moe.total.value));
    mlpActive += spec.moeLayers * moe.active;
  }
  const attentionTotal = spec.layers * attn.value;
  const normsTotal = spec.layers * norms + normWeights(spec, d);
  steps.push(exactStep('all layers: attention', 'L·attention', times(spec.layers, attn.value), attentionTotal, 'params'));
  steps.push(exactStep('all layers: MLP / MoE', 'L_dense·MLP + L_moe·MoE', mlpTerms.join(' + '), mlpTotal, 'params'));
  steps.push(exactStep('all norms (per layer + final)', 'L·norms + final norm', `${times(spec.layers, norms)} + ${formatNumber(normWeights(spec, d))}`, normsTotal, 'params'));
  const lmHead = spec.tiedEmbeddings ? 0 : spec.vocabSize * d;
  steps.push(exactStep('LM head', spec.tiedEmbeddings ? '0 (tied to the input embedding)' : 'V·d', spec.tiedEmbeddings ? '0' : times(spec.vocabSize, d), lmHead, 'params'));
  const total = embedding.value + attentionTotal + mlpTotal + normsTotal + lmHead;
  steps.push(exactStep('total parameters', 'embeddings + attention + MLP + norms + LM head', plus(embedding.value, attentionTotal, mlpTotal, normsTotal, lmHead), total, 'params'));
  const active = embedding.value + attentionTotal + mlpActive + normsTotal + lmHead;
  if (spec.moe) {
    steps.push(exactStep('activated parameters per token', 'embeddings + attention + activated MLP + norms + LM head', plus(embedding.value, attentionTotal, mlpActive, normsTotal, lmHead), active, 'params'));
  }
  return {
    total,
    active,
    activeExcludingInputEmbedding: active - embedding.value,
    breakdown: { embedding: embedding.value, attention: attentionTotal, mlp: mlpTotal, norms: normsTotal, lmHead },
    steps,
  };
}

/**
 * The architecture facts every calculator needs, normalised from a Hugging Face config.json so the counting code
 * never has to know which family spelled a field which way.
 */
export const modelFamilies = ['gpt2', 'llama', 'mistral', 'mixtral', 'qwen2', 'qwen3', 'qwen3_moe', 'gemma2', 'phi3', 'deepseek_v3'] as const;
export type ModelFamily = (typeof modelFamilies)[number];

/** Standard multi-head attention; GQA when kvHeads < heads, MQA when kvHeads = 1. */
export interface StandardAttention {
  readonly kind: 'standard';
  readonly heads: number;
  readonly kvHeads: number;
  /** Per-head width; may differ from hidden / heads (Gemma-2, Qwen3). */
  readonly headDim: number;
  readonly qkvBias: boolean;
  readonly outputBias: boolean;
  /** Qwen3's per-head RMSNorm on queries and keys (headDim weights each). */
  readonly qkNorm: boolean;
}

/** DeepSeek multi-head latent attention: K and V are rebuilt from a cached low-rank latent. */
export interface LatentAttention {
  readonly kind: 'mla';
  readonly heads: number;
  /** Low rank of the query path; null when queries are projected directly (DeepSeek-V2-Lite). */
  readonly qLoraRank: number | null;
  readonly kvLoraRank: number;
  readonly qkNopeHeadDim: number;
  readonly qkRopeHeadDim: number;
  readonly vHeadDim: number;
}

export type AttentionSpec = StandardAttention | LatentAttention;

export interface DenseMlpSpec {
  readonly intermediateSize: number;
  /** Gated (SwiGLU/GeGLU: gate, up, down) or plain (up, down). */
  readonly gated: boolean;
  readonly bias: boolean;
}

export interface MoeSpec {
  readonly routedExperts: number;
  readonly expertsPerToken: number;
  readonly expertIntermediateSize: number;
  readonly sharedExperts: number;
  /** DeepSeek-V3 adds a per-expert bias to the router scores (e_score_correction_bias). */
  readonly routerBias: boolean;
}

export interface ModelSpec {
  readonly family: ModelFamily;
  readonly vocabSize: number;
  readonly hiddenSize: number;
  readonly layers: number;
  /** Learned absolute position embeddings (GPT-2), 0 for rotary models. */
  readonly positionEmbeddings: number;
  readonly tiedEmbeddings: boolean;
  /** LayerNorm has a weight and a bias per channel; RMSNorm only a weight. */
  readonly norm: 'layernorm' | 'rmsnorm';
  /** Norms inside each decoder layer (2 for most, 4 for Gemma-2's sandwich norms). */
  readonly normsPerLayer: number;
  readonly attention: AttentionSpec;
  readonly denseMlp: DenseMlpSpec;
  readonly moe: MoeSpec | null;
  /** How many of the layers use the MoE block instead of the dense MLP. */
  readonly moeLayers: number;
}

/** Width of the attention output (heads × value head dim), the input width of the output projection. */
export function attentionValueWidth(attention: AttentionSpec): number {
  return attention.kind === 'standard' ? attention.heads * attention.headDim : attention.heads * attention.vHeadDim;
}

/** Per-head query/key width used in the attention scores. */
export function attentionQkHeadDim(attention: AttentionSpec): number {
  return attention.kind === 'standard' ? attention.headDim : attention.qkNopeHeadDim + attention.qkRopeHeadDim;
}

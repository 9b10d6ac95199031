import { AppError } from '../errors.js';
import {
  readCount,
  readNullableCount,
  readOptionalBool,
  readOptionalCount,
  readOptionalCountOrZero,
  readOptionalIndexList,
  requireThat,
  type RawConfig,
} from './config-fields.js';
import { modelFamilies, type ModelFamily, type ModelSpec, type StandardAttention } from './model-spec.js';

/** Parse the text of a config.json (pasted or uploaded) into a ModelSpec. */
export function parseModelConfigText(text: string): ModelSpec {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new AppError('calc/bad-field', `config.json is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  return parseModelConfig(json);
}

/** Convert a Hugging Face config.json object into the normalised ModelSpec, naming any missing or bad field. */
export function parseModelConfig(json: unknown): ModelSpec {
  if (!isRecord(json)) throw new AppError('calc/bad-field', 'config.json must be a JSON object');
  const config = json;
  const family = readFamily(config);
  switch (family) {
    case 'gpt2':
      return parseGpt2(config);
    case 'deepseek_v3':
      return parseDeepseekV3(config);
    default:
      return parseRotaryDecoder(config, family);
  }
}

function isRecord(value: unknown): value is RawConfig {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readFamily(config: RawConfig): ModelFamily {
  const modelType = config['model_type'];
  if (modelType === undefined) throw new AppError('calc/missing-field', 'config.json: missing required field "model_type"');
  const family = modelFamilies.find((f) => f === modelType);
  if (!family) {
    throw new AppError('calc/unknown-family', `config.json: model_type ${JSON.stringify(modelType)} is not supported (supported: ${modelFamilies.join(', ')})`);
  }
  return family;
}

function parseGpt2(config: RawConfig): ModelSpec {
  const hiddenSize = readCount(config, 'n_embd');
  const heads = readCount(config, 'n_head');
  requireThat(hiddenSize % heads === 0, 'n_head', `must divide n_embd (${hiddenSize})`);
  return {
    family: 'gpt2',
    vocabSize: readCount(config, 'vocab_size'),
    hiddenSize,
    layers: readCount(config, 'n_layer'),
    positionEmbeddings: readCount(config, 'n_positions'),
    // GPT2LMHeadModel always ties lm_head to wte.
    tiedEmbeddings: true,
    norm: 'layernorm',
    normsPerLayer: 2,
    attention: { kind: 'standard', heads, kvHeads: heads, headDim: hiddenSize / heads, qkvBias: true, outputBias: true, qkNorm: false },
    denseMlp: { intermediateSize: readOptionalCount(config, 'n_inner', 4 * hiddenSize), gated: false, bias: true },
    moe: null,
    moeLayers: 0,
  };
}

/** Defaults of transformers' config classes for fields a config.json may leave out. */
const tiedByDefault: Record<ModelFamily, boolean> = {
  gpt2: true,
  llama: false,
  mistral: false,
  mixtral: false,
  qwen2: false,
  qwen3: false,
  qwen3_moe: false,
  gemma2: true,
  phi3: false,
  deepseek_v3: false,
};

function standardAttention(config: RawConfig, family: ModelFamily, hiddenSize: number): StandardAttention {
  const heads = readCount(config, 'num_attention_heads');
  const kvHeads = readOptionalCount(config, 'num_key_value_heads', heads);
  requireThat(heads % kvHeads === 0, 'num_key_value_heads', `(${kvHeads}) must divide num_attention_heads (${heads})`);
  const explicitHeadDim = readNullableCount(config, 'head_dim');
  if (explicitHeadDim === null) {
    requireThat(hiddenSize % heads === 0, 'head_dim', `is missing and hidden_size (${hiddenSize}) is not divisible by num_attention_heads (${heads})`);
  }
  const attentionBias = readOptionalBool(config, 'attention_bias', false);
  return {
    kind: 'standard',
    heads,
    kvHeads,
    headDim: explicitHeadDim ?? hiddenSize / heads,
    // Qwen2 always has q/k/v biases (not spelled out in config.json) and no output bias.
    qkvBias: family === 'qwen2' ? true : attentionBias,
    outputBias: family === 'qwen2' ? false : attentionBias,
    qkNorm: family === 'qwen3' || family === 'qwen3_moe',
  };
}

/** Llama-style decoders: llama, mistral, mixtral, qwen2, qwen3, qwen3_moe, gemma2, phi3. */
function parseRotaryDecoder(config: RawConfig, family: ModelFamily): ModelSpec {
  const hiddenSize = readCount(config, 'hidden_size');
  const layers = readCount(config, 'num_hidden_layers');
  const attention = standardAttention(config, family, hiddenSize);
  const base = {
    family,
    vocabSize: readCount(config, 'vocab_size'),
    hiddenSize,
    layers,
    positionEmbeddings: 0,
    tiedEmbeddings: readOptionalBool(config, 'tie_word_embeddings', tiedByDefault[family]),
    norm: 'rmsnorm' as const,
    normsPerLayer: family === 'gemma2' ? 4 : 2,
    attention,
  };
  if (family === 'mixtral') {
    const routedExperts = readCount(config, 'num_local_experts');
    const intermediateSize = readCount(config, 'intermediate_size');
    const expertsPerToken = readCount(config, 'num_experts_per_tok');
    requireThat(expertsPerToken <= routedExperts, 'num_experts_per_tok', `(${expertsPerToken}) exceeds num_local_experts (${routedExperts})`);
    return {
      ...base,
      denseMlp: { intermediateSize, gated: true, bias: false },
      moe: { routedExperts, expertsPerToken, expertIntermediateSize: intermediateSize, sharedExperts: 0, routerBias: false },
      moeLayers: layers,
    };
  }
  if (family === 'qwen3_moe') return { ...base, ...qwen3MoeBlocks(config, layers) };
  const mlpBias = family === 'llama' ? readOptionalBool(config, 'mlp_bias', false) : false;
  return { ...base, denseMlp: { intermediateSize: readCount(config, 'intermediate_size'), gated: true, bias: mlpBias }, moe: null, moeLayers: 0 };
}

function qwen3MoeBlocks(config: RawConfig, layers: number): Pick<ModelSpec, 'denseMlp' | 'moe' | 'moeLayers'> {
  const routedExperts = readCount(config, 'num_experts');
  const expertsPerToken = readCount(config, 'num_experts_per_tok');
  requireThat(expertsPerToken <= routedExperts, 'num_experts_per_tok', `(${expertsPerToken}) exceeds num_experts (${routedExperts})`);
  const sparseStep = readOptionalCount(config, 'decoder_sparse_step', 1);
  const mlpOnly = new Set(readOptionalIndexList(config, 'mlp_only_layers'));
  // transformers: layer i is sparse when it is not in mlp_only_layers and (i + 1) % decoder_sparse_step == 0.
  let moeLayers = 0;
  for (let i = 0; i < layers; i += 1) if (!mlpOnly.has(i) && (i + 1) % sparseStep === 0) moeLayers += 1;
  const dense = moeLayers < layers ? readCount(config, 'intermediate_size') : readOptionalCount(config, 'intermediate_size', 1);
  return {
    denseMlp: { intermediateSize: dense, gated: true, bias: false },
    moe: { routedExperts, expertsPerToken, expertIntermediateSize: readCount(config, 'moe_intermediate_size'), sharedExperts: 0, routerBias: false },
    moeLayers,
  };
}

function parseDeepseekV3(config: RawConfig): ModelSpec {
  const hiddenSize = readCount(config, 'hidden_size');
  const layers = readCount(config, 'num_hidden_layers');
  const routedExperts = readOptionalCountOrZero(config, 'n_routed_experts', 0);
  const firstDense = readOptionalCountOrZero(config, 'first_k_dense_replace', 0);
  const layerFreq = readOptionalCount(config, 'moe_layer_freq', 1);
  // transformers: layer i is MoE when n_routed_experts > 0, i >= first_k_dense_replace and i % moe_layer_freq == 0.
  let moeLayers = 0;
  if (routedExperts > 0) for (let i = firstDense; i < layers; i += 1) if (i % layerFreq === 0) moeLayers += 1;
  const expertsPerToken = routedExperts > 0 ? readCount(config, 'num_experts_per_tok') : 0;
  requireThat(expertsPerToken <= routedExperts, 'num_experts_per_tok', `(${expertsPerToken}) exceeds n_routed_experts (${routedExperts})`);
  return {
    family: 'deepseek_v3',
    vocabSize: readCount(config, 'vocab_size'),
    hiddenSize,
    layers,
    positionEmbeddings: 0,
    tiedEmbeddings: readOptionalBool(config, 'tie_word_embeddings', false),
    norm: 'rmsnorm',
    normsPerLayer: 2,
    attention: {
      kind: 'mla',
      heads: readCount(config, 'num_attention_heads'),
      qLoraRank: readNullableCount(config, 'q_lora_rank'),
      kvLoraRank: readCount(config, 'kv_lora_rank'),
      qkNopeHeadDim: readCount(config, 'qk_nope_head_dim'),
      qkRopeHeadDim: readCount(config, 'qk_rope_head_dim'),
      vHeadDim: readCount(config, 'v_head_dim'),
    },
    denseMlp: { intermediateSize: moeLayers < layers ? readCount(config, 'intermediate_size') : 1, gated: true, bias: false },
    moe:
      routedExperts > 0
        ? {
            routedExperts,
            expertsPerToken,
            expertIntermediateSize: readCount(config, 'moe_intermediate_size'),
            sharedExperts: readOptionalCountOrZero(config, 'n_shared_experts', 0),
            routerBias: true,
          }
        : null,
    moeLayers,
  };
}

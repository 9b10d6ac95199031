import type { ModelPreset } from './types.js';

// config.json fields as in the Hugging Face repositories (fields that do not affect any calculator trimmed).
const llama2Common = { model_type: 'llama', hidden_act: 'silu', rms_norm_eps: 1e-5, tie_word_embeddings: false, vocab_size: 32000, max_position_embeddings: 4096, torch_dtype: 'float16' } as const;
const llama3Common = { model_type: 'llama', hidden_act: 'silu', rms_norm_eps: 1e-5, tie_word_embeddings: false, vocab_size: 128256, rope_theta: 500000, torch_dtype: 'bfloat16' } as const;

export const llamaPresets: readonly ModelPreset[] = [
  {
    id: 'llama-2-7b',
    name: 'meta-llama/Llama-2-7b-hf',
    config: { ...llama2Common, hidden_size: 4096, intermediate_size: 11008, num_attention_heads: 32, num_hidden_layers: 32, num_key_value_heads: 32 },
    published: { exactTotal: 6_738_415_616, basis: 'published-exact', statedTotal: '6.74B', source: 'https://huggingface.co/meta-llama/Llama-2-7b-hf (safetensors: 6.74B params); Llama 2 paper https://arxiv.org/abs/2307.09288' },
  },
  {
    id: 'llama-2-13b',
    name: 'meta-llama/Llama-2-13b-hf',
    config: { ...llama2Common, hidden_size: 5120, intermediate_size: 13824, num_attention_heads: 40, num_hidden_layers: 40, num_key_value_heads: 40 },
    published: { exactTotal: 13_015_864_320, basis: 'checkpoint-from-config', statedTotal: '13.0B', source: 'https://huggingface.co/meta-llama/Llama-2-13b-hf (13B params); exact integer: the safetensors checkpoint as computed from config.json' },
  },
  {
    id: 'llama-2-70b',
    name: 'meta-llama/Llama-2-70b-hf',
    config: { ...llama2Common, hidden_size: 8192, intermediate_size: 28672, num_attention_heads: 64, num_hidden_layers: 80, num_key_value_heads: 8 },
    published: { exactTotal: 68_976_648_192, basis: 'checkpoint-from-config', statedTotal: '69.0B', source: 'https://huggingface.co/meta-llama/Llama-2-70b-hf (69B params); exact integer: the safetensors checkpoint as computed from config.json' },
  },
  {
    id: 'llama-3-8b',
    name: 'meta-llama/Meta-Llama-3-8B',
    config: { ...llama3Common, hidden_size: 4096, intermediate_size: 14336, num_attention_heads: 32, num_hidden_layers: 32, num_key_value_heads: 8, max_position_embeddings: 8192 },
    published: { exactTotal: 8_030_261_248, basis: 'published-exact', statedTotal: '8.03B', source: 'https://huggingface.co/meta-llama/Meta-Llama-3-8B (safetensors: 8.03B params)' },
  },
  {
    id: 'llama-3-70b',
    name: 'meta-llama/Meta-Llama-3-70B',
    config: { ...llama3Common, hidden_size: 8192, intermediate_size: 28672, num_attention_heads: 64, num_hidden_layers: 80, num_key_value_heads: 8, max_position_embeddings: 8192 },
    published: { exactTotal: 70_553_706_496, basis: 'checkpoint-from-config', statedTotal: '70.6B', source: 'https://huggingface.co/meta-llama/Meta-Llama-3-70B (70.6B params); exact integer: the safetensors checkpoint as computed from config.json' },
  },
  {
    id: 'llama-3.1-405b',
    name: 'meta-llama/Llama-3.1-405B',
    config: {
      ...llama3Common,
      hidden_size: 16384,
      intermediate_size: 53248,
      num_attention_heads: 128,
      num_hidden_layers: 126,
      num_key_value_heads: 8,
      max_position_embeddings: 131072,
      rope_scaling: { factor: 8.0, low_freq_factor: 1.0, high_freq_factor: 4.0, original_max_position_embeddings: 8192, rope_type: 'llama3' },
    },
    published: { exactTotal: 405_853_388_800, basis: 'checkpoint-from-config', statedTotal: '406B', source: 'https://huggingface.co/meta-llama/Llama-3.1-405B (406B params; "405B" in the Llama 3 paper https://arxiv.org/abs/2407.21783); exact integer: the safetensors checkpoint as computed from config.json' },
  },
];

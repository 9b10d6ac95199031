import { llamaPresets } from './llama.js';
import { mistralQwenPresets } from './mistral-qwen.js';
import { otherPresets } from './others.js';
import type { ModelPreset } from './types.js';

export type { CountBasis, JsonConfig, JsonValue, ModelPreset, PublishedCount } from './types.js';

/** Every bundled model, in the order a picker shows them (GPT-2 first, then by family). */
export const modelPresets: readonly ModelPreset[] = [...otherPresets.filter((p) => p.id === 'gpt2'), ...llamaPresets, ...mistralQwenPresets, ...otherPresets.filter((p) => p.id !== 'gpt2')];

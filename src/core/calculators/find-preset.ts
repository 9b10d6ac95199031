import { AppError } from '../errors.js';
import { modelPresets, type ModelPreset } from './presets/index.js';

/** The preset with this id; a calc/unknown-preset error lists the valid ids otherwise. */
export function findModelPreset(id: string): ModelPreset {
  const preset = modelPresets.find((p) => p.id === id);
  if (!preset) throw new AppError('calc/unknown-preset', `unknown model preset "${id}" (known: ${modelPresets.map((p) => p.id).join(', ')})`);
  return preset;
}

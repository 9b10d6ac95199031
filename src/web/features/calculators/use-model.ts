import { useMemo, useState } from 'react';
import { AppError } from '../../../core/errors.js';
import { countParams, findModelPreset, parseModelConfig, parseModelConfigText, type ModelSpec, type ParamCount } from '../../../core/calculators/index.js';

export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/** Run a pure calculation; a calculator's AppError becomes a message to show next to the form. */
export function attempt<T>(run: () => T): Outcome<T> {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, message: error.message };
    throw error;
  }
}

export interface LoadedModel {
  readonly spec: ModelSpec;
  readonly count: ParamCount;
}

export const customSource = 'custom';

/** The model being calculated: a bundled preset or a pasted/uploaded config.json, parsed on every change. */
export function useModel(initialPreset: string) {
  const [source, setSource] = useState(initialPreset);
  const [configText, setConfigText] = useState('');
  const model = useMemo<Outcome<LoadedModel>>(
    () =>
      attempt(() => {
        const spec = source === customSource ? parseModelConfigText(configText) : parseModelConfig(findModelPreset(source).config);
        return { spec, count: countParams(spec) };
      }),
    [source, configText],
  );
  return { source, setSource, configText, setConfigText, model };
}

import { describe, expect, it } from 'vitest';
import { countParams, findModelPreset, modelPresets, parseModelConfig } from '../index.js';

/** Does an exact count agree with a headline figure like "6.74B" (rounded or truncated to its digits)? */
function agreesWithStated(count: number, stated: string): boolean {
  const match = /^(\d+)(?:\.(\d+))?([MB])$/.exec(stated);
  if (!match) throw new Error(`bad stated figure ${stated}`);
  const decimals = match[2]?.length ?? 0;
  const unit = (match[3] === 'B' ? 1e9 : 1e6) / 10 ** decimals;
  const statedUnits = Number(`${match[1]}${match[2] ?? ''}`);
  return Math.round(count / unit) === statedUnits || Math.floor(count / unit) === statedUnits;
}

describe('model presets', () => {
  it('bundles at least the 15 models the issue lists, with unique ids', () => {
    expect(modelPresets.length).toBeGreaterThanOrEqual(15);
    expect(new Set(modelPresets.map((p) => p.id)).size).toBe(modelPresets.length);
  });

  it.each(modelPresets.map((p) => [p.id, p] as const))('%s: the calculator reproduces the exact count', (_id, preset) => {
    expect(countParams(parseModelConfig(preset.config)).total).toBe(preset.published.exactTotal);
  });

  it.each(modelPresets.map((p) => [p.id, p] as const))('%s: the exact count agrees with the stated figure and has a source', (_id, preset) => {
    expect(agreesWithStated(preset.published.exactTotal, preset.published.statedTotal)).toBe(true);
    expect(preset.published.source).toMatch(/^https:\/\//);
  });

  it.each(modelPresets.filter((p) => p.published.statedActive).map((p) => [p.id, p] as const))(
    '%s: the activated count agrees with the stated figure in its convention',
    (_id, preset) => {
      const count = countParams(parseModelConfig(preset.config));
      const active = preset.published.activeConvention === 'excludes-input-embedding' ? count.activeExcludingInputEmbedding : count.active;
      expect(agreesWithStated(active, preset.published.statedActive ?? '')).toBe(true);
    },
  );

  it('names the known ids when a preset is unknown', () => {
    expect(() => findModelPreset('llama-9')).toThrow(/unknown model preset "llama-9".*llama-2-7b/);
  });
});

import { z } from 'zod';
import type { CalcStep, ParamBreakdown } from '../core/calculators/index.js';

/** POST /api/calc/params — a pasted config.json (as an object) or a bundled preset id. */
export const paramsRequest = z.union([
  z.object({ config: z.record(z.string(), z.unknown()) }).strict(),
  z.object({ preset: z.string().min(1).max(64) }).strict(),
]);
export type ParamsRequest = z.infer<typeof paramsRequest>;

export interface ParamsResponse {
  readonly family: string;
  readonly total: number;
  readonly active: number;
  readonly activeExcludingInputEmbedding: number;
  readonly breakdown: ParamBreakdown;
  readonly steps: readonly CalcStep[];
}

/** GET /api/calc/presets — bundled model ids with their published counts. */
export interface PresetsResponse {
  readonly models: readonly { readonly id: string; readonly name: string; readonly total: number; readonly stated: string; readonly source: string }[];
}

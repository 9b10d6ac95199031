import { Hono } from 'hono';
import { paramsRequest, type ParamsResponse, type PresetsResponse } from '../../contract/calc.js';
import { countParams, findModelPreset, modelPresets, parseModelConfig } from '../../core/calculators/index.js';

/**
 * Calculators are pure core functions with no I/O, so these routes call core directly (no service adds anything);
 * the web page computes in the browser and these serve other clients and scripts.
 */
export function calcRoutes(): Hono {
  return new Hono()
    .post('/calc/params', async (c) => {
      const body = paramsRequest.parse(await c.req.json());
      const spec = parseModelConfig('preset' in body ? findModelPreset(body.preset).config : body.config);
      const { steps, ...count } = countParams(spec);
      return c.json<ParamsResponse>({ family: spec.family, ...count, steps });
    })
    .get('/calc/presets', (c) =>
      c.json<PresetsResponse>({
        models: modelPresets.map((p) => ({ id: p.id, name: p.name, total: p.published.exactTotal, stated: p.published.statedTotal, source: p.published.source })),
      }),
    );
}

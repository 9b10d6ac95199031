import { describe, expect, it } from 'vitest';
import { createTestServices, loopbackHeaders } from '../../../tests/support/test-services.js';
import { createServer } from '../create-server.js';

const app = createServer(createTestServices());

function post(body: unknown) {
  return app.request('/api/calc/params', { method: 'POST', headers: { ...loopbackHeaders, 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

describe('POST /api/calc/params', () => {
  it('counts a pasted config.json', async () => {
    const res = await post({ config: { model_type: 'mistral', vocab_size: 32000, hidden_size: 4096, intermediate_size: 14336, num_hidden_layers: 32, num_attention_heads: 32, num_key_value_heads: 8 } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ family: 'mistral', total: 7_241_732_096, active: 7_241_732_096 });
  });

  it('counts a bundled preset', async () => {
    expect(await (await post({ preset: 'qwen3-30b-a3b' })).json()).toMatchObject({ total: 30_532_122_624, active: 3_353_032_704 });
  });

  it('answers 400 with the missing field named', async () => {
    const res = await post({ config: { model_type: 'llama' } });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: 'calc/missing-field', message: 'config.json: missing required field "hidden_size"' } });
  });

  it('answers 400 to a body that is neither a config nor a preset, and 404 to an unknown preset', async () => {
    expect((await post({ model_type: 'llama' })).status).toBe(400);
    expect((await post({ preset: 'gpt-5' })).status).toBe(404);
  });

  it('lists the presets', async () => {
    const res = await app.request('/api/calc/presets', { headers: loopbackHeaders });
    const body = (await res.json()) as { models: { id: string }[] };
    expect(body.models.map((m) => m.id)).toContain('llama-3.1-405b');
  });
});

import { afterAll, describe, expect, it } from 'vitest';
import type { GradeResponse } from '../src/contract/grading.js';
import { createServer } from '../src/server/create-server.js';
import { createTestServices, loopbackHeaders } from './support/test-services.js';

const services = createTestServices();
const app = createServer(services);
afterAll(() => services.close());

const grade = async (body: unknown) => {
  const res = await app.request('/api/grade', { method: 'POST', headers: { ...loopbackHeaders, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as GradeResponse };
};

describe('POST /api/grade', () => {
  it('reports which key points of a real question an answer covers, by terms in either language', async () => {
    const answer = '点积的方差为 d_k，所以要除以根号dk，否则 softmax 饱和，梯度消失。';
    const { status, body } = await grade({ questionId: 'attn-why-sqrt-dk', answer, lang: 'zh' });
    expect(status).toBe(200);
    expect(body.total).toBeGreaterThanOrEqual(3);
    expect(body.keyPoints.filter((k) => k.covered).map((k) => k.id)).toEqual(expect.arrayContaining(['variance-dk', 'rescale-to-unit', 'softmax-saturation', 'vanishing-gradient']));
    expect(body.score).toBeCloseTo(body.covered / body.total);
    expect(body.keyPoints[0]?.textHtml).toContain('katex');
  });

  it('gives no credit to an answer that names none of the terms', async () => {
    const { body } = await grade({ questionId: 'attn-why-sqrt-dk', answer: 'It makes the model better.', lang: 'en' });
    expect(body.covered).toBe(0);
  });

  it('validates the question id and refuses unknown questions', async () => {
    expect((await grade({ questionId: 'Not An Id', answer: 'x' })).status).toBe(400);
    expect((await grade({ questionId: 'no-such-question', answer: 'x' })).status).toBe(404);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GradeResponse, LlmSettingsResponse } from '../src/contract/grading.js';
import { createServer } from '../src/server/create-server.js';
import { startFakeOpenAi, type FakeOpenAi } from './support/fake-openai.js';
import { createTestServices, loopbackHeaders } from './support/test-services.js';

const services = createTestServices();
const app = createServer(services);
let fake: FakeOpenAi;
beforeAll(async () => {
  fake = await startFakeOpenAi();
});
afterAll(async () => {
  services.close();
  await fake.close();
});

const call = async <T>(path: string, method: string, body?: unknown) => {
  const res = await app.request(path, { method, headers: { ...loopbackHeaders, 'content-type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  return { status: res.status, body: (await res.json()) as T };
};
const configure = (model: string, apiKey?: string) => call<LlmSettingsResponse>('/api/llm/settings', 'PUT', { baseUrl: fake.baseUrl, model, ...(apiKey === undefined ? {} : { apiKey }) });
const grade = (answer: string) => call<GradeResponse>('/api/grade', 'POST', { questionId: 'attn-why-sqrt-dk', answer, lang: 'en', mode: 'llm' });

describe('grading with an OpenAI-compatible LLM', () => {
  it('refuses with a clear error until an LLM is configured', async () => {
    const r = await grade('anything');
    expect(r.status).toBe(409);
    expect(r.body).toMatchObject({ error: { code: 'llm/not-configured' } });
  });

  it('stores the settings but never returns the API key', async () => {
    const r = await configure('grader', 'sk-local-123');
    expect(r.body).toEqual({ baseUrl: fake.baseUrl, model: 'grader', hasApiKey: true, configured: true });
    expect(JSON.stringify(r.body)).not.toContain('sk-local-123');
  });

  it('sends the question, the rubric and the answer, and returns the verdict per key point', async () => {
    const r = await grade('It is about variance-dk and softmax-saturation.');
    expect(r.status).toBe(200);
    expect(r.body.mode).toBe('llm');
    expect(r.body.keyPoints.filter((k) => k.covered).map((k) => k.id)).toEqual(['variance-dk', 'softmax-saturation']);
    expect(r.body.keyPoints[0]?.comment).toBe('mentions variance-dk');
    expect(r.body.feedback).toBe('Fake feedback.');
    const sent = fake.requests.at(-1);
    expect(sent?.authorization).toBe('Bearer sk-local-123');
    expect(sent?.body.model).toBe('grader');
    const user = sent?.body.messages.find((m) => m.role === 'user')?.content ?? '';
    expect(user).toContain('- rescale-to-unit: ');
    expect(user).toContain('Candidate answer:\nIt is about variance-dk');
  });

  it('accepts JSON wrapped in prose and a code fence', async () => {
    await configure('chatty');
    expect((await grade('vanishing-gradient')).body.keyPoints.find((k) => k.id === 'vanishing-gradient')?.covered).toBe(true);
  });

  it('explains a reply that is not the expected JSON, and a server that is down', async () => {
    await configure('broken');
    const bad = await grade('x');
    expect(bad.status).toBe(502);
    expect(bad.body).toMatchObject({ error: { code: 'llm/bad-response' } });
    await call('/api/llm/settings', 'PUT', { baseUrl: 'http://127.0.0.1:9/v1', model: 'grader' });
    const down = await grade('x');
    expect(down.status).toBe(502);
    expect(down.body).toMatchObject({ error: { code: 'llm/unavailable', message: expect.stringContaining('127.0.0.1:9') } });
  });

  it('keeps the API key out of backups, and a restore keeps the key on this machine', async () => {
    const backup = services.backup.create();
    expect(JSON.stringify(backup)).not.toContain('sk-local-123');
    services.backup.restore(backup);
    expect(services.grading.llmSettings().hasApiKey).toBe(true);
    const smuggled = { ...backup, tables: { ...backup.tables, settings: [{ key: 'secret.llm.apiKey', value: 'evil', updated_at: 'x' }] } };
    expect(() => services.backup.restore(smuggled)).toThrow(/does not fit/);
  });
});

import { afterAll, describe, expect, it } from 'vitest';
import { createTestServices, loopbackHeaders } from '../../tests/support/test-services.js';
import { createServer } from './create-server.js';

const services = createTestServices();
const app = createServer(services);
afterAll(() => services.close());

describe('createServer › security guard', () => {
  it('answers /api/health from a loopback Host', async () => {
    for (const host of ['127.0.0.1:4310', 'localhost:4310', '[::1]:4310', 'localhost']) {
      const res = await app.request('/api/health', { headers: { host } });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ ok: true, version: services.version });
    }
  });

  it('refuses a foreign Host header with 403 (DNS rebinding)', async () => {
    for (const host of ['evil.example', 'evil.example:4310', '127.0.0.1.evil.example', '']) {
      const res = await app.request('/api/health', { headers: { host } });
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ error: { code: 'http/forbidden-host' } });
    }
  });

  it('refuses a POST from another origin with 403', async () => {
    const res = await app.request('/api/health', { method: 'POST', headers: { ...loopbackHeaders, origin: 'http://evil.example' } });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ error: { code: 'http/forbidden-origin' } });
  });

  it('refuses a cross-site POST even without Origin, and an opaque "null" origin', async () => {
    const crossSite = await app.request('/api/health', { method: 'POST', headers: { ...loopbackHeaders, 'sec-fetch-site': 'cross-site' } });
    expect(crossSite.status).toBe(403);
    const nullOrigin = await app.request('/api/health', { method: 'POST', headers: { ...loopbackHeaders, origin: 'null' } });
    expect(nullOrigin.status).toBe(403);
  });

  it('lets a same-origin POST through to routing (404 JSON here, not 403)', async () => {
    const res = await app.request('/api/health', { method: 'POST', headers: { ...loopbackHeaders, origin: 'http://127.0.0.1:4310' } });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'request/not-found' } });
  });

  it('refuses an oversized request body before any route parses it', async () => {
    const res = await app.request('/api/review/rate', { method: 'POST', headers: { ...loopbackHeaders, 'content-type': 'application/json' }, body: JSON.stringify({ cardId: 'x'.repeat(3 * 1024 * 1024), rating: 3 }) });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'request/invalid', message: expect.stringContaining('too large') } });
  });

  it('requires the token on every API request when one is configured', async () => {
    const guarded = createServer(services, { token: 's3cret', extraHosts: ['192.168.1.20'] });
    const headers = { host: '192.168.1.20:4310' };
    expect((await guarded.request('/api/health', { headers })).status).toBe(401);
    expect((await guarded.request('/api/health', { headers: { ...headers, authorization: 'Bearer wrong' } })).status).toBe(401);
    expect((await guarded.request('/api/health', { headers: { ...headers, authorization: 'Bearer s3cret' } })).status).toBe(200);
    expect((await guarded.request('/api/health', { headers: { host: 'evil.example' } })).status).toBe(403);
  });
});

describe('createServer › library API', () => {
  it('lists 10 categories, core tier first, with all 100 topics', async () => {
    const res = await app.request('/api/library?lang=en', { headers: loopbackHeaders });
    const body = (await res.json()) as { categories: { tier: string; topics: unknown[] }[] };
    expect(body.categories).toHaveLength(10);
    expect(body.categories.slice(0, 6).every((c) => c.tier === 'core')).toBe(true);
    expect(body.categories.reduce((n, c) => n + c.topics.length, 0)).toBe(100);
  });

  it('renders a written topic with math as HTML, in the requested language', async () => {
    const res = await app.request('/api/topics/1.6?lang=zh', { headers: loopbackHeaders });
    expect(res.status).toBe(200);
    const topic = (await res.json()) as { lang: string; written: boolean; questions: { detailedAnswerHtml: string }[] };
    expect(topic).toMatchObject({ lang: 'zh', written: true });
    expect(topic.questions.length).toBeGreaterThanOrEqual(4);
    expect(topic.questions.map((q) => q.detailedAnswerHtml).join()).toContain('class="katex"');
  });

  it('validates input at the edge', async () => {
    const badLang = await app.request('/api/library?lang=fr', { headers: loopbackHeaders });
    expect(badLang.status).toBe(400);
    expect(await badLang.json()).toMatchObject({ error: { code: 'request/invalid' } });
    const badId = await app.request('/api/topics/rope', { headers: loopbackHeaders });
    expect(badId.status).toBe(400);
    const unknown = await app.request('/api/topics/11.1', { headers: loopbackHeaders });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: 'request/not-found' } });
  });
});

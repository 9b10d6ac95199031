import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { SearchResponse } from '../src/contract/search.js';
import { createServer } from '../src/server/create-server.js';
import { createTestServices, loopbackHeaders } from './support/test-services.js';
import { createFixtureLibrary } from './support/fixture-library.js';

const services = createTestServices();
const app = createServer(services);
const fixtureDir = createFixtureLibrary();
const fixture = createTestServices({ topicsDir: fixtureDir });
afterAll(() => {
  services.close();
  fixture.close();
  rmSync(fixtureDir, { recursive: true, force: true });
});

const search = async (q: string, lang: 'zh' | 'en') => {
  const res = await app.request(`/api/search?lang=${lang}&q=${encodeURIComponent(q)}`, { headers: loopbackHeaders });
  return { status: res.status, body: (await res.json()) as SearchResponse };
};

describe('search', () => {
  it('finds English questions by words in the question, ranking the topic that is about it first', async () => {
    const { body } = await search('KV cache', 'en');
    expect(body.hits.length).toBeGreaterThan(0);
    expect(body.hits[0]?.topicId).toBe('4.3');
    expect(body.hits[0]?.prompt.toLowerCase()).toContain('kv cache');
  });

  it('finds two-character Chinese words (the case a trigram index misses)', async () => {
    const { body } = await search('蒸馏', 'zh');
    expect(body.hits.some((h) => h.topicId === '2.4')).toBe(true);
    expect(body.hits[0]?.prompt).toContain('蒸馏');
  });

  it('returns no hits rather than an error for a word nowhere in the library', async () => {
    const { status, body } = await search('zzqqxxunfindable', 'en');
    expect(status).toBe(200);
    expect(body.hits).toEqual([]);
  });

  it('rejects an empty query at the edge', async () => {
    expect((await search('   ', 'en')).status).toBe(400);
  });

  it('indexes exactly the written questions (fixture library of 12)', () => {
    const hits = fixture.search.search('Question', 'en').hits;
    expect(hits).toHaveLength(12);
  });
});

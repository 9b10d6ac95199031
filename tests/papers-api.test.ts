import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { PaperSummary, PaperView } from '../src/contract/papers.js';
import { createServer } from '../src/server/create-server.js';
import { createFixturePapers } from './support/fixture-papers.js';
import { createTestServices, loopbackHeaders } from './support/test-services.js';

const papersDir = createFixturePapers();
const services = createTestServices({ papersDir });
const app = createServer(services);
afterAll(() => {
  services.close();
  rmSync(papersDir, { recursive: true, force: true });
});

const call = async <T>(path: string, method = 'GET', body?: unknown) => {
  const res = await app.request(path, { method, headers: { ...loopbackHeaders, 'content-type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  return { status: res.status, body: (await res.json()) as T };
};

describe('papers API', () => {
  it('lists guides with their topics and checklist progress', async () => {
    const list = (await call<PaperSummary[]>('/api/papers?lang=en')).body;
    expect(list).toEqual([expect.objectContaining({ slug: 'demo-paper', year: 2017, arxiv: '1706.03762', checklistTotal: 3, checklistDone: 0, topics: [expect.objectContaining({ id: '1.6' })] })]);
  });

  it('renders the sections in reading order, math included, headings in the requested language', async () => {
    const zh = (await call<PaperView>('/api/papers/demo-paper?lang=zh')).body;
    expect(zh.sections.map((s) => s.heading)).toEqual(['一句话总结', '问题与动机', '核心方法', '关键公式', '实验与关键数字', '局限与后续工作', '面试怎么问']);
    expect(zh.sections.find((s) => s.key === 'equations')?.html).toContain('katex');
  });

  it('saves checklist progress, and refuses unknown items and papers', async () => {
    const after = (await call<PaperView>('/api/papers/demo-paper/checklist?lang=en', 'PUT', { itemId: 'b', done: true })).body;
    expect(after.checklist.map((c) => c.done)).toEqual([false, true, false]);
    expect((await call<PaperSummary[]>('/api/papers?lang=en')).body[0]?.checklistDone).toBe(1);
    expect((await call('/api/papers/demo-paper/checklist', 'PUT', { itemId: 'zz', done: true })).status).toBe(404);
    expect((await call('/api/papers/no-such-paper')).status).toBe(404);
    expect((await call('/api/papers/Bad_Slug')).status).toBe(400);
  });
});

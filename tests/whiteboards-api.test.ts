import { afterAll, describe, expect, it } from 'vitest';
import type { DesignQuestion, WhiteboardView } from '../src/contract/whiteboards.js';
import { createServer } from '../src/server/create-server.js';
import { createTestServices, loopbackHeaders } from './support/test-services.js';

const services = createTestServices();
const app = createServer(services);
afterAll(() => services.close());

const call = async <T>(path: string, method = 'GET', body?: unknown) => {
  const res = await app.request(path, { method, headers: { ...loopbackHeaders, 'content-type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  return { status: res.status, body: (await res.json()) as T };
};

describe('whiteboards API', () => {
  it('lists the system-design questions and saves a board with its ticked checklist', async () => {
    const questions = (await call<DesignQuestion[]>('/api/whiteboards?lang=en')).body;
    expect(questions.length).toBeGreaterThanOrEqual(10);
    expect(questions.every((q) => q.topicId.startsWith('8.'))).toBe(true);
    const id = questions[0]?.questionId ?? '';
    const empty = (await call<WhiteboardView>(`/api/whiteboards/${id}?lang=en`)).body;
    expect(empty.scene).toBeNull();
    expect(empty.checklist.length).toBeGreaterThanOrEqual(6);
    const first = empty.checklist[0]?.id ?? '';
    const element = { id: 'r1', type: 'rectangle', x: 10, y: 20, width: 100, height: 50 };
    const saved = await call<{ updatedAt: string }>(`/api/whiteboards/${id}?lang=en`, 'PUT', { scene: { elements: [element] }, checked: [first] });
    expect(saved.status).toBe(200);
    const again = (await call<WhiteboardView>(`/api/whiteboards/${id}?lang=zh`)).body;
    expect(again.scene?.elements).toEqual([element]);
    expect(again.checklist.filter((c) => c.checked).map((c) => c.id)).toEqual([first]);
    expect((await call<DesignQuestion[]>('/api/whiteboards?lang=en')).body.find((q) => q.questionId === id)?.drawn).toBe(true);
  });

  it('refuses unknown questions, questions outside system design, and checklist items not on the list', async () => {
    expect((await call('/api/whiteboards/no-such-question')).status).toBe(404);
    expect((await call('/api/whiteboards/attn-why-sqrt-dk')).status).toBe(404);
    const id = (await call<DesignQuestion[]>('/api/whiteboards')).body[0]?.questionId ?? '';
    expect((await call(`/api/whiteboards/${id}`, 'PUT', { scene: { elements: [] }, checked: ['not-a-module'] })).status).toBe(400);
    expect((await call(`/api/whiteboards/${id}`, 'PUT', { scene: { nodes: [] }, checked: [] })).status).toBe(400);
  });
});

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ImportResult, ImportSourceDetail, ImportSourceView } from '../src/contract/imports.js';
import { packageRoot } from '../src/library/paths.js';
import { createServer } from '../src/server/create-server.js';
import { createTestServices, loopbackHeaders } from './support/test-services.js';

// A collection in the shape the public ones use (written here for the test): headings, answers, bare questions.
const collection = [
  '# LLM interview notes',
  '## Attention',
  '### Why is attention scaled by the square root of d_k?',
  'The dot products grow with $d_k$. <script>alert(1)</script>',
  '![chart](https://tracker.example/p.png)',
  '### What is the KV cache used for during decoding?',
  'It stores keys and values of past tokens.',
  '## Open questions',
  '1. 什么是 LoRA？',
  '2. How does ZeRO stage 3 shard the optimizer states?',
].join('\n');

const services = createTestServices();
const app = createServer(services);
const dir = mkdtempSync(join(tmpdir(), 'llmprep-import-'));
afterAll(() => {
  services.close();
  rmSync(dir, { recursive: true, force: true });
});

const call = async <T>(path: string, method = 'GET', body?: unknown) => {
  const res = await app.request(path, { method, headers: { ...loopbackHeaders, 'content-type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  return { status: res.status, body: (await res.json()) as T };
};

describe('importing collections', () => {
  it('imports questions, suggests syllabus topics, renders them safely, and skips duplicates', async () => {
    const first = await call<ImportResult>('/api/imports', 'POST', { files: [{ name: 'notes.md', text: collection }] });
    expect(first.body).toMatchObject({ name: 'notes.md', found: 4, added: 4, duplicates: 0 });
    const again = await call<ImportResult>('/api/imports', 'POST', { files: [{ name: 'notes-copy.md', text: collection }] });
    expect(again.body).toMatchObject({ found: 4, added: 0, duplicates: 4 });

    const detail = (await call<ImportSourceDetail>(`/api/imports/${first.body.sourceId}?lang=en`)).body;
    expect(detail.itemList).toHaveLength(4);
    const attention = detail.itemList[0];
    expect(attention?.section).toBe('LLM interview notes > Attention');
    expect(attention?.answerHtml).toContain('class="katex"');
    expect(attention?.answerHtml).not.toMatch(/<script|<img/);
    expect(attention?.answerHtml).not.toContain('tracker.example');
    expect(detail.itemList.find((i) => i.promptHtml.includes('KV cache'))?.topic?.id).toBe('4.3');
    expect(detail.itemList.find((i) => i.promptHtml.includes('LoRA'))?.answerHtml).toBe('');
  });

  it('refuses a file without questions, and deletes an import', async () => {
    const empty = await call('/api/imports', 'POST', { files: [{ name: 'readme.md', text: '# Readme\n\nNothing here.' }] });
    expect(empty.status).toBe(400);
    const sources = (await call<ImportSourceView[]>('/api/imports')).body;
    const id = sources[0]?.id ?? 0;
    expect((await call(`/api/imports/${id}`, 'DELETE')).status).toBe(200);
    expect((await call(`/api/imports/${id}`)).status).toBe(404);
  });

  it('imports a folder from the CLI', () => {
    const home = join(dir, 'home');
    mkdirSync(join(dir, 'repo', 'docs'), { recursive: true });
    writeFileSync(join(dir, 'repo', 'docs', 'a.md'), collection);
    writeFileSync(join(dir, 'repo', 'notes.txt'), 'not markdown?');
    const r = spawnSync(process.execPath, [join(packageRoot, 'bin', 'llmprep.js'), 'import', join(dir, 'repo')], { encoding: 'utf8', env: { ...process.env, LLMPREP_HOME: home }, timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('imported 4 questions from 1 file(s)');
  });
});

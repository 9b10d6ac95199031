import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../src/library/paths.js';

const root = mkdtempSync(join(tmpdir(), 'llmprep-backup-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const bin = join(packageRoot, 'bin', 'llmprep.js');

function llmprep(home: string, args: string[], input?: string) {
  return spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, LLMPREP_HOME: home }, input, timeout: 60_000 });
}
const tablesOf = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { tables: unknown }).tables;

describe('backup and restore', () => {
  // Each step is a real CLI process (about a second each), so this test gets a generous timeout.
  it('round-trips all user data byte for byte, and refuses an invalid file without changing anything', { timeout: 180_000 }, () => {
    const a = join(root, 'a');
    const b = join(root, 'b');
    // Real history in A: a terminal review session (rate, rate, undo, rate).
    const session = llmprep(a, ['review', '--lang', 'en'], 'space\n3\nspace\n1\nu\nspace\n4\nq\n');
    expect(session.status).toBe(0);
    expect(JSON.parse(llmprep(a, ['stats', '--json']).stdout)).toMatchObject({ reviews_total: 2 });

    const first = join(root, 'first.json');
    expect(llmprep(a, ['backup', first]).status).toBe(0);
    expect(llmprep(b, ['restore', first]).status).toBe(0);
    const second = join(root, 'second.json');
    expect(llmprep(b, ['backup', second]).status).toBe(0);
    expect(JSON.stringify(tablesOf(second))).toBe(JSON.stringify(tablesOf(first)));
    expect(llmprep(b, ['stats', '--json']).stdout).toBe(llmprep(a, ['stats', '--json']).stdout);

    for (const [name, text] of [
      ['not-json.json', '{oops'],
      ['wrong-format.json', JSON.stringify({ format: 'anki', version: 1, createdAt: 'x', tables: {} })],
      ['unknown-table.json', JSON.stringify({ format: 'llmprep-backup', version: 1, createdAt: 'x', tables: { evil: [] } })],
      ['bad-row.json', JSON.stringify({ format: 'llmprep-backup', version: 1, createdAt: 'x', tables: { cards: [{ id: 'x', nope: 1 }] } })],
      ['constraint.json', JSON.stringify({ format: 'llmprep-backup', version: 1, createdAt: 'x', tables: { cards: [{ id: 'x' }] } })],
    ] as const) {
      const file = join(root, name);
      writeFileSync(file, text);
      const r = llmprep(b, ['restore', file]);
      expect(r.status, name).toBe(1);
      const after = join(root, `after-${name}`);
      llmprep(b, ['backup', after]);
      expect(JSON.stringify(tablesOf(after)), name).toBe(JSON.stringify(tablesOf(first)));
    }
  });
});

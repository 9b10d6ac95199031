import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RunVerdict } from '../src/contract/exercises.js';
import { packageRoot } from '../src/library/paths.js';

const home = mkdtempSync(join(tmpdir(), 'llmprep-exercise-cli-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));
const bin = join(packageRoot, 'bin', 'llmprep.js');
const llmprep = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, LLMPREP_HOME: home }, timeout: 60_000 });
const file = (slug: string, name: string) => join(packageRoot, 'exercises', slug, name);

describe('llmprep exercise', () => {
  it('lists every exercise and shows one statement with its starter', () => {
    const list = llmprep(['exercise', 'list']);
    expect(list.status).toBe(0);
    expect(list.stdout.trim().split('\n').length).toBeGreaterThanOrEqual(40);
    const show = llmprep(['exercise', 'show', 'rope', '--lang', 'zh']);
    expect(show.stdout).toContain('旋转位置编码');
    expect(show.stdout).toContain('def apply_rope(');
  });

  it('run --json prints the verdict and exits 0 only when every case passes', () => {
    const pass = llmprep(['exercise', 'run', 'layer-norm', '--file', file('layer-norm', 'solution.py'), '--json']);
    expect(pass.status).toBe(0);
    expect(JSON.parse(pass.stdout) as RunVerdict).toMatchObject({ status: 'passed', passed: 5, total: 5 });
    const fail = llmprep(['exercise', 'run', 'layer-norm', '--file', file('layer-norm', 'starter.py'), '--json']);
    expect(fail.status).toBe(1);
    const verdict = JSON.parse(fail.stdout) as RunVerdict;
    expect(verdict).toMatchObject({ status: 'error', passed: 0, total: 5 });
    expect(verdict.cases[0]?.message).toContain('NotImplementedError');
  });

  it('explains a failure in text: input, expected, got and the traceback line', () => {
    const out = llmprep(['exercise', 'run', 'softmax-stable', '--file', file('softmax-stable', 'starter.py')]);
    expect(out.status).toBe(1);
    expect(out.stdout).toContain('error: 0/6 cases passed');
    expect(out.stdout).toMatch(/input: +x=array\(\[1, 2, 3\]/);
    expect(out.stdout).toContain('raise NotImplementedError');
  });

  it('refuses an unknown exercise', () => {
    const out = llmprep(['exercise', 'show', 'nope']);
    expect(out.status).not.toBe(0);
    expect(out.stderr).toContain('no exercise "nope"');
  });
});

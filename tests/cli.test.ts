import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../src/library/paths.js';
import { ensureWebBuild } from './e2e/browser.js';

const bin = join(packageRoot, 'bin', 'llmprep.js');
const home = mkdtempSync(join(tmpdir(), 'llmprep-cli-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

function llmprep(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, LLMPREP_HOME: home, ...env }, timeout: 60_000 });
}

describe('llmprep CLI', () => {
  it('content check --json reports the bundled library with no errors', () => {
    const r = llmprep(['content', 'check', '--json']);
    const report = JSON.parse(r.stdout) as { topics_total: number; topics_written: number; questions: number; errors: string[] };
    expect(report.errors).toEqual([]);
    expect(r.status).toBe(0);
    expect(report.topics_total).toBe(100);
    expect(report.topics_written).toBeGreaterThanOrEqual(5);
    expect(report.questions).toBeGreaterThanOrEqual(report.topics_written * 4);
  });

  it('doctor lists node, python3, numpy and chromium', () => {
    const r = llmprep(['doctor', '--json']);
    const names = (JSON.parse(r.stdout) as { name: string }[]).map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['node', 'python3', 'numpy', 'chromium']));
  });

  it('doctor says how to fix a missing python', () => {
    const r = llmprep(['doctor'], { LLMPREP_PYTHON: '/nonexistent/python3' });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/MISSING python3 .*LLMPREP_PYTHON/);
  });

  it('exports every written question as an Anki import file with MathJax math', () => {
    const file = join(home, 'deck.txt');
    const r = llmprep(['export', 'anki', file, '--lang', 'en']);
    expect(r.status).toBe(0);
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    const notes = lines.filter((l) => !l.startsWith('#'));
    const report = JSON.parse(llmprep(['content', 'check', '--json']).stdout) as { questions: number };
    expect(notes).toHaveLength(report.questions);
    expect(notes.every((n) => n.startsWith('llmprep-') && n.split('\t').length === 4)).toBe(true);
    expect(notes.join('\n')).toContain('\\(');
    expect(llmprep(['export', 'csv', file]).status).toBe(2);
  });

  it('rejects an unknown command with usage and exit 2', () => {
    const r = llmprep(['frobnicate']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown command "frobnicate"');
  });

  it('refuses to bind beyond loopback without LLMPREP_TOKEN', () => {
    const r = llmprep(['start'], { HOST: '0.0.0.0', PORT: '0' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('LLMPREP_TOKEN');
  });

  it('start serves / and /api/health with the database in LLMPREP_HOME', async () => {
    ensureWebBuild();
    const port = String(20000 + Math.floor(Math.random() * 20000));
    const child = spawn(process.execPath, [bin, 'start'], { env: { ...process.env, LLMPREP_HOME: home, PORT: port }, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const banner = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          if (out.includes('http://')) resolve(out);
        });
        child.once('exit', (code) => reject(new Error(`exited ${code}`)));
      });
      expect(banner).toContain(`http://127.0.0.1:${port}`);
      expect(banner).toContain(join(home, 'llmprep.db'));
      const health = await fetch(`http://127.0.0.1:${port}/api/health`);
      expect(health.status).toBe(200);
      const page = await fetch(`http://127.0.0.1:${port}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
    } finally {
      child.kill('SIGTERM');
    }
  });
});

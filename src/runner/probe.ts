import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { ProbeResult } from '../services/ports.js';


function run(command: string, args: string[]): { ok: boolean; out: string } {
  const r = spawnSync(command, args, { encoding: 'utf8', timeout: 10_000 });
  return { ok: r.status === 0, out: `${r.stdout ?? ''}${r.stderr ?? ''}`.trim() };
}

/** Find the tools the app relies on: Node, python3 with NumPy (exercises), Chromium (browser tests). */
export function probeEnvironment(env: NodeJS.ProcessEnv): ProbeResult[] {
  const python = env['LLMPREP_PYTHON'] ?? 'python3';
  const py = run(python, ['-c', 'import sys; print(sys.executable, sys.version.split()[0])']);
  const numpy = py.ok ? run(python, ['-c', 'import numpy; print(numpy.__version__)']) : { ok: false, out: '' };
  const chromiumPath = env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
  const chromium = existsSync(chromiumPath) ? run(chromiumPath, ['--version']) : { ok: false, out: '' };
  const major = Number(process.versions.node.split('.')[0]);
  return [
    { name: 'node', found: major >= 20, detail: process.version, fix: 'install Node.js 20 or newer' },
    { name: 'python3', found: py.ok, detail: py.ok ? py.out : `"${python}" not runnable`, fix: 'install Python 3 (apt-get install python3) or set LLMPREP_PYTHON' },
    { name: 'numpy', found: numpy.ok, detail: numpy.ok ? `numpy ${numpy.out}` : 'not importable', fix: 'pip install numpy, or apt-get install python3-numpy' },
    { name: 'chromium', found: chromium.ok, detail: chromium.ok ? chromium.out : `${chromiumPath} missing`, fix: 'apt-get install chromium fonts-noto-cjk (only needed for the browser tests)' },
  ];
}

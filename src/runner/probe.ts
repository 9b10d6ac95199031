import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { ProbeResult } from '../services/ports.js';
import { detectContainment } from './containment.js';


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
    ...probeContainment(env),
    { name: 'chromium', found: chromium.ok, detail: chromium.ok ? chromium.out : `${chromiumPath} missing`, fix: 'apt-get install chromium fonts-noto-cjk (only needed for the browser tests)' },
  ];
}

/** The exercise runner's isolation, as detected (each line is optional: a missing one degrades, it does not fail). */
export function probeContainment(env: NodeJS.ProcessEnv): ProbeResult[] {
  const c = detectContainment(env);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return [
    { name: 'runner', found: Boolean(c.python?.numpyVersion), detail: c.python ? `${c.python.executable} ${c.python.version}, numpy ${c.python.numpyVersion ?? 'missing'}${c.python.torchVersion ? ', torch installed' : ''}` : 'no interpreter', fix: 'install python3-numpy or set LLMPREP_PYTHON', optional: true },
    { name: 'rlimits', found: c.prlimit, detail: c.prlimit ? 'prlimit: address space 1 GiB, CPU, file size 16 MB, 64 files, 32 processes' : 'prlimit missing', fix: 'install util-linux (prlimit)', optional: true },
    { name: 'no-net', found: c.unshare !== 'none', detail: c.unshare === 'none' ? 'unshare unavailable: exercise code can reach the network' : `unshare --net --pid --mount (${c.unshare}): no network, processes reaped, the package hidden`, fix: 'run on Linux with util-linux unshare (as root or with user namespaces)', optional: true },
    { name: 'non-root', found: !isRoot || c.dropRoot, detail: isRoot ? (c.dropRoot ? 'runs as a throwaway uid (setpriv)' : 'exercise code runs as root') : 'not running as root', fix: 'install util-linux (setpriv) and python3-numpy', optional: true },
    ...c.notes.map((note) => ({ name: 'note', found: true, detail: note, fix: '', optional: true })),
  ];
}

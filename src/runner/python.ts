import { spawnSync } from 'node:child_process';

/** The Python interpreter the runner uses, resolved once (the pyenv shim alone costs ~50 ms per start). */
export interface PythonInfo {
  /** The real executable (sys.executable), not a shim. */
  readonly executable: string;
  readonly version: string;
  readonly numpyVersion: string | undefined;
  readonly torchVersion: string | undefined;
}

const probeScript = [
  'import sys, importlib.util as u',
  'n = None',
  'try:\n import numpy; n = numpy.__version__\nexcept Exception: pass',
  // torch is only looked up, not imported: importing it costs seconds.
  't = "installed" if u.find_spec("torch") else None',
  'print(sys.executable); print(sys.version.split()[0]); print(n or ""); print(t or "")',
].join('\n');

/** Ask an interpreter about itself (optionally through a prefix such as setpriv); undefined if it does not run. */
export function inspectPython(command: string, prefix: readonly string[] = [], env: NodeJS.ProcessEnv = { PATH: process.env['PATH'] ?? '/usr/bin:/bin', LANG: 'C.UTF-8' }): PythonInfo | undefined {
  const [head = command, ...rest] = [...prefix, command];
  const r = spawnSync(head, [...rest, '-I', '-c', probeScript], { encoding: 'utf8', timeout: 20_000, env, cwd: '/' });
  if (r.status !== 0 || typeof r.stdout !== 'string') return undefined;
  const [executable = '', version = '', numpy = '', torch = ''] = r.stdout.split('\n');
  if (!executable) return undefined;
  return { executable, version, numpyVersion: numpy || undefined, torchVersion: torch || undefined };
}

/** LLMPREP_PYTHON, else python3 on PATH, resolved to the real interpreter. */
export function findPython(env: NodeJS.ProcessEnv): { requested: string; explicit: boolean; info: PythonInfo | undefined } {
  const explicit = Boolean(env['LLMPREP_PYTHON']);
  const requested = env['LLMPREP_PYTHON'] || 'python3';
  return { requested, explicit, info: inspectPython(requested, [], { PATH: env['PATH'] ?? '/usr/bin:/bin', LANG: 'C.UTF-8', HOME: env['HOME'] ?? '/' }) };
}

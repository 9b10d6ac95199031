import { spawnSync } from 'node:child_process';
import { findPython, inspectPython, type PythonInfo } from './python.js';

/** The isolation this machine supports, detected once; what is missing is listed in `notes` (and `llmprep doctor`). */
export interface Containment {
  readonly python: PythonInfo | undefined;
  /** prlimit found: address space, CPU, file size, open files and process count are limited. */
  readonly prlimit: boolean;
  /** How `unshare` is used: as root (network + PID namespace), through a user namespace, or not at all. */
  readonly unshare: 'root' | 'user-namespace' | 'none';
  /** Drop root to a throwaway uid with setpriv (only when running as root). */
  readonly dropRoot: boolean;
  readonly notes: readonly string[];
}

/** The uid the probe uses to test the interpreter as an unprivileged user ("nobody"). */
export const probeUid = 65534;

function works(command: string, args: readonly string[]): boolean {
  const r = spawnSync(command, args, { timeout: 10_000, stdio: 'ignore' });
  return r.status === 0;
}

const setprivArgs = (uid: number): string[] => ['setpriv', `--reuid=${uid}`, `--regid=${uid}`, '--clear-groups', '--'];

/**
 * Detect every mechanism once. As root the interpreter must be usable by an unprivileged user: pyenv installs under
 * /root (mode 700) are not, so the system /usr/bin/python3 is tried next (unless LLMPREP_PYTHON names one).
 */
export function detectContainment(env: NodeJS.ProcessEnv): Containment {
  const notes: string[] = [];
  const found = findPython(env);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const prlimit = process.platform === 'linux' && works('prlimit', ['--nofile=64', '--', 'true']);
  if (!prlimit) notes.push('prlimit missing: no memory/CPU/file/process limits (install util-linux)');
  let unshare: Containment['unshare'] = 'none';
  if (process.platform === 'linux' && isRoot && works('unshare', ['--net', '--pid', '--fork', '--kill-child', '--', 'true'])) unshare = 'root';
  else if (process.platform === 'linux' && works('unshare', ['--map-root-user', '--net', '--pid', '--fork', '--kill-child', '--', 'true'])) unshare = 'user-namespace';
  if (unshare === 'none') notes.push('unshare unavailable: the code can reach the network, and a process it leaves behind is killed only through its process group');
  let python = found.info;
  let dropRoot = false;
  if (isRoot) {
    if (!works('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', '--', 'true'])) {
      notes.push('running as root without setpriv: the code runs as root (install util-linux)');
    } else {
      const candidates = found.explicit ? [found.requested] : [...new Set([found.info?.executable, '/usr/bin/python3'].filter((p): p is string => Boolean(p)))];
      // An interpreter under /root may still start as another user but then silently falls back to the system's
      // standard library and packages: accept it only if it reports the same version as when run by root.
      const usable = candidates
        .map((c) => ({ c, info: inspectPython(c, setprivArgs(probeUid)) }))
        .find(({ c, info }) => info?.numpyVersion && (c !== found.info?.executable || info.version === found.info.version))?.info;
      if (usable) {
        dropRoot = true;
        if (found.info && usable.executable !== found.info.executable) notes.push(`${found.info.executable} is not usable by an unprivileged user; using ${usable.executable}`);
        python = usable;
      } else {
        notes.push('running as root and no interpreter with NumPy is usable by an unprivileged user: the code runs as root (apt-get install python3-numpy, or set LLMPREP_PYTHON)');
      }
    }
  }
  return { python, prlimit, unshare, dropRoot, notes };
}
